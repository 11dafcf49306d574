package fi.rekisteri.jpa;

import fi.rekisteri.core.Acknowledgement;
import fi.rekisteri.core.AutomatedDecisionMaking;
import fi.rekisteri.core.ContactDetails;
import fi.rekisteri.core.ContactPoint;
import fi.rekisteri.core.Cookie;
import fi.rekisteri.core.CookieLifetime;
import fi.rekisteri.core.DataCategory;
import fi.rekisteri.core.DataSubjectCategory;
import fi.rekisteri.core.Disclosure;
import fi.rekisteri.core.DocumentMetadata;
import fi.rekisteri.core.IdentityCodeGround;
import fi.rekisteri.core.Language;
import fi.rekisteri.core.LegalBasis;
import fi.rekisteri.core.LocalizedText;
import fi.rekisteri.core.NoDisclosures;
import fi.rekisteri.core.Organisation;
import fi.rekisteri.core.PostalAddress;
import fi.rekisteri.core.Provision;
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
import fi.rekisteri.core.Topic;
import fi.rekisteri.core.Transfer;
import fi.rekisteri.core.Transfers;
import fi.rekisteri.core.identifier.BusinessId;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;

/** Registers for the tests: one with every part filled, and registers of a chosen size. */
final class SampleRegisters {

    private SampleRegisters() {}

    private static LocalizedText text(String fi, String sv, String en) {
        return LocalizedText.of(fi, sv, en);
    }

    /**
     * A municipal unit's register with joint controllers, a bilingual name, an invalid business ID, PO-box and
     * visiting addresses without postal codes, contact points with roles, the document's dates and framework, and
     * restricted rights: every element about the parties and the document.
     */
    static Register parties(String key) {
        Organisation unit = Organisation.of(text("Liikuntapalvelut", "Idrottstjänster", "Sports services"),
                ContactDetails.none()
                        .withAddress(PostalAddress.poBox("PL 3", "99101", "Esimerkkilä"))
                        .withVisitingAddress(PostalAddress.of("Torikatu 11", "99100", "Esimerkkilä").withoutPostalCode())
                        .withEmail("kirjaamo(at)esimerkkila.example"))
                .withKind(fi.rekisteri.core.OrganisationKind.MUNICIPALITY)
                .withUnitOf(LocalizedText.of(fi.rekisteri.core.Language.SV, "Exempelby stad"))
                .withInvalidBusinessId("0209602-5");
        Organisation partner = Organisation.of("Kumppani Oy", BusinessId.parse("2135102-9"),
                ContactDetails.none().withPhone("040 000 0000"));
        return Register.builder(key, text("Asiakasrekisteri", "Kundregister", "Customer register"), unit)
                .metadata(fi.rekisteri.core.DocumentMetadata.of("3", java.time.LocalDate.of(2017, 1, 2))
                        .withLastChanged(java.time.LocalDate.of(2024, 5, 6))
                        .withInForceFrom(java.time.LocalDate.of(2024, 6, 1))
                        .withFramework(fi.rekisteri.core.LegalFramework.GDPR)
                        .withChangeNotice(text("Verkkosivuilla", "På webbplatsen", "On the website")))
                .jointControl(fi.rekisteri.core.JointControl.of(List.of(partner, Organisation.of("Toinen ry",
                        ContactDetails.none())), LocalizedText.fi("Kaupunki vastaa tietopyynnöistä."))
                        .withContactPoint(ContactPoint.of("Tietopyynnöt", LocalizedText.en("Requests"),
                                ContactDetails.none().withEmail("tietopyynnot@esimerkkila.example"))))
                .contactPoint(ContactPoint.of("Asiakaspalvelu", text("Asiakasasiat", "Kundärenden", "Customers"),
                        ContactDetails.none().withPhone("09 123")))
                .contactPoint(ContactPoint.of("Arkisto", ContactDetails.none().withEmail("arkisto@esimerkkila.example")))
                .contactPoint(ContactPoint.of("Kirjaamo", ContactDetails.none().withPhone("09 456")))
                .rightsRestriction(fi.rekisteri.core.RightsRestriction.of(fi.rekisteri.core.DataSubjectRight.ERASURE,
                        LocalizedText.fi("Arkistoitavia tietoja ei poisteta."), LocalizedText.fi("Arkistolaki 831/1994")))
                .rightsRestriction(fi.rekisteri.core.RightsRestriction.of(fi.rekisteri.core.DataSubjectRight.ACCESS,
                        LocalizedText.of(fi.rekisteri.core.Language.SV, "Begränsad")))
                .build();
    }

