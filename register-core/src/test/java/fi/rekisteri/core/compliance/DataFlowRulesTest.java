package fi.rekisteri.core.compliance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.rekisteri.core.ContactDetails;
import fi.rekisteri.core.Cookie;
import fi.rekisteri.core.CookieLifetime;
import fi.rekisteri.core.DataCategory;
import fi.rekisteri.core.DataSubjectCategory;
import fi.rekisteri.core.Disclosure;
import fi.rekisteri.core.Language;
import fi.rekisteri.core.LegalBasis;
import fi.rekisteri.core.LocalizedText;
import fi.rekisteri.core.NoDisclosures;
import fi.rekisteri.core.Organisation;
import fi.rekisteri.core.Provision;
import fi.rekisteri.core.Purpose;
import fi.rekisteri.core.RecipientRole;
import fi.rekisteri.core.Register;
import fi.rekisteri.core.Safeguard;
import fi.rekisteri.core.Transfer;
import fi.rekisteri.core.Transfers;
import java.time.Duration;
import java.time.Period;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** The rules on children, provision, open-ended lists, cookies, bases, disclosures and transfers: firing and silent. */
class DataFlowRulesTest {

    private static final Set<Rule> NEW_RULES = EnumSet.of(Rule.PURPOSE_ALTERNATIVE_BASES,
            Rule.SUBJECT_CHILDREN_CONSENT, Rule.SUBJECT_CHILDREN_LANGUAGE, Rule.DATA_CATEGORY_PROVISION_CONSEQUENCE,
            Rule.LIST_OPEN_ENDED, Rule.DISCLOSURE_ROLE_UNSTATED, Rule.TRANSFER_UNSPECIFIED,
            Rule.TRANSFER_UNSPECIFIED_SAFEGUARD, Rule.TRANSFER_INVALIDATED, Rule.COOKIE_CONSENT,
            Rule.COOKIE_TRANSFER_UNDECLARED, Rule.COOKIE_LIFETIME, Rule.COOKIE_PROVIDER);

    private static LocalizedText fi(String text) {
        return LocalizedText.fi(text);
    }

    /** Everything the new rules look at, said correctly: adults, given provisions, named roles, consent cookies. */
    private static Register correct() {
        return Register.builder("shop", fi("Verkkokauppa"), Organisation.of("Oy", ContactDetails.none()))
                .subjectCategory(DataSubjectCategory.of("customer", fi("Asiakkaat")))
                .dataCategory(DataCategory.of("contact", fi("Nimi ja sähköposti"))
                        .withProvision(Provision.required(fi("Tilausta ei voida toimittaa."))))
                .dataCategory(DataCategory.of("phone", fi("Puhelinnumero")).withProvision(Provision.optional()))
                .purpose(Purpose.builder("orders", fi("Tilausten toimitus")).legalBasis(LegalBasis.contract())
                        .categories("contact", "phone").build())
                .purpose(Purpose.builder("analytics", fi("Kävijäanalytiikka"))
                        .legalBasis(LegalBasis.consent(fi("Evästeasetuksista."))).build())
                .disclosure(Disclosure.of("carrier", fi("Kuljetusliike"), "contact")
                        .withRole(RecipientRole.CONTROLLER).forPurposes("orders"))
                .transfers(Transfers.of(Transfer.to("US", Safeguard.ADEQUACY_DECISION)
                        .withRecipient(fi("Analytics Inc")).certifiedUnderDataPrivacyFramework()))
                .cookie(Cookie.of("session", "SID", fi("Ostoskori")).markedStrictlyNecessary()
                        .withLifetime(CookieLifetime.session()))
                .cookie(Cookie.of("ga", "_ga", fi("Kävijämäärät")).withLifetime(CookieLifetime.of(Period.ofMonths(13)))
                        .fromThirdParty(fi("Analytics Inc"), "US").forPurposes("analytics"))
                .build();
    }

    private static List<Requirement> newRules(Register register, DocumentType type) {
        return Compliance.check(register, type).findings().stream().map(Finding::rule).filter(NEW_RULES::contains)
                .toList();
    }

    private static List<String> fired(UnaryOperator<Register.Builder> edit) {
        Register register = edit.apply(correct().toBuilder()).build();
        return Compliance.check(register, DocumentType.ART_13_NOTICE).findings().stream()
                .filter(f -> NEW_RULES.contains(f.rule()) || f.rule() == Rule.TRANSFER_ADEQUACY_SCOPE)
                .map(f -> f.severity() + " " + f.rule().id() + " " + f.path()).toList();
    }

