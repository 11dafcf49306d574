package fi.rekisteri.core.compliance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.rekisteri.core.AutomatedDecisionMaking;
import fi.rekisteri.core.ContactDetails;
import fi.rekisteri.core.ContactPoint;
import fi.rekisteri.core.DataCategory;
import fi.rekisteri.core.DataSubjectCategory;
import fi.rekisteri.core.Disclosure;
import fi.rekisteri.core.Language;
import fi.rekisteri.core.LegalBasis;
import fi.rekisteri.core.LocalizedText;
import fi.rekisteri.core.Organisation;
import fi.rekisteri.core.PostalAddress;
import fi.rekisteri.core.Purpose;
import fi.rekisteri.core.RecipientRole;
import fi.rekisteri.core.Register;
import fi.rekisteri.core.Retention;
import fi.rekisteri.core.RetentionRule;
import fi.rekisteri.core.Safeguard;
import fi.rekisteri.core.SecurityMeasures;
import fi.rekisteri.core.Sensitivity;
import fi.rekisteri.core.Source;
import fi.rekisteri.core.SpecialCategoryCondition;
import fi.rekisteri.core.IdentityCodeGround;
import fi.rekisteri.core.Topic;
import fi.rekisteri.core.Transfer;
import fi.rekisteri.core.Transfers;
import fi.rekisteri.core.identifier.BusinessId;
import fi.rekisteri.core.law.TransferCountries;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Each rule on small registers: a complete register that meets every rule, and that register with one thing taken
 * away or got wrong.
 */
class ComplianceChecksTest {

    private static final DocumentType R = DocumentType.REKISTERISELOSTE;
    private static final DocumentType A13 = DocumentType.ART_13_NOTICE;
    private static final DocumentType A14 = DocumentType.ART_14_NOTICE;
    private static final DocumentType A30 = DocumentType.ART_30_RECORD;

    private static LocalizedText fi(String text) {
        return LocalizedText.fi(text);
    }

    private static Organisation controller(String country) {
        return Organisation.of("Esimerkki Oy", BusinessId.parse("2135102-9"), ContactDetails.none()
                .withAddress(new PostalAddress("Katu 1", "00100", "Helsinki", country))
                .withEmail("tietosuoja@example.fi"));
    }

    private static Purpose.Builder billingWithoutBasisOrGround() {
        return Purpose.builder("billing", fi("Laskutus")).categories("contact", "identity-code");
    }

    private static Purpose billing() {
        return billingWithoutBasisOrGround()
                .legalBasis(LegalBasis.contract())
                .identityCodeGround(IdentityCodeGround.UNAMBIGUOUS_IDENTIFICATION)
                .build();
    }

    private static Purpose marketing() {
        return Purpose.builder("marketing", fi("Suoramarkkinointi"))
                .legalBasis(LegalBasis.consent(fi("Peru suostumus viestin linkistä.")))
                .categories("contact")
                .directMarketing()
                .objection(fi("Kiellä suoramarkkinointi viestin linkistä."))
                .build();
    }

