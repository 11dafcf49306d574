package fi.rekisteri.core.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.rekisteri.core.Acknowledgement;
import fi.rekisteri.core.ContactDetails;
import fi.rekisteri.core.ContactPoint;
import fi.rekisteri.core.Cookie;
import fi.rekisteri.core.DataCategory;
import fi.rekisteri.core.DataSubjectCategory;
import fi.rekisteri.core.Disclosure;
import fi.rekisteri.core.DocumentMetadata;
import fi.rekisteri.core.LegalBasis;
import fi.rekisteri.core.LocalizedText;
import fi.rekisteri.core.NoDisclosures;
import fi.rekisteri.core.Organisation;
import fi.rekisteri.core.Purpose;
import fi.rekisteri.core.Register;
import fi.rekisteri.core.RegisterPath;
import fi.rekisteri.core.Retention;
import fi.rekisteri.core.RetentionRule;
import fi.rekisteri.core.Safeguard;
import fi.rekisteri.core.SecurityMeasures;
import fi.rekisteri.core.Source;
import fi.rekisteri.core.Topic;
import fi.rekisteri.core.Transfer;
import fi.rekisteri.core.Transfers;
import fi.rekisteri.core.identifier.BusinessId;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** {@link RegisterDiff}: every kind of change in every section, in order, with its path, values and prior notice. */
class RegisterDiffTest {

    private static final Organisation CONTROLLER = Organisation.of("Esimerkki Oy", BusinessId.parse("2135102-9"),
            ContactDetails.none().withEmail("tietosuoja@example.fi"));
    private static final Retention SIX_YEARS =
            Retention.after(Period.ofYears(6), LocalizedText.fi("tilikauden loppu"));
    private static final Purpose BILLING = Purpose.builder("billing", LocalizedText.fi("Laskutus"))
            .legalBasis(LegalBasis.contract()).categories("contact", "identity").subjects("customer").build();
    private static final Purpose MARKETING = Purpose.builder("marketing", LocalizedText.fi("Markkinointi"))
            .legalBasis(LegalBasis.consent(LocalizedText.fi("Peru asetuksista"))).categories("contact")
            .directMarketing().build();
    private static final Purpose SUPPORT =
            Purpose.builder("support", LocalizedText.fi("Asiakastuki")).categories("contact").build();
    private static final Disclosure TAX =
            Disclosure.of("tax", LocalizedText.fi("Verohallinto"), "identity").forPurposes("billing");

    private static Register register() {
        return Register.builder("customers", LocalizedText.fi("Asiakasrekisteri"), CONTROLLER)
                .subjectCategory(DataSubjectCategory.of("customer", LocalizedText.fi("Asiakkaat")))
                .subjectCategory(DataSubjectCategory.of("prospect", LocalizedText.fi("Prospektit")))
                .dataCategory(DataCategory.of("contact", LocalizedText.fi("Yhteystiedot")))
                .dataCategory(DataCategory.of("identity", LocalizedText.fi("Tunnistetiedot")))
                .purpose(BILLING)
                .purpose(MARKETING)
                .purpose(SUPPORT)
                .source(Source.DataSubject.of(LocalizedText.fi("Asiakkaalta itseltään")))
                .disclosure(TAX)
                .transfers(Transfers.none())
                .retention(RetentionRule.of(SIX_YEARS, "identity"))
                .retention(RetentionRule.of(Retention.criteria(LocalizedText.fi("Asiakkuuden ajan")), "contact"))
                .security(new SecurityMeasures(Optional.of(LocalizedText.fi("Pääsy rajattu")), Optional.empty(),
                        Optional.empty()))
                .contactPoint(ContactPoint.of("Asiakaspalvelu", ContactDetails.none()))
                .metadata(DocumentMetadata.of("1", LocalDate.of(2026, 1, 1)))
                .build();
    }

    private static Register edited(UnaryOperator<Register.Builder> edit) {
        return edit.apply(register().toBuilder()).build();
    }