    @Test
    void aCorrectRegisterBreaksNoneOfTheRules() {
        for (DocumentType type : DocumentType.values()) {
            assertEquals(List.of(), newRules(correct(), type), type.code());
        }
        // The DPF-certified US recipient settles the partial-adequacy note, and every item gives its provision.
        Set<Requirement> all = new HashSet<>();
        Compliance.check(correct(), DocumentType.ART_13_NOTICE).findings().forEach(f -> all.add(f.rule()));
        assertTrue(!all.contains(Rule.TRANSFER_ADEQUACY_SCOPE) && !all.contains(Rule.PROVISION_REQUIREMENT_MISSING),
                all::toString);
    }

    @Test
    void childrenWithoutTheGuardiansConsentAndTheirLanguage() {
        UnaryOperator<Register.Builder> children = b -> b.replaceSubjectCategory(
                DataSubjectCategory.of("customer", fi("Asiakkaat")).includingChildren());
        assertEquals(List.of("WARNING subject.children-consent subjectCategories[0].guardianConsent",
                "INFO subject.children-language subjectCategories[0].includesChildren"), fired(children));
        assertEquals(List.of("INFO subject.children-language subjectCategories[0].includesChildren"),
                fired(b -> b.replaceSubjectCategory(DataSubjectCategory.of("customer", fi("Asiakkaat"))
                        .withGuardianConsent(fi("Alle 13-vuotiaan puolesta suostumuksen antaa huoltaja.")))));
    }

    @Test
    void requiredDataWithoutWhatFollows() {
        assertEquals(List.of("WARNING data-category.provision-consequence dataCategories[0].provision.consequence"),
                fired(b -> b.replaceDataCategory(DataCategory.of("contact", fi("Nimi"))
                        .withProvision(new Provision(true, Optional.empty())))));
        Register oneWithout = correct().toBuilder().replaceDataCategory(DataCategory.of("phone", fi("Puhelin")))
                .build();
        assertTrue(Compliance.check(oneWithout, DocumentType.ART_13_NOTICE)
                .findings(Rule.PROVISION_REQUIREMENT_MISSING).size() == 1, "one item without a provision");
    }

    @Test
    void openEndedListsInEachLanguageAndPlace() {
        assertEquals(List.of("WARNING list.open-ended dataCategories[0].name",
                "WARNING list.open-ended purposes[0].description", "WARNING list.open-ended disclosures[0].recipient"),
                fired(b -> b.replaceDataCategory(DataCategory.of("contact", fi("Yhteystiedot, mm. nimi"))
                                .withProvision(Provision.optional()))
                        .replacePurpose(correct().purpose("orders").orElseThrow().toBuilder()
                                .description(LocalizedText.of("Toimitus", "Bl.a. leverans", "Delivery")).build())
                        .replaceDisclosure(Disclosure.of("carrier", LocalizedText.en("Carriers, e.g. Posti"),
                                "contact").withRole(RecipientRole.PROCESSOR))));
        Finding finding = Compliance.check(correct().toBuilder()
                        .introduction(fi.rekisteri.core.Topic.DATA_CONTENT, fi("Rekisteri sisältää muun muassa:"))
                        .build(), DocumentType.REKISTERISELOSTE).findings(Rule.LIST_OPEN_ENDED).get(0);
        assertEquals(Severity.INFO, finding.severity());
        assertEquals("muun muassa", finding.arguments().get(0).text(Language.FI));
        // "Summ." and "kumm." hold the letters but are not the word.
        assertEquals(List.of(), fired(b -> b.replaceDataCategory(DataCategory.of("contact", fi("Summ. ja kumm."))
                .withProvision(Provision.optional()))));
    }

    @Test
    void alternativeBasesAreAWarning() {
        List<String> found = fired(b -> b.replacePurpose(correct().purpose("orders").orElseThrow().toBuilder()
                .alternativeLegalBasis(LegalBasis.legitimateInterests(fi("Asiakassuhde"))).build()));
        assertEquals(List.of("WARNING purpose.alternative-bases purposes[0].alternativeLegalBases"), found);
        Finding finding = Compliance.check(correct().toBuilder().replacePurpose(correct().purpose("orders")
                        .orElseThrow().toBuilder().alternativeLegalBasis(LegalBasis.legitimateInterests(fi("x")))
                        .build()).build(), DocumentType.ART_13_NOTICE).findings(Rule.PURPOSE_ALTERNATIVE_BASES).get(0);
        assertEquals("sopimus tai oikeutettu etu", finding.arguments().get(1).text(Language.FI));
    }

