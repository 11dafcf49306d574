package fi.rekisteri.jpa.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.rekisteri.core.Acknowledgement;
import fi.rekisteri.core.AutomatedDecisionMaking;
import fi.rekisteri.core.ContactDetails;
import fi.rekisteri.core.Cookie;
import fi.rekisteri.core.DataCategory;
import fi.rekisteri.core.DataSubjectCategory;
import fi.rekisteri.core.Disclosure;
import fi.rekisteri.core.LegalBasis;
import fi.rekisteri.core.LocalizedText;
import fi.rekisteri.core.NoDisclosures;
import fi.rekisteri.core.Organisation;
import fi.rekisteri.core.PostalAddress;
import fi.rekisteri.core.Problem;
import fi.rekisteri.core.Provision;
import fi.rekisteri.core.Purpose;
import fi.rekisteri.core.Register;
import fi.rekisteri.core.RegisterPath;
import fi.rekisteri.core.RegisterValidationException;
import fi.rekisteri.core.Retention;
import fi.rekisteri.core.RetentionRule;
import fi.rekisteri.core.Safeguard;
import fi.rekisteri.core.SecurityMeasures;
import fi.rekisteri.core.Source;
import fi.rekisteri.core.Topic;
import fi.rekisteri.core.Transfer;
import fi.rekisteri.core.Transfers;
import fi.rekisteri.jpa.Change;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Every value too long for its column is reported with a path that reads back as the same value. */
class ColumnLimitsTest {

    private static final LocalizedText LONG = LocalizedText.of("x".repeat(10_001), "y", "z".repeat(10_001));

    @Test
    void namesEveryOverlongValueWithAPathThatReadsBack() {
        String line = "l".repeat(501);
        Register register = Register.builder("r", LONG, Organisation.of(line, ContactDetails.none()
                        .withAddress(PostalAddress.of(line, "00100", line))))
                .introduction(Topic.PURPOSES, LONG)
                .subjectCategory(DataSubjectCategory.of("customer", LONG).withDescription(LONG))
                .dataCategory(DataCategory.of("contact", LONG).withDescription(LONG))
                .purpose(Purpose.builder("a", LONG).description(LONG).legalBasis(LegalBasis.consent(LONG))
                        .directMarketing().objection(LONG).criminalDataAuthorisation(LONG).build())
                .purpose(Purpose.builder("b", LONG).legalBasis(LegalBasis.legitimateInterests(LONG)).build())
                .source(Source.External.of(LONG).withSupplies(LONG).withReason(LONG))
                .disclosure(Disclosure.of("x", LONG, "contact").withBasis(LONG))
                .transfers(Transfers.of(Transfer.to("US", Safeguard.STANDARD_CONTRACTUAL_CLAUSES)
                        .withRecipient(LONG).withSafeguardCopy(LONG)))
                .retention(RetentionRule.of(Retention.after(Period.ofYears(1), LONG), "contact"))
                .security(SecurityMeasures.none().withGeneral(LONG).withManual(LONG).withElectronic(LONG))
                .automatedDecisionMaking(AutomatedDecisionMaking.used(LONG))
                .provisionRequirement(LONG)
                .build();

        RegisterValidationException e = assertThrows(RegisterValidationException.class,
                () -> ColumnLimits.check(register, Change.by(line).because("c".repeat(10_001))));

        List<String> paths = e.problems().stream().map(Problem::path).toList();
        for (Problem problem : e.problems()) {
            assertEquals(problem.location(), RegisterPath.parse(problem.path()), problem.path());
        }
        assertTrue(paths.containsAll(List.of("name.fi", "name.en", "controller.name.fi",
                "controller.contact.address.street", "controller.contact.address.city",
                "subjectCategories[0].description.fi", "purposes[0].legalBasis.withdrawal.en",
                "purposes[1].legalBasis.interests.fi", "sources[0].reason.fi", "disclosures[0].basis.fi",
                "transfers.transfers[0].safeguardCopy.en", "retention[0].retention.event.fi",
                "security.electronic.fi", "automatedDecisionMaking.description.fi", "provisionRequirement.en",
                "introductions.purposes.fi", "change.author", "change.comment")), paths.toString());
        assertTrue(paths.stream().noneMatch(path -> path.endsWith(".sv")), paths.toString());
        assertEquals("controller.contact.address.street: 501 characters; the register store keeps at most 500",
                e.problems().get(paths.indexOf("controller.contact.address.street")).toString());
    }