    private static RegisterDiff diff(UnaryOperator<Register.Builder> edit) {
        return RegisterDiff.between(register(), edited(edit));
    }

    /** {@code kind section path} of each change, as {@link Change#toString()} writes it. */
    private static List<String> lines(RegisterDiff diff) {
        return diff.changes().stream().map(Change::toString).toList();
    }

    private static Change<?> only(RegisterDiff diff) {
        assertEquals(1, diff.changes().size(), () -> lines(diff).toString());
        return diff.changes().get(0);
    }

    @Test
    void identicalRegistersHaveNoChanges() {
        RegisterDiff diff = RegisterDiff.between(register(), register());
        assertTrue(diff.isEmpty());
        assertFalse(diff.requiresPriorNotice());
        assertEquals("RegisterDiff[0 changes, 0 requiring prior notice]", diff.toString());
    }

    @Test
    void reorderingPartsOrChangingTheMetadataIsNoChange() {
        RegisterDiff diff = diff(b -> b
                .removePurpose("billing").purpose(BILLING)
                .removeSubjectCategory("customer").subjectCategory(DataSubjectCategory.of("customer",
                        LocalizedText.fi("Asiakkaat")))
                .replaceRetention(List.of(
                        RetentionRule.of(Retention.criteria(LocalizedText.fi("Asiakkuuden ajan")), "contact"),
                        RetentionRule.of(SIX_YEARS, "identity")))
                .metadata(DocumentMetadata.of("2", LocalDate.of(2026, 3, 1))));
        assertEquals(List.of(), lines(diff));
    }

    @Test
    void aNewPurposeIsAddedWhereItStandsAndMustBeToldBeforehand() {
        Purpose analytics = Purpose.builder("analytics", LocalizedText.fi("Analytiikka"))
                .legalBasis(LegalBasis.legitimateInterests(LocalizedText.fi("Palvelun kehittäminen")))
                .categories("contact").build();
        RegisterDiff diff = diff(b -> b.purpose(analytics));
        Change<?> change = only(diff);
        assertEquals("added purposes purposes[3]", change.toString());
        assertEquals(Optional.empty(), change.before());
        assertEquals(Optional.of(analytics), change.after());
        assertEquals(Optional.of(PriorNotice.NEW_PURPOSE), change.priorNotice());
        assertTrue(diff.requiresPriorNotice());
        assertEquals(List.of(change), diff.priorNoticeChanges());
    }

    @Test
    void aRemovedPurposeHasItsOldPathAndNeedsNoPriorNotice() {
        Change<?> change = only(diff(b -> b.removePurpose("marketing")));
        assertEquals("removed purposes purposes[1]", change.toString());
        assertEquals(Optional.of(MARKETING), change.before());
        assertFalse(change.requiresPriorNotice());
    }

    @Test
    void aChangedPurposeHasBothValues() {
        Purpose described = SUPPORT.toBuilder().description(LocalizedText.fi("Vastaamme kysymyksiin")).build();
        Change<?> change = only(diff(b -> b.replacePurpose(described)));
        assertEquals("changed purposes purposes[2]", change.toString());
        assertEquals(Optional.of(SUPPORT), change.before());
        assertEquals(Optional.of(described), change.after());
    }

    @Test
    void aLegalBasisIsComparedApartFromItsPurpose() {
        RegisterDiff diff = diff(b -> b
                .replacePurpose(BILLING.toBuilder().legalBasis(LegalBasis.legalObligation(
                        LocalizedText.fi("Kirjanpitolaki"))).build())
                .replacePurpose(SUPPORT.toBuilder().legalBasis(LegalBasis.contract()).build()));
        assertEquals(List.of("changed legal-bases purposes[0].legalBasis", "added legal-bases purposes[2].legalBasis"),
                lines(diff));
        assertEquals(Optional.of(LegalBasis.contract()), diff.changes().get(0).before());
        assertEquals(Optional.of(LegalBasis.contract()), diff.changes().get(1).after());
    }