    /** Meets every rule of every document type; the classic statement still gets its one INFO. */
    private static Register.Builder complete() {
        return Register.builder("customers", fi("Asiakasrekisteri"), controller("FI"))
                .contactPoint(ContactPoint.of("Asiakaspalvelu", ContactDetails.none().withPhone("09 123 456")))
                .dataProtectionOfficer(ContactPoint.of("Tietosuojavastaava",
                        ContactDetails.none().withEmail("dpo@example.fi")))
                .subjectCategory(DataSubjectCategory.of("customer", fi("Asiakkaat")))
                .dataCategory(DataCategory.of("contact", fi("Yhteystiedot")))
                .dataCategory(DataCategory.of("contact.email", fi("Sähköpostiosoite")))
                .dataCategory(DataCategory.of("identity-code", fi("Henkilötunnus"))
                        .with(Sensitivity.PERSONAL_IDENTITY_CODE))
                .purpose(billing())
                .purpose(marketing())
                .source(Source.DataSubject.of(fi("Asiakkaan ilmoittamat tiedot")))
                .source(Source.External.of(fi("Suomen Asiakastieto Oy")).withSupplies(fi("Luottotiedot")))
                .disclosure(Disclosure.of("accounting", fi("Tilitoimisto"), "contact").withRole(RecipientRole.PROCESSOR))
                .transfers(Transfers.of(Transfer.to("JP", Safeguard.ADEQUACY_DECISION)))
                .retention(RetentionRule.of(Retention.after(Period.ofYears(6), fi("tilikauden päättyminen")),
                        "contact", "identity-code"))
                .security(SecurityMeasures.none()
                        .withGeneral(fi("Tietoja käsitellään luottamuksellisesti."))
                        .withManual(fi("Paperit lukitussa kaapissa."))
                        .withElectronic(fi("Palvelimet suojattu.")))
                .automatedDecisionMaking(AutomatedDecisionMaking.none())
                .provisionRequirement(fi("Tiedot ovat sopimuksen edellytys."));
    }

    private static List<String> found(Register register, DocumentType type) {
        return SeedComplianceTest.lines(Compliance.check(register, type));
    }

    private static List<String> found(Register.Builder builder, DocumentType type) {
        return found(builder.build(), type);
    }

    private static Register withPurposes(Purpose... purposes) {
        Register base = complete().build();
        Register.Builder fresh = Register.builder(base.key(), base.name(), base.controller());
        base.contactPoint().ifPresent(fresh::contactPoint);
        base.dataProtectionOfficer().ifPresent(fresh::dataProtectionOfficer);
        base.subjectCategories().forEach(fresh::subjectCategory);
        base.dataCategories().forEach(fresh::dataCategory);
        List.of(purposes).forEach(fresh::purpose);
        base.sources().forEach(fresh::source);
        base.disclosures().forEach(fresh::disclosure);
        base.transfers().ifPresent(fresh::transfers);
        base.retention().forEach(fresh::retention);
        fresh.security(base.security());
        base.automatedDecisionMaking().ifPresent(fresh::automatedDecisionMaking);
        base.provisionRequirement().ifPresent(fresh::provisionRequirement);
        return fresh.build();
    }

    @Test
    void completeRegisterMeetsEveryNoticeAndRecord() {
        for (DocumentType type : List.of(A13, A14, A30)) {
            assertEquals(List.of(), found(complete(), type), type.code());
        }
        assertEquals(List.of("INFO document.superseded "), found(complete(), R));
    }

    @Test
    void findsAControllerWithoutContactDetailsInEveryDocument() {
        Register register = Register.builder("r", fi("R"), Organisation.of("Esimerkki Oy", ContactDetails.none()))
                .build();
        for (DocumentType type : DocumentType.values()) {
            assertTrue(found(register, type).contains("ERROR controller.contact controller.contact"), type.code());
        }
    }

    @Test
    void asksForARepresentativeOnlyWhenTheControllerIsOutsideTheEea() {
        Register.Builder outside = Register.builder("r", fi("R"), controller("US"));
        assertTrue(found(outside, A13).contains("ERROR representative.missing representative"));
        assertTrue(found(outside, R).contains("WARNING representative.missing representative"));
        Register.Builder represented = Register.builder("r", fi("R"), controller("US"))
                .representative(controller("FI"));
        assertFalse(found(represented, A13).stream().anyMatch(line -> line.contains("representative")));
        assertFalse(found(Register.builder("r", fi("R"), controller("SE")), A13).stream()
                .anyMatch(line -> line.contains("representative")));
    }

    @Test
    void mentionsAMissingContactPersonOnlyInTheClassicStatement() {
        Register register = Register.builder("r", fi("R"), controller("FI")).build();
        assertTrue(found(register, R).contains("INFO contact-point.missing contactPoint"));
        assertFalse(found(register, A13).stream().anyMatch(line -> line.contains("contact-point")));
    }