    @Test
    void noDisclosuresStatedSatisfiesTheDisclosureRules() {
        Register none = correct().toBuilder().removeDisclosure("carrier")
                .introduction(fi.rekisteri.core.Topic.DISCLOSURES, fi("Tietoja ei luovuteta."))
                .noDisclosures(NoDisclosures.stated(fi("Tietoja ei luovuteta kolmansille."))).build();
        for (DocumentType type : DocumentType.values()) {
            ComplianceReport report = Compliance.check(none, type);
            assertEquals(List.of(), report.findings(Rule.DISCLOSURE_MISSING), type.code());
            assertEquals(List.of(), report.findings(Rule.DISCLOSURE_RECIPIENTS_UNNAMED), type.code());
        }
        assertEquals(List.of("INFO disclosure.role-unstated disclosures[0].role"),
                fired(b -> b.replaceDisclosure(Disclosure.of("carrier", fi("Kuljetus"), "contact").withoutRole())));
    }

    @Test
    void transfersThatMayOccur() {
        assertEquals(List.of("WARNING transfer.unspecified transfers"), fired(b -> b.removeCookie("ga")
                .transfers(Transfers.mayOccur(fi("Voidaan käsitellä EU:n ulkopuolella."),
                        Safeguard.STANDARD_CONTRACTUAL_CLAUSES))));
        assertEquals(List.of("ERROR transfer.unspecified-safeguard transfers.safeguards"), fired(b -> b
                .removeCookie("ga").transfers(new Transfers.MayOccur(Optional.empty(), List.of()))));
        assertEquals(List.of("WARNING transfer.unspecified transfers",
                "ERROR transfer.invalidated transfers.safeguards[0]"), fired(b -> b.removeCookie("ga")
                .transfers(Transfers.mayOccur(fi("EU:n ulkopuolella."), Safeguard.PRIVACY_SHIELD))));
    }

    @Test
    void invalidatedMechanismsNameTheirReplacements() {
        Register harbor = correct().toBuilder().transfers(Transfers.of(Transfer.to("US", Safeguard.SAFE_HARBOR)))
                .build();
        List<Finding> found = Compliance.check(harbor, DocumentType.ART_30_RECORD).findings(Rule.TRANSFER_INVALIDATED);
        assertEquals(1, found.size());
        assertEquals(Severity.ERROR, found.get(0).severity());
        String message = found.get(0).message(Language.EN);
        assertTrue(message.contains("Safe Harbor") && message.contains("Data Privacy Framework")
                && message.contains("standard contractual clauses"), message);
        // Without certification the US decision's partial scope is noted, as before.
        assertEquals(List.of("INFO transfer.adequacy-scope transfers.transfers[0].country"), fired(b -> b
                .transfers(Transfers.of(Transfer.to("US", Safeguard.ADEQUACY_DECISION)))));
    }

    @Test
    void cookies() {
        assertEquals(List.of("ERROR cookie.consent cookies[1].purposes"),
                fired(b -> b.replaceCookie(correct().cookies().get(1).forPurposes("orders"))));
        assertEquals(List.of("ERROR cookie.consent cookies[1].purposes"),
                fired(b -> b.replaceCookie(correct().cookies().get(1).forPurposes())));
        assertEquals(List.of("WARNING cookie.lifetime cookies[0].lifetime"),
                fired(b -> b.replaceCookie(Cookie.of("session", "SID", fi("Kori")).markedStrictlyNecessary())));
        Cookie noProvider = new Cookie("ga", "_ga", fi("Kävijät"), false,
                Optional.of(CookieLifetime.of(Duration.ofMinutes(30))), true, Optional.empty(), Optional.empty(),
                List.of("analytics"));
        assertEquals(List.of("WARNING cookie.provider cookies[1].provider"), fired(b -> b.replaceCookie(noProvider)));
        assertEquals(List.of("ERROR cookie.transfer-undeclared cookies[1].providerCountry"),
                fired(b -> b.transfers(Transfers.none())));
    }
}