    @Test
    void aPurposeChangedInBothPartsGivesTwoChangesInOrder() {
        RegisterDiff diff = diff(b -> b.replacePurpose(BILLING.toBuilder().clearSubjects().subjects("customer", "prospect")
                .clearLegalBasis().build()));
        assertEquals(List.of("changed purposes purposes[0]", "removed legal-bases purposes[0].legalBasis"),
                lines(diff));
    }

    @Test
    void subjectCategoriesAreAddedRemovedAndChanged() {
        assertEquals(List.of("added subjects subjectCategories[2]"), lines(diff(b -> b.subjectCategory(
                DataSubjectCategory.of("employee", LocalizedText.fi("Työntekijät"))))));
        assertEquals(List.of("removed subjects subjectCategories[1]"),
                lines(diff(b -> b.removeSubjectCategory("prospect"))));
        assertEquals(List.of("changed subjects subjectCategories[0]"), lines(diff(b -> b.replaceSubjectCategory(
                DataSubjectCategory.of("customer", LocalizedText.fi("Kuluttaja-asiakkaat"))))));
    }

    @Test
    void dataCategoriesAreAddedRemovedAndChanged() {
        assertEquals(List.of("added categories dataCategories[2]"), lines(diff(b -> b.dataCategory(
                DataCategory.of("orders", LocalizedText.fi("Tilaukset"))))));
        RegisterDiff removed = RegisterDiff.between(edited(b -> b.dataCategory(
                DataCategory.of("orders", LocalizedText.fi("Tilaukset")))), register());
        assertEquals(List.of("removed categories dataCategories[2]"), lines(removed));
        assertEquals(List.of("changed categories dataCategories[1]"), lines(diff(b -> b.replaceDataCategory(
                DataCategory.of("identity", LocalizedText.fi("Tunnistetiedot"))
                        .withDescription(LocalizedText.fi("Nimi ja asiakasnumero"))))));
    }

    @Test
    void aRemovedPartIsListedWhereItStoodAmongTheNewOnes() {
        Purpose analytics = Purpose.builder("analytics", LocalizedText.fi("Analytiikka")).categories("contact")
                .build();
        RegisterDiff diff = diff(b -> b.removePurpose("marketing").removePurpose("support").purpose(analytics)
                .purpose(SUPPORT));
        assertEquals(List.of("removed purposes purposes[1]", "added purposes purposes[1]"), lines(diff));
    }

    @Test
    void sourcesWithoutKeysAreAddedOrRemovedByEquality() {
        Source internal = Source.Internal.of(LocalizedText.fi("Asiakashistoria"));
        assertEquals(List.of("added sources sources[1]"), lines(diff(b -> b.source(internal))));
        RegisterDiff replaced = diff(b -> b.replaceSources(List.of(internal)));
        assertEquals(List.of("removed sources sources[0]", "added sources sources[0]"), lines(replaced));
        assertEquals(Optional.of(internal), replaced.changes().get(1).after());
    }

    @Test
    void aNewRecipientMustBeToldBeforehandButNotARemovedOrChangedOne() {
        Disclosure mailer = Disclosure.of("mailer", LocalizedText.fi("Postituspalvelu"), "contact")
                .forPurposes("marketing");
        Change<?> added = only(diff(b -> b.disclosure(mailer)));
        assertEquals("added recipients disclosures[1]", added.toString());
        assertEquals(Optional.of(PriorNotice.NEW_RECIPIENT), added.priorNotice());
        Change<?> removed = only(diff(b -> b.removeDisclosure("tax")));
        assertEquals("removed recipients disclosures[0]", removed.toString());
        assertFalse(removed.requiresPriorNotice());
        Change<?> changed = only(diff(b -> b.replaceDisclosure(
                Disclosure.of("tax", LocalizedText.fi("Verohallinto"), "identity", "contact").forPurposes("billing"))));
        assertEquals("changed recipients disclosures[0]", changed.toString());
        assertFalse(changed.requiresPriorNotice());
    }