    @Test
    void treatsAMissingDpoAsInformationButADpoWithoutContactAsAnError() {
        Register without = Register.builder("r", fi("R"), controller("FI")).build();
        assertTrue(found(without, A13).contains("INFO dpo.missing dataProtectionOfficer"));
        assertFalse(found(without, R).stream().anyMatch(line -> line.contains("dpo")));
        Register unreachable = complete()
                .dataProtectionOfficer(ContactPoint.of("Tietosuojavastaava", ContactDetails.none())).build();
        assertEquals(List.of("ERROR dpo.contact dataProtectionOfficer.contact"), found(unreachable, A13));
    }

    @Test
    void findsARegisterWithoutPurposesInEveryDocument() {
        Register register = Register.builder("r", fi("R"), controller("FI")).build();
        for (DocumentType type : DocumentType.values()) {
            assertTrue(found(register, type).contains("ERROR purpose.missing purposes"), type.code());
        }
    }

    @Test
    void requiresALegalBasisInNoticesButNotInTheClassicStatement() {
        Register register = withPurposes(billingWithoutBasisOrGround()
                .identityCodeGround(IdentityCodeGround.UNAMBIGUOUS_IDENTIFICATION).build(), marketing());
        assertEquals(List.of("ERROR purpose.legal-basis purposes[0].legalBasis"), found(register, A13));
        assertEquals(List.of("ERROR purpose.legal-basis purposes[0].legalBasis"), found(register, A14));
        assertEquals(List.of("WARNING purpose.legal-basis purposes[0].legalBasis"), found(register, A30));
        assertEquals(List.of("INFO document.superseded "), found(register, R));
    }

    @Test
    void requiresTheInterestsWhenTheBasisIsLegitimateInterests() {
        Register vague = withPurposes(billing().toBuilder()
                .legalBasis(new LegalBasis.LegitimateInterests(Optional.empty())).build());
        assertEquals(List.of("ERROR purpose.legitimate-interests purposes[0].legalBasis.interests"),
                found(vague, A13));
        assertEquals(List.of(), found(vague, A30));
        Register described = withPurposes(billing().toBuilder()
                .legalBasis(LegalBasis.legitimateInterests(fi("Asiakassuhteen hoito"))).build());
        assertEquals(List.of(), found(described, A13));
    }

    @Test
    void asksForTheLawBehindALegalObligationOrPublicTask() {
        Register register = withPurposes(
                billing().toBuilder().legalBasis(LegalBasis.ofCode("legal-obligation")).build(),
                Purpose.builder("task", fi("Tehtävä")).legalBasis(LegalBasis.ofCode("public-task")).build(),
                Purpose.builder("books", fi("Kirjanpito"))
                        .legalBasis(LegalBasis.legalObligation(fi("Kirjanpitolaki 1336/1997"))).build());
        assertEquals(List.of(
                "WARNING purpose.law purposes[0].legalBasis.law",
                "WARNING purpose.law purposes[1].legalBasis.law"), found(register, A13));
        Finding finding = Compliance.check(register, A13).findings().get(0);
        assertTrue(finding.message(Language.EN).contains("6(1)(c)"), finding.message(Language.EN));
    }

    @Test
    void asksHowConsentIsWithdrawn() {
        Register register = withPurposes(billing(), marketing().toBuilder()
                .legalBasis(new LegalBasis.Consent(Optional.empty())).build());
        assertEquals(List.of("WARNING purpose.consent-withdrawal purposes[1].legalBasis.withdrawal"),
                found(register, A13));
        assertEquals(List.of(), found(register, A30));
    }

    @Test
    void asksHowToObjectToDirectMarketing() {
        Register register = withPurposes(billing(), Purpose.builder("marketing", fi("Suoramarkkinointi"))
                .legalBasis(LegalBasis.legitimateInterests(fi("Markkinointi asiakkaille"))).directMarketing().build());
        assertEquals(List.of("WARNING purpose.direct-marketing-objection purposes[1].objection"),
                found(register, A13));
        assertTrue(found(register, R).contains("INFO purpose.direct-marketing-objection purposes[1].objection"));
        assertEquals(List.of(), found(register, A30));
    }

