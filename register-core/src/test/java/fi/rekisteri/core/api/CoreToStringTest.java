package fi.rekisteri.core.api;

import static fi.rekisteri.core.api.PrintDecisions.Printing.NOT_A_VALUE;
import static fi.rekisteri.core.api.PrintDecisions.Printing.NO_PERSONAL_DATA;
import static fi.rekisteri.core.api.PrintDecisions.Printing.PERSONAL;
import static fi.rekisteri.core.api.PrintDecisions.Printing.ROUND_TRIP;
import static fi.rekisteri.core.api.PrintDecisions.assertHides;
import static fi.rekisteri.core.api.PrintDecisions.assertRoundTrips;
import static org.junit.jupiter.api.Assertions.assertEquals;

import fi.rekisteri.core.*;
import fi.rekisteri.core.compliance.AcknowledgedFinding;
import fi.rekisteri.core.compliance.Compliance;
import fi.rekisteri.core.compliance.ComplianceReport;
import fi.rekisteri.core.compliance.DocumentType;
import fi.rekisteri.core.compliance.Finding;
import fi.rekisteri.core.compliance.Requirement;
import fi.rekisteri.core.diff.Change;
import fi.rekisteri.core.diff.RegisterDiff;
import fi.rekisteri.core.identifier.BusinessId;
import fi.rekisteri.core.identifier.BusinessIdValidator;
import fi.rekisteri.core.identifier.InvalidIdentifierException;
import fi.rekisteri.core.identifier.PersonalIdentityCode;
import fi.rekisteri.core.identifier.PersonalIdentityCodeFinder;
import fi.rekisteri.core.identifier.PersonalIdentityCodeValidator;
import fi.rekisteri.core.law.LegacyReference;
import fi.rekisteri.core.law.TransferCountries;
import fi.rekisteri.core.policy.*;
import fi.rekisteri.core.rules.Check;
import fi.rekisteri.core.rules.KeyMatch;
import fi.rekisteri.core.rules.Match;
import fi.rekisteri.core.rules.OrganisationRule;
import fi.rekisteri.core.rules.OrganisationRules;
import fi.rekisteri.core.taxonomy.Taxonomy;
import fi.rekisteri.core.taxonomy.TaxonomyEntry;
import fi.rekisteri.core.taxonomy.TaxonomyFormatException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * register-core's public types, each with what its {@code toString()} may print: a type that may carry personal data
 * prints pseudonyms, keys and counts but never the data (each is given some below and checked); a value with a
 * {@code parse} round-trips. A type added to the API without a decision here fails
 * {@link #everyPublicTypeHasADecision()}.
 */
class CoreToStringTest {

    private static final String SUBJECT = "customer-4711";
    private static final String NAME = "Matti Meikäläinen";
    private static final String REASON = "Matti Meikäläinen soitti ja pyysi lisäaikaa";
    private static final Instant AT = Instant.parse("2026-02-01T10:00:00Z");

    static final Map<Class<?>, PrintDecisions.Printing> DECISIONS = Map.ofEntries(
            // The register model: the controller's own words, written to be published in its documents.
            Map.entry(Acknowledgement.class, PERSONAL),
            Map.entry(AutomatedDecisionMaking.None.class, NO_PERSONAL_DATA),
            Map.entry(AutomatedDecisionMaking.Used.class, NO_PERSONAL_DATA),
            Map.entry(CategoryHierarchy.class, NO_PERSONAL_DATA),
            Map.entry(ContactDetails.class, NO_PERSONAL_DATA),
            Map.entry(ContactPoint.class, NO_PERSONAL_DATA),
            Map.entry(Cookie.class, NO_PERSONAL_DATA),
            Map.entry(CookieLifetime.class, ROUND_TRIP),
            Map.entry(DataCategory.class, NO_PERSONAL_DATA),
            Map.entry(DataSubjectCategory.class, NO_PERSONAL_DATA),
            Map.entry(Disclosure.class, NO_PERSONAL_DATA),
            Map.entry(DocumentMetadata.class, NO_PERSONAL_DATA),
            Map.entry(JointControl.class, NO_PERSONAL_DATA),
            Map.entry(LegalBasis.Consent.class, NO_PERSONAL_DATA),
            Map.entry(LegalBasis.Contract.class, NO_PERSONAL_DATA),
            Map.entry(LegalBasis.LegalObligation.class, NO_PERSONAL_DATA),
            Map.entry(LegalBasis.LegitimateInterests.class, NO_PERSONAL_DATA),
            Map.entry(LegalBasis.PublicTask.class, NO_PERSONAL_DATA),
            Map.entry(LegalBasis.VitalInterests.class, NO_PERSONAL_DATA),
            Map.entry(LocalizedText.Resolved.class, NO_PERSONAL_DATA),
            Map.entry(LocalizedText.class, NO_PERSONAL_DATA),
            Map.entry(NoDisclosures.class, NO_PERSONAL_DATA),
            Map.entry(Organisation.class, NO_PERSONAL_DATA),
            Map.entry(PostalAddress.class, NO_PERSONAL_DATA),
            Map.entry(Problem.class, NO_PERSONAL_DATA),
            Map.entry(Provision.class, NO_PERSONAL_DATA),
            Map.entry(Purpose.Builder.class, NOT_A_VALUE),
            Map.entry(Purpose.class, NO_PERSONAL_DATA),
            Map.entry(Register.Builder.class, NOT_A_VALUE),
            Map.entry(Register.class, NO_PERSONAL_DATA),
            Map.entry(RegisterPath.Index.class, NO_PERSONAL_DATA),
            Map.entry(RegisterPath.Property.class, NO_PERSONAL_DATA),
            Map.entry(RegisterPath.class, ROUND_TRIP),
            Map.entry(RegisterValidationException.class, NOT_A_VALUE),
            Map.entry(Retention.AfterEvent.class, NO_PERSONAL_DATA),
            Map.entry(Retention.Criteria.class, NO_PERSONAL_DATA),
            Map.entry(Retention.FromCollection.class, NO_PERSONAL_DATA),
            Map.entry(Retention.Timed.class, NO_PERSONAL_DATA),
            Map.entry(Retention.Until.class, NO_PERSONAL_DATA),
            Map.entry(RetentionRule.class, NO_PERSONAL_DATA),
            Map.entry(RightsRestriction.class, NO_PERSONAL_DATA),
            Map.entry(SecurityMeasures.class, NO_PERSONAL_DATA),
            Map.entry(Source.DataSubject.class, NO_PERSONAL_DATA),
            Map.entry(Source.External.class, NO_PERSONAL_DATA),
            Map.entry(Source.Internal.class, NO_PERSONAL_DATA),
            Map.entry(Transfer.class, NO_PERSONAL_DATA),
            Map.entry(Transfers.MayOccur.class, NO_PERSONAL_DATA),
            Map.entry(Transfers.None.class, NO_PERSONAL_DATA),
            Map.entry(Transfers.ThirdCountries.class, NO_PERSONAL_DATA),
            // The check: findings name rule and path, never their arguments (a masked code, a quoted text).
            Map.entry(AcknowledgedFinding.class, PERSONAL),
            Map.entry(Compliance.class, NOT_A_VALUE),
            Map.entry(ComplianceReport.class, NO_PERSONAL_DATA),
            Map.entry(Finding.class, NO_PERSONAL_DATA),
            Map.entry(Requirement.Custom.class, NO_PERSONAL_DATA),
            Map.entry(Change.class, NO_PERSONAL_DATA),
            Map.entry(RegisterDiff.class, NO_PERSONAL_DATA),
            // Identifiers: a business id is an organisation's; an identity code is a person's.
            Map.entry(BusinessId.class, ROUND_TRIP),
            Map.entry(BusinessIdValidator.class, NOT_A_VALUE),
            Map.entry(InvalidIdentifierException.class, NOT_A_VALUE),
            Map.entry(PersonalIdentityCode.class, PERSONAL),
            Map.entry(PersonalIdentityCodeFinder.class, NOT_A_VALUE),
            Map.entry(PersonalIdentityCodeValidator.class, NOT_A_VALUE),
            Map.entry(LegacyReference.Occurrence.class, NO_PERSONAL_DATA),
            Map.entry(TransferCountries.Adequacy.class, NO_PERSONAL_DATA),
            Map.entry(TransferCountries.class, NOT_A_VALUE),
            // The policies: subjects by pseudonym, actors by pseudonym, values and free texts never.
            Map.entry(AccessReport.class, PERSONAL),
            Map.entry(CategoryHandle.class, NOT_A_VALUE),
            Map.entry(ConsentEvent.class, NO_PERSONAL_DATA),
            // Its subject is a pseudonym by construction: the constructor takes nothing else.
            Map.entry(ConsentRecord.class, NO_PERSONAL_DATA),
            Map.entry(ConsentRecords.class, NOT_A_VALUE),
            Map.entry(Decision.Allowed.class, NO_PERSONAL_DATA),
            Map.entry(Decision.Denied.class, NO_PERSONAL_DATA),
            Map.entry(Erasure.ByCriteria.class, NO_PERSONAL_DATA),
            Map.entry(Erasure.Due.class, NO_PERSONAL_DATA),
            Map.entry(Erasure.NotStated.class, NO_PERSONAL_DATA),
            Map.entry(ErasureReport.Erased.class, NO_PERSONAL_DATA),
            Map.entry(ErasureReport.Kept.class, NO_PERSONAL_DATA),
            Map.entry(ErasureReport.class, PERSONAL),
            Map.entry(HeldValue.class, PERSONAL),
            Map.entry(InMemoryProcessingLog.class, NOT_A_VALUE),
            Map.entry(MissingConsentRecordFieldException.class, NOT_A_VALUE),
            Map.entry(ProcessingEntry.class, PERSONAL),
            Map.entry(ProcessingScope.class, PERSONAL),
            Map.entry(PseudonymKey.Installation.class, PERSONAL),
            Map.entry(PseudonymKey.class, PERSONAL),
            Map.entry(PurposeHandle.class, NOT_A_VALUE),
            Map.entry(PurposePolicy.class, NOT_A_VALUE),
            Map.entry(PurposeViolationException.class, NOT_A_VALUE),
            Map.entry(RetentionSchedule.class, NOT_A_VALUE),
            Map.entry(SubjectCategoryHandle.class, NOT_A_VALUE),
            // A stored consent names no subject: the subject's state holds it.
            Map.entry(SubjectConsent.class, NO_PERSONAL_DATA),
            Map.entry(SubjectId.class, PERSONAL),
            Map.entry(SubjectRequest.Extension.class, PERSONAL),
            Map.entry(SubjectRequest.class, PERSONAL),
            Map.entry(SubjectState.Builder.class, NOT_A_VALUE),
            Map.entry(SubjectState.class, PERSONAL),
            Map.entry(TransferDecision.Permitted.class, NO_PERSONAL_DATA),
            Map.entry(TransferDecision.Refused.class, NO_PERSONAL_DATA),
            Map.entry(TransferDecision.WithinEea.class, NO_PERSONAL_DATA),
            Map.entry(UnknownKeyException.class, NOT_A_VALUE),
            // The organisation's rules and words.
            Map.entry(Check.AllowedTransfers.class, NO_PERSONAL_DATA),
            Map.entry(Check.Deny.class, NO_PERSONAL_DATA),
            Map.entry(Check.MaxRetention.class, NO_PERSONAL_DATA),
            Map.entry(Check.Require.class, NO_PERSONAL_DATA),
            Map.entry(Check.RequireDpo.class, NO_PERSONAL_DATA),
            Map.entry(Check.RequireLanguages.class, NO_PERSONAL_DATA),
            Map.entry(KeyMatch.class, NO_PERSONAL_DATA),
            Map.entry(Match.class, NO_PERSONAL_DATA),
            Map.entry(OrganisationRule.class, NO_PERSONAL_DATA),
            Map.entry(OrganisationRules.class, NO_PERSONAL_DATA),
            Map.entry(Taxonomy.class, NOT_A_VALUE),
            Map.entry(TaxonomyEntry.class, NO_PERSONAL_DATA),
            Map.entry(TaxonomyFormatException.class, NOT_A_VALUE));

    @Test
    void everyPublicTypeHasADecision() {
        PrintDecisions.assertEveryTypeDecided(Register.class, DECISIONS);
    }

    @Test
    void everyValueThatParsesRoundTrips() {
        List<Object> samples = List.of(CookieLifetime.parse("P1Y"), CookieLifetime.parse("session"),
                RegisterPath.parse("purposes[0].legalBasis"), RegisterPath.root(), BusinessId.parse("2135102-9"));
        assertEquals(PrintDecisions.decided(DECISIONS, ROUND_TRIP),
                samples.stream().map(Object::getClass).distinct().sorted((a, b) -> a.getName().compareTo(b.getName()))
                        .toList());
        samples.forEach(PrintDecisions::assertRoundTrips);
    }

    @Test
    void noValueThatMayCarryPersonalDataPrintsIt() {
        SubjectId subject = SubjectId.of(SUBJECT);
        SubjectRequest request = SubjectRequest.received(subject, SubjectRequest.Kind.ACCESS, LocalDate.of(2026, 1, 5))
                .extended(LocalDate.of(2026, 1, 20), REASON);
        Acknowledgement acknowledgement = Acknowledgement.of("dpo.missing", REASON, NAME, LocalDate.of(2026, 1, 1));
        PseudonymKey key = PseudonymKey.fromBase64("c2VjcmV0LWtleS1vZi10aGUtYXBwbGljYXRpb24tMzJi");
        SubjectState state = SubjectState.of(subject);
        Register register = (Register) Samples.of(Register.class);
        PurposePolicy policy = PurposePolicy.compile(register);
        HeldValue held = new HeldValue("contact.email", "Customer", "email", "matti@example.fi");
        ProcessingEntry entry = new ProcessingEntry(subject, "billing", List.of("contact"), AT, NAME);
        Map<Class<?>, Object> samples = Map.ofEntries(
                Map.entry(SubjectId.class, subject),
                Map.entry(SubjectRequest.class, request),
                Map.entry(SubjectRequest.Extension.class, request.extension().orElseThrow()),
                Map.entry(Acknowledgement.class, acknowledgement),
                Map.entry(AcknowledgedFinding.class, acknowledged(acknowledgement)),
                Map.entry(PersonalIdentityCode.class, PersonalIdentityCode.parse("131052-308T")),
                Map.entry(PseudonymKey.class, key),
                Map.entry(SubjectState.class, state),
                Map.entry(HeldValue.class, held),
                Map.entry(ProcessingEntry.class, entry),
                Map.entry(ProcessingScope.class, ProcessingScope.of(policy, state, policy.purpose("billing"), NAME)),
                Map.entry(AccessReport.class, new AccessReport(register, subject, AT, List.of(held), state,
                        List.of(entry), List.of(), List.of())),
                Map.entry(ErasureReport.class, new ErasureReport(subject, AT, List.of(), List.of(), List.of())));
        assertEquals(PrintDecisions.decided(DECISIONS, PERSONAL).stream()
                        .filter(type -> type != PseudonymKey.Installation.class).toList(),
                samples.keySet().stream().sorted((a, b) -> a.getName().compareTo(b.getName())).toList(),
                "a sample of every PERSONAL type (an installation prints its key, checked here too)");
        samples.values().forEach(value -> assertHides(value, SUBJECT, NAME, REASON, "matti@example.fi", "308T",
                "c2VjcmV0"));
        try (PseudonymKey.Installation installation = key.install()) {
            assertHides(installation, "c2VjcmV0", "secret-key");
        }
    }

    private static AcknowledgedFinding acknowledged(Acknowledgement acknowledgement) {
        Register register = (Register) Samples.of(Register.class);
        return new AcknowledgedFinding(Compliance.check(register, DocumentType.ART_13_NOTICE).findings().get(0),
                acknowledgement);
    }
}