    @Test
    void theStatementOfNoDisclosuresIsARecipientsChange() {
        RegisterDiff diff = diff(b -> b.removeDisclosure("tax").noDisclosures(NoDisclosures.stated()));
        assertEquals(List.of("removed recipients disclosures[0]", "added recipients noDisclosures"), lines(diff));
        assertFalse(diff.requiresPriorNotice());
    }

    @Test
    void transfersFirstMadeMustBeToldBeforehand() {
        Transfer us = Transfer.to("US", Safeguard.STANDARD_CONTRACTUAL_CLAUSES)
                .withRecipient(LocalizedText.fi("Pilvipalvelu"));
        Change<?> change = only(diff(b -> b.transfers(Transfers.of(us))));
        assertEquals("changed transfers transfers", change.toString());
        assertEquals(Optional.of(Transfers.none()), change.before());
        assertEquals(Optional.of(PriorNotice.NEW_TRANSFER), change.priorNotice());
        Change<?> dropped = only(RegisterDiff.between(edited(b -> b.transfers(Transfers.of(us))), register()));
        assertFalse(dropped.requiresPriorNotice());
        Change<?> cleared = only(diff(Register.Builder::clearTransfers));
        assertEquals("removed transfers transfers", cleared.toString());
    }

    @Test
    void listedTransfersAreComparedOneByOneByCountryAndRecipient() {
        Transfer us = Transfer.to("US", Safeguard.STANDARD_CONTRACTUAL_CLAUSES)
                .withRecipient(LocalizedText.fi("Pilvipalvelu"));
        Transfer india = Transfer.to("IN", Safeguard.STANDARD_CONTRACTUAL_CLAUSES);
        Register before = edited(b -> b.transfers(Transfers.of(us)));
        Register after = edited(b -> b.transfers(Transfers.of(us.withCategories("contact"), india)));
        RegisterDiff diff = RegisterDiff.between(before, after);
        assertEquals(List.of("changed transfers transfers.transfers[0]", "added transfers transfers.transfers[1]"),
                lines(diff));
        assertEquals(List.of(PriorNotice.NEW_TRANSFER),
                diff.priorNoticeChanges().stream().map(c -> c.priorNotice().orElseThrow()).toList());
        assertEquals(List.of("removed transfers transfers.transfers[1]"),
                lines(RegisterDiff.between(after, edited(b -> b.transfers(Transfers.of(us.withCategories("contact")))))));
    }

    @Test
    void aLongerRetentionMustBeToldBeforehandAShorterOneNot() {
        Change<?> longer = only(diff(b -> b.replaceRetention(List.of(
                RetentionRule.of(Retention.after(Period.ofYears(10), LocalizedText.fi("tilikauden loppu")),
                        "identity"),
                RetentionRule.of(Retention.criteria(LocalizedText.fi("Asiakkuuden ajan")), "contact")))));
        assertEquals("changed retention retention[0]", longer.toString());
        assertEquals(Optional.of(PriorNotice.LONGER_RETENTION), longer.priorNotice());
        assertEquals(Optional.of(RetentionRule.of(SIX_YEARS, "identity")), longer.before());
        Change<?> shorter = only(diff(b -> b.replaceRetention(List.of(
                RetentionRule.of(Retention.fromCollection(Period.ofMonths(18)), "identity"),
                RetentionRule.of(Retention.criteria(LocalizedText.fi("Asiakkuuden ajan")), "contact")))));
        assertFalse(shorter.requiresPriorNotice());
        Change<?> criteria = only(diff(b -> b.replaceRetention(List.of(
                RetentionRule.of(SIX_YEARS, "identity"),
                RetentionRule.of(Retention.criteria(LocalizedText.fi("Kaksi vuotta asiakkuuden jälkeen")), "contact")))));
        assertEquals("changed retention retention[1]", criteria.toString());
        assertFalse(criteria.requiresPriorNotice(), "criteria have no length to compare");
        assertEquals(List.of("removed retention retention[1]"),
                lines(diff(b -> b.removeRetentionIf(rule -> rule.categories().contains("contact")))));
    }