    @Test
    void asksForASection29GroundWhereAPurposeUsesTheIdentityCode() {
        Register register = withPurposes(billingWithoutBasisOrGround().legalBasis(LegalBasis.contract()).build(),
                marketing());
        assertEquals(List.of("WARNING identity-code.ground purposes[0].identityCodeGround"), found(register, A13));
        assertTrue(found(register, R).contains("INFO identity-code.ground purposes[0].identityCodeGround"));
        Finding finding = Compliance.check(register, A13).findings().get(0);
        assertEquals("Henkilötunnusta käsitellään (”Laskutus”), mutta käsittelyn perustetta tietosuojalain 29 §:n "
                + "mukaan ei ole kerrottu: kerro se identityCodeGround-kohdassa jokaisessa käyttötarkoituksessa, jonka "
                + "categories sisältää nämä tiedot.", finding.message(Language.FI));
    }

    @Test
    void reportsAnIdentityCodeNoPurposeUsesAtTheCategory() {
        Register unused = withPurposes(Purpose.builder("billing", fi("Laskutus")).legalBasis(LegalBasis.contract())
                .categories("contact").build(), marketing());
        assertEquals(List.of("WARNING identity-code.ground dataCategories[2]"), found(unused, A13));
        assertTrue(found(unused, R).contains("INFO identity-code.ground dataCategories[2]"));
    }

    @Test
    void aFindingWhoseFixGoesElsewhereThanItsPathSaysWhereInEveryLanguage() {
        Register partial = withRetention(RetentionRule.of(Retention.criteria(fi("Asiakkuuden ajan")), "contact"));
        Finding retention = Compliance.check(partial, A13).findings().get(0);
        assertEquals("dataCategories[2]", retention.path());
        Register noContact = Register.builder("r", fi("R"), Organisation.of("Esimerkki Oy", ContactDetails.none()))
                .build();
        Finding contact = Compliance.check(noContact, A13).findings().stream()
                .filter(f -> f.rule() == Rule.CONTROLLER_CONTACT).findFirst().orElseThrow();
        for (Language language : Language.values()) {
            assertTrue(retention.message(language).contains(" retention"), retention.message(language));
            assertTrue(contact.message(language).contains("address, phone, email"), contact.message(language));
        }
        assertTrue(retention.message(Language.FI).endsWith(": lisää ylätason retention-luetteloon sääntö, jonka"
                + " categories mainitsee tämän tietoryhmän (tai ryhmän, johon se kuuluu)."),
                retention.message(Language.FI));
    }

    @Test
    void treatsDataUnderASensitiveCategoryAsSensitive() {
        Register register = complete()
                .dataCategory(DataCategory.of("health", fi("Terveystiedot")).with(Sensitivity.SPECIAL_CATEGORY))
                .dataCategory(DataCategory.of("health.allergies", fi("Allergiat")))
                .purpose(Purpose.builder("catering", fi("Tarjoilu")).legalBasis(LegalBasis.contract())
                        .categories("health.allergies").build())
                .retention(RetentionRule.of(Retention.criteria(fi("Tapahtuman ajan")), "health"))
                .build();
        assertEquals(List.of("ERROR special-category.condition purposes[2].specialCategoryCondition"),
                found(register, A13));
        // HetiL 11-12 § forbade sensitive data without a §12 exception: as strict as Art. 9.
        assertTrue(found(register, R).contains("ERROR special-category.condition purposes[2].specialCategoryCondition"));
    }

    @Test
    void acceptsSpecialCategoryDataWithAnArticle9Condition() {
        Register register = complete()
                .dataCategory(DataCategory.of("health", fi("Terveystiedot")).with(Sensitivity.SPECIAL_CATEGORY))
                .purpose(Purpose.builder("catering", fi("Tarjoilu")).legalBasis(LegalBasis.contract())
                        .categories("health").specialCategoryCondition(SpecialCategoryCondition.EXPLICIT_CONSENT)
                        .build())
                .retention(RetentionRule.of(Retention.criteria(fi("Tapahtuman ajan")), "health"))
                .build();
        assertEquals(List.of(), found(register, A13));
    }