    /** A customer register of an advertising agency with every part, every sealed variant and three languages. */
    static Register full(String key) {
        Organisation controller = Organisation.of("Mainostoimisto Esimerkki Oy", BusinessId.parse("1234567-1"),
                ContactDetails.none()
                        .withAddress(PostalAddress.of("Esimerkkikatu 1 A", "00100", "Helsinki"))
                        .withPhone("+358 9 123 4567")
                        .withEmail("tietosuoja@esimerkki.example")
                        .withWebsite("https://esimerkki.example"));
        return Register.builder(key, text("Asiakasrekisteri", "Kundregister", "Customer register"), controller)
                .representative(Organisation.of("Representative Ltd",
                        ContactDetails.none().withAddress(new PostalAddress("1 Example Road", "SW1A 1AA", "London",
                                "GB"))))
                .dataProtectionOfficer(ContactPoint.of("Tietosuojavastaava",
                        ContactDetails.none().withEmail("dpo@esimerkki.example")))
                .contactPoint(ContactPoint.of("Maija Meikäläinen",
                        ContactDetails.none().withPhone("+358 40 123 4567").withEmail("maija@esimerkki.example")))
                .subjectCategory(DataSubjectCategory.of("customers", text("Asiakkaat", "Kunder", "Customers"))
                        .withDescription(LocalizedText.fi("Yritysasiakkaiden yhteyshenkilöt")))
                .subjectCategory(DataSubjectCategory.of("prospects", LocalizedText.en("Prospects")))
                .subjectCategory(DataSubjectCategory.of("pupils", LocalizedText.fi("Koululaiset")).includingChildren()
                        .withGuardianConsent(text("Huoltaja hyväksyy", "Vårdnadshavaren godkänner",
                                "The guardian approves")))
                .subjectCategory(DataSubjectCategory.of("teens", LocalizedText.fi("Nuoret")).includingChildren())
                .dataCategory(DataCategory.of("contact", text("Yhteystiedot", "Kontaktuppgifter", "Contact details"))
                        .aboutSubjects("customers", "prospects")
                        .withProvision(Provision.required(text("Ilman tietoja emme voi laskuttaa",
                                "Utan uppgifterna kan vi inte fakturera", "Without them we cannot bill you"))))
                .dataCategory(DataCategory.of("contact.email", LocalizedText.fi("Sähköpostiosoite"))
                        .withDescription(LocalizedText.en("Work e-mail address"))
                        .withProvision(Provision.optional()))
                .dataCategory(DataCategory.of("identity-code", LocalizedText.fi("Henkilötunnus"))
                        .with(Sensitivity.PERSONAL_IDENTITY_CODE).aboutSubjects("customers"))
                .dataCategory(DataCategory.of("health", LocalizedText.fi("Terveystiedot"))
                        .with(Sensitivity.SPECIAL_CATEGORY).with(Sensitivity.CRIMINAL_OFFENCE))
                .purpose(Purpose.builder("billing", text("Laskutus", "Fakturering", "Billing"))
                        .description(LocalizedText.fi("Asiakassuhteen hoito ja laskutus"))
                        .legalBasis(LegalBasis.contract())
                        .alternativeLegalBasis(LegalBasis.legitimateInterests(LocalizedText.fi("Asiakassuhde")))
                        .alternativeLegalBasis(LegalBasis.legalObligation(LocalizedText.of(Language.SV, "Bokföringslagen")))
                        .alternativeLegalBasis(LegalBasis.vitalInterests())
                        .categories("contact", "identity-code")
                        .subjects("customers")
                        .identityCodeGround(IdentityCodeGround.UNAMBIGUOUS_IDENTIFICATION)
                        .build())
                .purpose(Purpose.builder("newsletter", LocalizedText.fi("Uutiskirje"))
                        .legalBasis(LegalBasis.consent(LocalizedText.fi("Peruutuslinkki jokaisessa viestissä")))
                        .categories("contact.email")
                        .subjects("customers", "prospects")
                        .directMarketing()
                        .objection(LocalizedText.en("Reply STOP"))
                        .build())
                .purpose(Purpose.builder("bookkeeping", LocalizedText.fi("Kirjanpito"))
                        .legalBasis(LegalBasis.legalObligation(LocalizedText.fi("Kirjanpitolaki (1336/1997)")))
                        .categories("contact").build())
                .purpose(Purpose.builder("emergencies", LocalizedText.fi("Hätätilanteet"))
                        .legalBasis(LegalBasis.vitalInterests())
                        .categories("health")
                        .specialCategoryCondition(SpecialCategoryCondition.VITAL_INTERESTS)
                        .criminalDataAuthorisation(LocalizedText.fi("Tietosuojalaki 7 §"))
                        .build())
                .purpose(Purpose.builder("statistics", LocalizedText.fi("Tilastot"))
                        .legalBasis(LegalBasis.publicTask(LocalizedText.fi("Tilastolaki"))).build())
                .purpose(Purpose.builder("fraud", LocalizedText.fi("Väärinkäytösten estäminen"))
                        .legalBasis(LegalBasis.legitimateInterests(LocalizedText.fi("Petosten torjunta")))
                        .categories("contact").build())
                .purpose(Purpose.builder("draft", LocalizedText.fi("Luonnos")).build())
                .source(Source.DataSubject.of(LocalizedText.fi("Asiakkaalta itseltään")))
                .source(new Source.Internal(LocalizedText.fi("Laskutusjärjestelmästä"), List.of("contact")))
                .source(Source.External.of(text("Väestötietojärjestelmä", "Befolkningsdatasystemet",
                                "Population Information System"))
                        .withBusinessId(BusinessId.parse("0112038-9"))
                        .withSupplies(LocalizedText.fi("Osoitteenmuutokset"))
                        .withReason(LocalizedText.fi("Osoitteiden ajantasaisuus"))
                        .withCategories("contact", "contact.email")
                        .asPubliclyAccessible())
                .disclosure(Disclosure.of("accounting", LocalizedText.fi("Tilitoimisto"), "contact")
                        .withRole(RecipientRole.PROCESSOR)
                        .forPurposes("billing", "bookkeeping")
                        .withBasis(LocalizedText.fi("Toimeksiantosopimus"))
                        .inCountry("FI"))
                .disclosure(Disclosure.of("tax", LocalizedText.fi("Verohallinto"))
                        .withRole(RecipientRole.PUBLIC_AUTHORITY))
                .disclosure(Disclosure.of("partners", LocalizedText.fi("Yhteistyökumppanit")).withoutRole())
                .transfers(Transfers.of(
                        Transfer.to("US", Safeguard.STANDARD_CONTRACTUAL_CLAUSES)
                                .withRecipient(LocalizedText.en("Mail service Inc."))
                                .withCategories("contact.email")
                                .withSafeguardCopy(LocalizedText.fi("Pyydä kopio tietosuojavastaavalta")),
                        Transfer.to("US", Safeguard.ADEQUACY_DECISION).certifiedUnderDataPrivacyFramework()
                                .withRecipient(LocalizedText.en("Cloud Inc.")),
                        new Transfer("IN", Optional.empty(), List.of(),
                                Optional.empty(), Optional.empty())))
                .retention(RetentionRule.of(Retention.after(Period.ofYears(6),
                        text("tilikauden päättymisestä", "räkenskapsperiodens slut", "the end of the financial year")),
                        "contact", "identity-code"))
                .retention(RetentionRule.of(Retention.criteria(LocalizedText.fi("Kunnes suostumus peruutetaan")),
                        "contact.email"))
                .retention(RetentionRule.of(Retention.fromCollection(Period.ofMonths(18)), "health"))
                .retention(RetentionRule.of(Retention.timed(Duration.ofMinutes(10),
                        text("istunnon päättymisestä", "sessionens slut", "the end of the session")), "contact.email"))
                .retention(RetentionRule.of(new Retention.Timed(Duration.ofHours(36), Optional.empty()), "health"))
                .retention(RetentionRule.of(Retention.until(Retention.Condition.CONSENT_WITHDRAWN), "contact.email"))
                .retention(RetentionRule.of(new Retention.Until(Retention.Condition.OTHER,
                        Optional.of(LocalizedText.fi("Kunnes hanke päättyy"))), "identity-code"))
                .security(SecurityMeasures.none()
                        .withGeneral(LocalizedText.fi("Pääsy vain tarvitseville"))
                        .withManual(LocalizedText.fi("Lukitussa kaapissa"))
                        .withElectronic(text("Salattu yhteys", "Krypterad förbindelse", "Encrypted connection")))
                .automatedDecisionMaking(AutomatedDecisionMaking.used(LocalizedText.fi("Luottopäätökset")))
                .provisionRequirement(LocalizedText.fi("Tietojen antaminen on sopimuksen edellytys"))
                .metadata(DocumentMetadata.of("2.1", LocalDate.of(2026, 11, 1)))
                .introduction(Topic.RIGHTS, LocalizedText.fi("Sinulla on oikeus …"))
                .introduction(Topic.SECURITY, LocalizedText.of(Language.SV, "Säkerhet …"))
                // One about the register as a whole (the root path), one at a path.
                .acknowledgement(Acknowledgement.of("provision-requirement.missing",
                        "Jokainen tietoryhmä kertoo oman vaatimuksensa", "Tietosuojatiimi", LocalDate.of(2026, 11, 30)))
                .acknowledgement(Acknowledgement.of("transfer.adequacy-scope", "transfers.transfers[0]",
                        "The recipient's certification was checked on 2026-11-28", "maija", LocalDate.of(2026, 11, 28)))
                .build();
    }