    @Test
    void retentionLengthsCompareAcrossKinds() {
        assertTrue(RegisterDiff.longer(Retention.timed(Duration.ofHours(12), LocalizedText.fi("istunto")),
                Retention.fromCollection(Period.ofDays(1))));
        assertFalse(RegisterDiff.longer(Retention.fromCollection(Period.ofMonths(12)),
                Retention.after(Period.ofYears(1), LocalizedText.fi("tapahtuma"))));
        assertFalse(RegisterDiff.longer(Retention.after(Period.ofYears(1), LocalizedText.fi("tapahtuma")),
                Retention.fromCollection(Period.ofMonths(12))));
        assertFalse(RegisterDiff.longer(Retention.until(Retention.Condition.CONSENT_WITHDRAWN),
                Retention.fromCollection(Period.ofYears(50))));
    }

    @Test
    void securityMeasuresAreComparedOneByOne() {
        RegisterDiff diff = diff(b -> b.security(new SecurityMeasures(Optional.of(LocalizedText.fi("Pääsy rajattu")),
                Optional.of(LocalizedText.fi("Lukitut tilat")), Optional.empty())));
        assertEquals(List.of("added security security.manual"), lines(diff));
        assertEquals(Optional.of(LocalizedText.fi("Lukitut tilat")), diff.changes().get(0).after());
        assertEquals(List.of("removed security security.general"),
                lines(diff(b -> b.security(SecurityMeasures.none()))));
    }

    @Test
    void contactsNameCookiesAndTheRestHaveTheirSections() {
        RegisterDiff diff = diff(b -> b
                .clearContactPoints()
                .dataProtectionOfficer(ContactPoint.of("Tietosuojavastaava", ContactDetails.none()))
                .cookie(Cookie.of("session", "SESSION", LocalizedText.fi("Istunto")))
                .provisionRequirement(LocalizedText.fi("Tiedot ovat sopimuksen edellytys"))
                .introduction(Topic.PURPOSES, LocalizedText.fi("Tietoja käytetään")));
        assertEquals(List.of("added contacts dataProtectionOfficer", "removed contacts contactPoints[0]",
                "added cookies cookies[0]", "added other provisionRequirement", "added other introductions.purposes"),
                lines(diff));
        Register renamed = Register.builder("customers", LocalizedText.fi("Asiakkaat"),
                Organisation.of("Toinen Oy", ContactDetails.none())).build();
        Register original = Register.builder("customers", LocalizedText.fi("Asiakasrekisteri"), CONTROLLER).build();
        assertEquals(List.of("changed name name", "changed contacts controller"),
                lines(RegisterDiff.between(original, renamed)));
    }

    @Test
    void anOfficerGivenUpForTheNoOfficerStatementIsRemovedThenTheReasonAdded() {
        Register withOfficer = edited(b -> b.dataProtectionOfficer(
                ContactPoint.of("Tietosuojavastaava", ContactDetails.none())));
        Register without = edited(b -> b.noDataProtectionOfficer("Ei laajamittaista käsittelyä"));
        RegisterDiff diff = RegisterDiff.between(withOfficer, without);
        assertEquals(List.of("removed contacts dataProtectionOfficer", "added contacts noDataProtectionOfficer"),
                lines(diff));
        assertEquals(Optional.of("Ei laajamittaista käsittelyä"), diff.changes().get(1).after());
        Change<?> reworded = only(RegisterDiff.between(without,
                without.toBuilder().noDataProtectionOfficer("Vain muutama asiakas").build()));
        assertEquals("changed contacts noDataProtectionOfficer", reworded.toString());
        assertEquals(Optional.of("Ei laajamittaista käsittelyä"), reworded.before());
        assertEquals(List.of("added contacts dataProtectionOfficer", "removed contacts noDataProtectionOfficer"),
                lines(RegisterDiff.between(without, withOfficer)));
    }