    @Test
    void asksForTheLawAuthorisingCriminalOffenceData() {
        Register.Builder builder = complete()
                .dataCategory(DataCategory.of("criminal-record", fi("Rikostaustaote"))
                        .with(Sensitivity.CRIMINAL_OFFENCE))
                .retention(RetentionRule.of(Retention.criteria(fi("Tarkastuksen ajan")), "criminal-record"));
        Register unauthorised = builder.purpose(Purpose.builder("vetting", fi("Taustan tarkastus"))
                .legalBasis(LegalBasis.ofCode("legal-obligation")).categories("criminal-record").build()).build();
        assertEquals(List.of(
                "WARNING purpose.law purposes[2].legalBasis.law",
                "ERROR criminal-data.authorisation purposes[2].criminalDataAuthorisation"), found(unauthorised, A13));
        Register unused = complete()
                .dataCategory(DataCategory.of("criminal-record", fi("Rikostaustaote"))
                        .with(Sensitivity.CRIMINAL_OFFENCE))
                .retention(RetentionRule.of(Retention.criteria(fi("Tarkastuksen ajan")), "criminal-record"))
                .build();
        assertEquals(List.of("ERROR criminal-data.authorisation dataCategories[3]"), found(unused, A13));
    }

    @Test
    void asksForSubjectGroupsAndDataContentWhereTheDocumentListsThem() {
        Register register = Register.builder("r", fi("R"), controller("FI")).build();
        assertTrue(found(register, R).containsAll(List.of(
                "ERROR subject-category.missing subjectCategories", "ERROR data-category.missing dataCategories")));
        assertTrue(found(register, A30).containsAll(List.of(
                "ERROR subject-category.missing subjectCategories", "ERROR data-category.missing dataCategories")));
        assertTrue(found(register, A14).contains("ERROR data-category.missing dataCategories"));
        assertFalse(found(register, A14).contains("ERROR subject-category.missing subjectCategories"));
        assertFalse(found(register, A13).stream().anyMatch(line -> line.contains("category.missing")));
    }

    @Test
    void countsRetentionOfAnAncestorOrOfEverySubCategory() {
        Register childOnly = withRetention(RetentionRule.of(Retention.criteria(fi("Asiakkuuden ajan")),
                "contact.email", "identity-code"));
        assertEquals(List.of(), found(childOnly, A13), "a parent whose only child is covered");
        Register parentOnly = withRetention(RetentionRule.of(Retention.criteria(fi("Asiakkuuden ajan")),
                "contact", "identity-code"));
        assertEquals(List.of(), found(parentOnly, A13), "a child covered through its parent");
        Register partial = withRetention(RetentionRule.of(Retention.criteria(fi("Asiakkuuden ajan")), "contact"));
        assertEquals(List.of("ERROR data-category.retention dataCategories[2]"), found(partial, A13));
        assertEquals(List.of("WARNING data-category.retention dataCategories[2]"), found(partial, A30));
        assertEquals(List.of("INFO document.superseded "), found(partial, R));
    }

    private static Register withRetention(RetentionRule rule) {
        Register base = complete().build();
        Register.Builder builder = Register.builder(base.key(), base.name(), base.controller());
        base.contactPoint().ifPresent(builder::contactPoint);
        base.dataProtectionOfficer().ifPresent(builder::dataProtectionOfficer);
        base.subjectCategories().forEach(builder::subjectCategory);
        base.dataCategories().forEach(builder::dataCategory);
        base.purposes().forEach(builder::purpose);
        base.sources().forEach(builder::source);
        base.disclosures().forEach(builder::disclosure);
        base.transfers().ifPresent(builder::transfers);
        builder.retention(rule);
        builder.security(base.security());
        base.automatedDecisionMaking().ifPresent(builder::automatedDecisionMaking);
        base.provisionRequirement().ifPresent(builder::provisionRequirement);
        return builder.build();
    }