    @Test
    void measuresTheTextsOfChildrenProvisionAlternativeBasesCookiesAndTheNewRetentionForms() {
        Register register = Register.builder("r", LocalizedText.fi("r"), Organisation.of("Oy", ContactDetails.none()))
                .subjectCategory(DataSubjectCategory.of("pupil", LocalizedText.fi("p")).includingChildren()
                        .withGuardianConsent(LONG))
                .dataCategory(DataCategory.of("contact", LocalizedText.fi("c")).withProvision(Provision.required(LONG)))
                .purpose(Purpose.builder("a", LocalizedText.fi("a")).legalBasis(LegalBasis.contract())
                        .alternativeLegalBasis(LegalBasis.vitalInterests())
                        .alternativeLegalBasis(LegalBasis.legitimateInterests(LONG)).build())
                .noDisclosures(NoDisclosures.stated(LONG))
                .cookie(Cookie.of("c", "n".repeat(501), LONG).fromThirdParty(LONG, "US"))
                .transfers(Transfers.mayOccur(LONG, Safeguard.STANDARD_CONTRACTUAL_CLAUSES))
                .retention(RetentionRule.of(Retention.timed(Duration.ofMinutes(10), LONG), "contact"))
                .retention(RetentionRule.of(new Retention.Until(Retention.Condition.OTHER, Optional.of(LONG)),
                        "contact"))
                .build();

        RegisterValidationException e = assertThrows(RegisterValidationException.class,
                () -> ColumnLimits.check(register, Change.by("a")));

        assertEquals(List.of("subjectCategories[0].guardianConsent.fi", "subjectCategories[0].guardianConsent.en",
                "dataCategories[0].provision.consequence.fi", "dataCategories[0].provision.consequence.en",
                "purposes[0].alternativeLegalBases[1].interests.fi", "purposes[0].alternativeLegalBases[1].interests.en",
                "noDisclosures.statement.fi", "noDisclosures.statement.en", "cookies[0].name",
                "cookies[0].description.fi", "cookies[0].description.en", "cookies[0].provider.fi",
                "cookies[0].provider.en", "transfers.statement.fi", "transfers.statement.en",
                "retention[0].retention.event.fi", "retention[0].retention.event.en",
                "retention[1].retention.description.fi", "retention[1].retention.description.en"),
                e.problems().stream().map(Problem::path).toList());
        for (Problem problem : e.problems()) {
            assertEquals(problem.location(), RegisterPath.parse(problem.path()), problem.path());
        }
    }

    @Test
    void measuresAcknowledgementsAndTheNoDpoReasonAtPathsNamedAsAFileNamesThem() {
        String text = "t".repeat(10_001);
        String line = "l".repeat(501);
        Register register = Register.builder("r", LocalizedText.fi("r"), Organisation.of("Oy", ContactDetails.none()))
                .noDataProtectionOfficer(text)
                .acknowledgement(Acknowledgement.of("dpo.missing", "fits", "b", LocalDate.of(2026, 12, 1)))
                .acknowledgement(new Acknowledgement("r".repeat(201), RegisterPath.of(line), text, line,
                        LocalDate.of(2026, 12, 1)))
                .build();

        RegisterValidationException e = assertThrows(RegisterValidationException.class,
                () -> ColumnLimits.check(register, Change.by("a")));

        assertEquals(List.of("noDataProtectionOfficer", "acknowledgements[1].rule", "acknowledgements[1].path",
                "acknowledgements[1].reason", "acknowledgements[1].by"),
                e.problems().stream().map(Problem::path).toList());
        for (Problem problem : e.problems()) {
            assertEquals(problem.location(), RegisterPath.parse(problem.path()), problem.path());
        }
    }

    @Test
    void acceptsEveryPartOfTheModelThatFitsItsColumns() {
        LocalizedText t = LocalizedText.fi("t");
        Register register = Register.builder("r", t, Organisation.of("Oy", ContactDetails.none()))
                .subjectCategory(DataSubjectCategory.of("pupil", t).includingChildren().withGuardianConsent(t))
                .dataCategory(DataCategory.of("contact", t).withProvision(Provision.optional()))
                .purpose(Purpose.builder("a", t).legalBasis(LegalBasis.contract())
                        .alternativeLegalBasis(LegalBasis.vitalInterests()).build())
                .disclosure(Disclosure.of("x", t, "contact").withoutRole())
                .cookie(Cookie.of("c", "_c", t))
                .transfers(Transfers.of(Transfer.to("US", Safeguard.ADEQUACY_DECISION)
                        .certifiedUnderDataPrivacyFramework()))
                .retention(RetentionRule.of(Retention.until(Retention.Condition.CONSENT_WITHDRAWN), "contact"))
                .retention(RetentionRule.of(Retention.fromCollection(Period.ofYears(2)), "contact"))
                .noDataProtectionOfficer("Art. 37 does not apply")
                .acknowledgement(Acknowledgement.of("transfer.adequacy-scope", "transfers.transfers[0]", "Certified",
                        "team", LocalDate.of(2026, 12, 1)))
                .build();

        ColumnLimits.check(register, Change.by("a"));
    }
}