    @Test
    void acknowledgementsMatchByRuleAndPathAndChangeWithTheirReasonOrDate() {
        LocalDate day = LocalDate.of(2026, 11, 30);
        Acknowledgement noOfficer = Acknowledgement.of("dpo.missing", "Pieni yritys", "Tiimi", day);
        Acknowledgement transfer = Acknowledgement.of("transfer.partial-adequacy", "transfers[0]", "Sertifioitu",
                "Tiimi", day);
        Acknowledgement otherTransfer = Acknowledgement.of("transfer.partial-adequacy", "transfers[1]", "Sertifioitu",
                "Tiimi", day);
        Register old = edited(b -> b.acknowledgement(noOfficer).acknowledgement(transfer));
        assertTrue(RegisterDiff.between(old, edited(b -> b.acknowledgement(transfer).acknowledgement(noOfficer)))
                .isEmpty(), "moved only");
        RegisterDiff diff = RegisterDiff.between(old, edited(b -> b
                .acknowledgement(Acknowledgement.of("dpo.missing", "Alle 10 työntekijää", "Tiimi", day))
                .acknowledgement(otherTransfer)));
        assertEquals(List.of("changed acknowledgements acknowledgements[0]",
                "removed acknowledgements acknowledgements[1]", "added acknowledgements acknowledgements[1]"),
                lines(diff));
        assertEquals(Optional.of(noOfficer), diff.changes().get(0).before());
        assertEquals(Optional.of(transfer), diff.changes().get(1).before());
        assertEquals(Optional.of(otherTransfer), diff.changes().get(2).after());
        assertFalse(diff.requiresPriorNotice());
        assertEquals(List.of("changed acknowledgements acknowledgements[0]"), lines(RegisterDiff.between(old,
                edited(b -> b.acknowledgement(Acknowledgement.of("dpo.missing", "Pieni yritys", "Tiimi",
                        day.plusDays(1))).acknowledgement(transfer)))));
    }

    @Test
    void changesComeSectionBySectionInTheSectionsOrder() {
        RegisterDiff diff = diff(b -> b
                .security(SecurityMeasures.none())
                .removeDisclosure("tax")
                .purpose(Purpose.builder("analytics", LocalizedText.fi("Analytiikka")).categories("contact").build())
                .subjectCategory(DataSubjectCategory.of("employee", LocalizedText.fi("Työntekijät"))));
        List<Section> sections = diff.changes().stream().map(Change::section).toList();
        assertEquals(List.of(Section.SUBJECTS, Section.PURPOSES, Section.RECIPIENTS, Section.SECURITY), sections);
    }

    @Test
    void aChangeRefusesValuesThatDoNotFitItsKind() {
        RegisterPath path = RegisterPath.of("purposes").index(0);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Change<>(
                Change.Kind.ADDED, Section.PURPOSES, path, Optional.of(BILLING), Optional.of(BILLING),
                Optional.empty()));
        assertEquals("a change of kind added at 'purposes[0]' has a value before and after", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new Change<>(Change.Kind.CHANGED, Section.PURPOSES, path,
                Optional.empty(), Optional.of(BILLING), Optional.empty()));
    }

    @Test
    void theDutiesHaveTheirProvisionsAndWords() {
        assertEquals("13(3), 14(4)", PriorNotice.NEW_PURPOSE.articles());
        assertEquals(LocalizedText.of("uusi käsittelyn tarkoitus", "nytt ändamål med behandlingen",
                "a new purpose of processing"), PriorNotice.NEW_PURPOSE.label());
        assertEquals(PriorNotice.LONGER_RETENTION, PriorNotice.ofCode("longer-retention"));
    }
}