    @Test
    void requiresSourcesInTheArt14NoticeAndAnExternalOneToMakeItApply() {
        Register none = Register.builder("r", fi("R"), controller("FI")).build();
        assertTrue(found(none, A14).contains("ERROR source.missing sources"));
        assertTrue(found(none, R).contains("INFO source.missing sources"));
        assertFalse(found(none, A13).stream().anyMatch(line -> line.contains("source")));
        Register own = Register.builder("r", fi("R"), controller("FI"))
                .source(Source.DataSubject.of(fi("Asiakkaan ilmoittamat tiedot"))).build();
        assertTrue(found(own, A14).contains("INFO source.external sources"));
    }

    @Test
    void distinguishesSilenceOnDisclosuresFromAGeneralStatement() {
        Register silent = Register.builder("r", fi("R"), controller("FI")).build();
        for (DocumentType type : DocumentType.values()) {
            assertTrue(found(silent, type).contains("ERROR disclosure.missing disclosures"), type.code());
        }
        Register general = Register.builder("r", fi("R"), controller("FI"))
                .introduction(Topic.DISCLOSURES, fi("Tietoja luovutetaan lain sallimissa rajoissa.")).build();
        assertTrue(found(general, A13).contains("WARNING disclosure.recipients-unnamed disclosures"));
        assertTrue(found(general, R).contains("INFO disclosure.recipients-unnamed disclosures"));
        assertFalse(found(general, A13).contains("ERROR disclosure.missing disclosures"));
    }

    @Test
    void asksForAStatementOnTransfersInEveryDocument() {
        Register silent = Register.builder("r", fi("R"), controller("FI")).build();
        // HetiL 10 § asked for the transfers made; silence reads as none, so a gap in clarity, not an omission.
        assertTrue(found(silent, R).contains("WARNING transfer.statement transfers"));
        assertTrue(found(silent, A13).contains("WARNING transfer.statement transfers"));
        Register none = Register.builder("r", fi("R"), controller("FI")).transfers(Transfers.none()).build();
        assertFalse(found(none, R).stream().anyMatch(line -> line.contains("transfer")));
    }

    @Test
    void requiresASafeguardForEveryTransfer() {
        Register register = complete().transfers(Transfers.of(
                Transfer.to("JP", Safeguard.ADEQUACY_DECISION),
                new Transfer("IN", Optional.empty(), List.of(), Optional.empty(), Optional.empty()))).build();
        assertEquals(List.of("ERROR transfer.safeguard transfers.transfers[1].safeguard"), found(register, A13));
        assertEquals(List.of("INFO document.superseded ", "WARNING transfer.safeguard transfers.transfers[1].safeguard"),
                found(register, R));
        assertTrue(Compliance.check(register, A13).findings().get(0).message(Language.SV).contains("IN"));
    }

    @Test
    void findsADisclosureToAThirdCountryTheTransfersDoNotList() {
        Disclosure abroad = Disclosure.of("hosting", fi("Pilvipalvelu Inc."), "contact")
                .withRole(RecipientRole.PROCESSOR).inCountry("US");
        Register undeclared = complete().disclosure(abroad).transfers(Transfers.none()).build();
        assertEquals(List.of("ERROR transfer.undeclared disclosures[1].country"), found(undeclared, A13));
        assertTrue(found(undeclared, R).contains("ERROR transfer.undeclared disclosures[1].country"));
        assertEquals("The recipient “Pilvipalvelu Inc.” is in US, outside the EU/EEA, but the section on transfers "
                + "does not name that country: add a transfer to US under the top-level transfers.",
                Compliance.check(undeclared, A13).findings().get(0).message(Language.EN));
        Register declared = complete().disclosure(abroad).transfers(Transfers.of(
                Transfer.to("US", Safeguard.STANDARD_CONTRACTUAL_CLAUSES).withSafeguardCopy(fi("Pyydä meiltä."))))
                .build();
        assertEquals(List.of(), found(declared, A13));
        Register withinEea = complete().disclosure(abroad.inCountry("SE")).transfers(Transfers.none()).build();
        assertEquals(List.of(), found(withinEea, A13));
    }