    /**
     * A web shop's register with what the full register cannot hold beside its disclosures, listed transfers and
     * data protection officer: "no disclosures" stated, transfers that may occur with their safeguards, cookies of
     * every kind, and the statement that no data protection officer is designated.
     */
    static Register webShop(String key) {
        return Register.builder(key, LocalizedText.fi("Verkkokaupan asiakasrekisteri"),
                        Organisation.of("Kauppa Oy", ContactDetails.none().withEmail("tietosuoja@kauppa.example")))
                .noDataProtectionOfficer("Art. 37(1) does not apply: no large-scale monitoring or special categories")
                .subjectCategory(DataSubjectCategory.of("customers", LocalizedText.fi("Asiakkaat")))
                .dataCategory(DataCategory.of("orders", LocalizedText.fi("Tilaukset")))
                .purpose(Purpose.builder("orders", LocalizedText.fi("Tilausten käsittely"))
                        .legalBasis(LegalBasis.contract()).categories("orders").build())
                .purpose(Purpose.builder("analytics", LocalizedText.fi("Kävijäseuranta"))
                        .legalBasis(LegalBasis.consent(LocalizedText.fi("Evästeasetuksista"))).build())
                .noDisclosures(NoDisclosures.stated(text("Tietoja ei luovuteta", "Uppgifter lämnas inte ut",
                        "No data is disclosed")))
                .transfers(Transfers.mayOccur(LocalizedText.fi("Palveluntarjoajamme voivat käsitellä tietoja EU:n"
                        + " ulkopuolella"), Safeguard.STANDARD_CONTRACTUAL_CLAUSES, Safeguard.BINDING_CORPORATE_RULES))
                .cookie(Cookie.of("session", "JSESSIONID", text("Istunto", "Session", "Session"))
                        .markedStrictlyNecessary().withLifetime(CookieLifetime.session()).forPurposes("orders"))
                .cookie(Cookie.of("analytics", "_ga", LocalizedText.fi("Kävijätilastot"))
                        .withLifetime(CookieLifetime.of(Period.ofMonths(13)))
                        .fromThirdParty(text("Analytiikka Inc.", "Analytik Inc.", "Analytics Inc."), "US")
                        .forPurposes("analytics", "orders"))
                .cookie(Cookie.of("consent", "cookie-consent", LocalizedText.en("Your cookie choices"))
                        .withLifetime(CookieLifetime.of(Duration.ofMinutes(30))))
                .cookie(Cookie.of("pixel", "px", LocalizedText.fi("Seurantapikseli")))
                .build();
    }