    @Test
    void rejectsAnAdequacyDecisionTheCommissionHasNotMade() {
        Register register = complete().transfers(Transfers.of(Transfer.to("BR", Safeguard.ADEQUACY_DECISION)))
                .build();
        assertEquals(List.of("ERROR transfer.adequacy transfers.transfers[0].safeguard"), found(register, A13));
        assertEquals("The transfer to BR relies on an adequacy decision, but the Commission has made none for that "
                + "country (as of 2025-01-01).", Compliance.check(register, A13).findings().get(0).message(Language.EN));
    }

    @Test
    void judgesAdequacyByTheGivenCountryLists() {
        Register register = complete().transfers(Transfers.of(Transfer.to("BR", Safeguard.ADEQUACY_DECISION)))
                .build();
        TransferCountries newer = TransferCountries.of(LocalDate.of(2027, 1, 1), TransferCountries.current().eea(),
                Map.of("BR", new TransferCountries.Adequacy("BR", Optional.empty())));
        assertTrue(Compliance.check(register, A13, newer).isClean());
    }

    @Test
    void pointsOutThatAPartialAdequacyDecisionCoversOnlySomeRecipients() {
        Register register = complete().transfers(Transfers.of(Transfer.to("US", Safeguard.ADEQUACY_DECISION)))
                .build();
        assertEquals(List.of("INFO transfer.adequacy-scope transfers.transfers[0].country"), found(register, A13));
        assertTrue(Compliance.check(register, A13).findings().get(0).message(Language.FI).contains("1.1.2025"));
    }

    @Test
    void asksWhereACopyOfArticle46SafeguardsIsAvailable() {
        Register withoutCopy = complete().transfers(Transfers.of(
                Transfer.to("IN", Safeguard.STANDARD_CONTRACTUAL_CLAUSES),
                Transfer.to("IN", Safeguard.DEROGATION_EXPLICIT_CONSENT))).build();
        assertEquals(List.of("ERROR transfer.safeguard-copy transfers.transfers[0].safeguardCopy"),
                found(withoutCopy, A13));
        assertEquals(List.of(), found(withoutCopy, A30));
        Register compelling = complete().transfers(Transfers.of(
                Transfer.to("IN", Safeguard.COMPELLING_LEGITIMATE_INTERESTS))).build();
        assertEquals(List.of("ERROR transfer.safeguard-copy transfers.transfers[0].safeguardCopy",
                "INFO transfer.compelling-interests transfers.transfers[0].safeguard"), found(compelling, A13));
        assertEquals(List.of("INFO transfer.compelling-interests transfers.transfers[0].safeguard"),
                found(compelling, A30));
        Register withCopy = complete().transfers(Transfers.of(Transfer.to("IN", Safeguard.STANDARD_CONTRACTUAL_CLAUSES)
                .withSafeguardCopy(fi("Pyydä jäljennös tietosuojavastaavalta.")))).build();
        assertEquals(List.of(), found(withCopy, A13));
    }

    @Test
    void requiresSecurityPrinciplesInTheClassicStatementAndTheRecord() {
        Register none = complete().security(SecurityMeasures.none()).build();
        assertTrue(found(none, R).contains("ERROR security.missing security"));
        assertEquals(List.of("WARNING security.missing security"), found(none, A30));
        assertEquals(List.of(), found(none, A13));
        Register electronicOnly = complete()
                .security(SecurityMeasures.none().withElectronic(fi("Palvelimet suojattu."))).build();
        assertEquals(List.of("INFO document.superseded ", "INFO security.incomplete security.manual"),
                found(electronicOnly, R));
    }

    @Test
    void asksForTheArticle13Point2Statements() {
        Register base = complete().build();
        Register register = Register.builder(base.key(), base.name(), base.controller())
                .contactPoint(base.contactPoint().orElseThrow())
                .dataProtectionOfficer(base.dataProtectionOfficer().orElseThrow())
                .subjectCategory(base.subjectCategories().get(0))
                .dataCategory(base.dataCategories().get(0))
                .dataCategory(base.dataCategories().get(1))
                .dataCategory(base.dataCategories().get(2))
                .purpose(billing()).purpose(marketing())
                .source(base.sources().get(1))
                .disclosure(base.disclosures().get(0))
                .transfers(Transfers.none())
                .retention(base.retention().get(0))
                .security(base.security())
                .build();
        assertEquals(List.of(
                "WARNING automated-decision.statement automatedDecisionMaking",
                "WARNING provision-requirement.missing provisionRequirement"), found(register, A13));
        assertEquals(List.of("WARNING automated-decision.statement automatedDecisionMaking"), found(register, A14));
        assertEquals(List.of(), found(register, A30));
    }

    @Test
    void findsLegacyReferencesInEveryLanguageOfEveryText() {
        Register register = complete()
                .introduction(Topic.RIGHTS, LocalizedText.of(
                        "Oikeudet henkilötietolain mukaan.",
                        "Rättigheter enligt personuppgiftslagen.",
                        "Rights under the Personal Data Act."))
                .transfers(Transfers.none(fi("Viestintävirasto valvoo.")))
                .build();
        List<Finding> legacy = Compliance.check(register, A30).findings(Rule.LEGACY_REFERENCE);
        assertEquals(List.of("introductions.rights", "introductions.rights", "introductions.rights",
                "transfers.statement"), legacy.stream().map(Finding::path).toList());
        assertEquals(List.of("in Finnish", "in Swedish", "in English", "in Finnish"),
                legacy.stream().map(f -> f.arguments().get(2).text(Language.EN)).toList());
        assertTrue(legacy.get(1).message(Language.FI).startsWith("Teksti (ruotsiksi) viittaa"),
                legacy.get(1).message(Language.FI));
        assertTrue(legacy.get(0).message(Language.SV).contains("dataskyddslagen 1050/2018"));
        assertTrue(legacy.get(3).message(Language.FI).contains("Liikenne- ja viestintävirasto Traficom"));
        assertTrue(legacy.stream().allMatch(f -> f.severity() == Severity.WARNING));
    }

    @Test
    void doesNotMistakeTheCurrentNamesForLegacyOnes() {
        Register register = complete()
                .introduction(Topic.SECURITY, fi("Liikenne- ja viestintävirasto Traficomin ohjeet, DIN 66399."))
                .build();
        assertEquals(List.of(), found(register, A13));
    }

    @Test
    void reportsTheSameFindingsInTheSameOrderEveryTime() {
        Register register = withPurposes(
                Purpose.builder("a", fi("A")).build(), Purpose.builder("b", fi("B")).build(),
                Purpose.builder("c", fi("C")).build());
        List<String> first = found(register, A13);
        assertEquals(List.of("ERROR purpose.legal-basis purposes[0].legalBasis",
                "ERROR purpose.legal-basis purposes[1].legalBasis",
                "ERROR purpose.legal-basis purposes[2].legalBasis"), first.subList(0, 3));
        assertEquals(first, found(register, A13));
    }

    @Test
    void appliesOnlyTheRulesOfTheDocumentType() {
        Register empty = Register.builder("r", fi("R"), controller("FI")).build();
        for (DocumentType type : DocumentType.values()) {
            ComplianceReport report = Compliance.check(empty, type);
            assertEquals(type, report.documentType());
            for (Finding finding : report.findings()) {
                assertEquals(finding.rule().severity(type), Optional.of(finding.severity()), finding.toString());
            }
        }
        Set<Rule> classic = Set.copyOf(Compliance.check(empty, R).findings().stream().map(Finding::rule).toList());
        assertFalse(classic.contains(Rule.PROVISION_REQUIREMENT_MISSING));
        assertTrue(classic.contains(Rule.DOCUMENT_SUPERSEDED));
    }

    @Test
    void refusesNulls() {
        assertThrows(NullPointerException.class, () -> Compliance.check(complete().build(), null));
    }
}