    /** A register that states "no disclosures" and "transfers may occur" with neither statement nor safeguards. */
    static Register bareStatements(String key) {
        return Register.builder(key, LocalizedText.fi("Jäsenrekisteri"),
                        Organisation.of("Yhdistys ry", ContactDetails.none()))
                .noDisclosures(NoDisclosures.stated())
                .transfers(new Transfers.MayOccur(Optional.empty(), List.of()))
                .build();
    }

    /**
     * A register with {@code size} parts in each list, each part referring to others; no transfers and no automated
     * decisions stated the other way ({@code none} variants).
     */
    static Register ofSize(String key, int size) {
        Register.Builder b = Register.builder(key, LocalizedText.fi("Rekisteri " + size),
                Organisation.of("Rekisterinpitäjä Oy", ContactDetails.none()));
        for (int i = 0; i < size; i++) {
            b.subjectCategory(DataSubjectCategory.of("subject-" + i, LocalizedText.fi("Ryhmä " + i)));
            b.dataCategory(DataCategory.of("category-" + i, text("Tieto " + i, "Uppgift " + i, "Data " + i))
                    .aboutSubjects("subject-" + i));
        }
        for (int i = 0; i < size; i++) {
            Purpose.Builder purpose = Purpose.builder("purpose-" + i, LocalizedText.fi("Käyttötarkoitus " + i))
                    .legalBasis(LegalBasis.contract())
                    .categories("category-" + i)
                    .subjects("subject-" + i);
            if (size > 1) {
                purpose.categories("category-" + (i + 1) % size);
            }
            b.purpose(purpose.build());
            b.source(new Source.Internal(LocalizedText.fi("Lähde " + i), List.of("category-" + i)));
            b.disclosure(Disclosure.of("recipient-" + i, LocalizedText.fi("Vastaanottaja " + i), "category-" + i)
                    .forPurposes("purpose-" + i));
            b.retention(RetentionRule.of(Retention.after(Period.ofMonths(i + 1), LocalizedText.fi("tapahtumasta")),
                    "category-" + i));
        }
        return b.transfers(Transfers.none(LocalizedText.fi("Tietoja ei siirretä EU:n ulkopuolelle")))
                .automatedDecisionMaking(AutomatedDecisionMaking.none())
                .build();
    }
}
