package fi.rekisteri.export;

import fi.rekisteri.core.Acknowledgement;
import fi.rekisteri.core.AutomatedDecisionMaking;
import fi.rekisteri.core.CategoryHierarchy;
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
import fi.rekisteri.core.RegisterPath;
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
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;

/** Registers for tests: one that uses every part of the model, and the seed register from the test resources. */
public final class TestRegisters {

    private TestRegisters() {}

    /**
     * Every element about the parties and the document: joint controllers, a public body's unit with a bilingual
     * name and an invalid business ID, PO-box and visiting addresses without postal codes, a spelt-out e-mail,
     * contact points with roles, the document's dates, framework and change notice, restricted rights.
     */
    public static Register parties() {
        ContactDetails office = ContactDetails.none()
                .withAddress(PostalAddress.poBox("PL 3", "99101", "Esimerkkilä"))
                .withVisitingAddress(PostalAddress.of("Torikatu 11", "99100", "Esimerkkilä").withoutPostalCode())
                .withEmail("kirjaamo(at)esimerkkila.fi");
        Organisation unit = Organisation.of(LocalizedText.of("Liikuntapalvelut", "Idrottstjänster", "Sports services"),
                office).withKind(fi.rekisteri.core.OrganisationKind.MUNICIPALITY)
                .withUnitOf(LocalizedText.of("Esimerkkilän kaupunki", "Exempelby stad", "City of Esimerkkilä"))
                .withInvalidBusinessId("0209602-5");
        Organisation partner = Organisation.of("Kumppani Oy", BusinessId.parse("2135102-9"),
                ContactDetails.none().withPhone("040 000 0000")).withKind(fi.rekisteri.core.OrganisationKind.COMPANY);
        return Register.builder("parties", LocalizedText.of("Asiakasrekisteri", "Kundregister", "Customer register"), unit)
                .metadata(DocumentMetadata.of("3", LocalDate.of(2017, 1, 2)).withLastChanged(LocalDate.of(2024, 5, 6))
                        .withInForceFrom(LocalDate.of(2024, 6, 1))
                        .withFramework(fi.rekisteri.core.LegalFramework.PERSONAL_DATA_ACT)
                        .withChangeNotice(LocalizedText.of("Verkkosivuilla", "På webbplatsen", "On the website"))
                        .withNoticeUrl(LocalizedText.fi("https://example.fi/tietosuoja"))
                        .withFirstLayerUrl(LocalizedText.of("https://example.fi/tietosuoja/lyhyesti",
                                "https://example.fi/sv/dataskydd/i-korthet", "https://example.fi/en/privacy/in-brief")))
                .jointControl(fi.rekisteri.core.JointControl.of(List.of(partner),
                        LocalizedText.fi("Kaupunki vastaa tietopyynnöistä."))
                        .withContactPoint(ContactPoint.of("Tietopyynnöt", LocalizedText.fi("Rekisteröidyn pyynnöt"),
                                ContactDetails.none().withEmail("tietopyynnot@esimerkkila.fi"))))
                .contactPoint(ContactPoint.of("Asiakaspalvelu", LocalizedText.of("Asiakasasiat", "Kundärenden", "Customer matters"),
                        ContactDetails.none().withPhone("09 123")))
                .contactPoint(ContactPoint.of("Arkisto", ContactDetails.none().withEmail("arkisto@esimerkkila.fi")))
                .rightsRestriction(fi.rekisteri.core.RightsRestriction.of(fi.rekisteri.core.DataSubjectRight.ERASURE,
                        LocalizedText.fi("Arkistoitavia tietoja ei poisteta."), LocalizedText.fi("Arkistolaki 831/1994")))
                .rightsRestriction(fi.rekisteri.core.RightsRestriction.of(fi.rekisteri.core.DataSubjectRight.ACCESS,
                        LocalizedText.of("Rajoitettu", "Begränsad", "Restricted")))
                .build();
    }

    /** Every property of the format in use, with texts that tempt YAML and HTML to misread them. */
    public static Register maximal() {
        Register register = Register.builder("maximal", LocalizedText.of("Kaikki \"osat\" & <script>", "Alla delar", "All parts"),
                        Organisation.of("Esimerkki Oy", BusinessId.parse("2135102-9"), ContactDetails.none()
                                .withAddress(PostalAddress.of("Katu 1", "00100", "Helsinki"))
                                .withPhone("0445962025").withEmail("a@example.fi").withWebsite("https://example.fi")))
                .metadata(DocumentMetadata.of("1.0", LocalDate.of(2026, 11, 25)))
                .representative(Organisation.of("Edustaja GmbH", ContactDetails.none()
                        .withAddress(new PostalAddress("Straße 2", "10115", "Berlin", "DE"))))
                .dataProtectionOfficer(ContactPoint.of("Tietosuojavastaava", ContactDetails.none().withEmail("dpo@example.fi")))
                .contactPoint(ContactPoint.of("NO", ContactDetails.none().withPhone("true")))
                .introduction(Topic.PURPOSES, LocalizedText.fi("Tietoja käytetään:\n\nseuraaviin tarkoituksiin"))
                .introduction(Topic.RIGHTS, LocalizedText.en("yes"))
                .subjectCategory(DataSubjectCategory.of("customer", LocalizedText.fi("Asiakkaat"))
                        .withDescription(LocalizedText.fi("null")))
                .subjectCategory(DataSubjectCategory.of("employee", LocalizedText.of(Language.SV, "Anställda")))
                .subjectCategory(DataSubjectCategory.of("pupil", LocalizedText.fi("Oppilaat"))
                        .withGuardianConsent(LocalizedText.fi("Huoltaja antaa suostumuksen alle 13-vuotiaan puolesta.")))
                .dataCategory(DataCategory.of("contact", LocalizedText.fi("Yhteystiedot"))
                        .withDescription(LocalizedText.fi("Osoite: katu"))
                        .withProvision(Provision.required(LocalizedText.fi("Sopimusta ei voida tehdä."))))
                .dataCategory(DataCategory.of("contact.email", LocalizedText.fi("Sähköposti")).aboutSubjects("customer")
                        .withProvision(Provision.optional()))
                .dataCategory(DataCategory.of("identity-code", LocalizedText.fi("Henkilötunnus"))
                        .with(Sensitivity.PERSONAL_IDENTITY_CODE).with(Sensitivity.SPECIAL_CATEGORY)
                        .with(Sensitivity.CRIMINAL_OFFENCE))
                .purpose(Purpose.builder("billing", LocalizedText.fi("Laskutus"))
                        .description(LocalizedText.fi("Laskujen lähettäminen"))
                        .legalBasis(LegalBasis.contract())
                        .categories("contact", "identity-code").subjects("customer")
                        .specialCategoryCondition(SpecialCategoryCondition.LEGAL_CLAIMS)
                        .identityCodeGround(IdentityCodeGround.UNAMBIGUOUS_IDENTIFICATION)
                        .criminalDataAuthorisation(LocalizedText.fi("Laki 1/2000"))
                        .build())
                .purpose(Purpose.builder("marketing", LocalizedText.fi("Suoramarkkinointi"))
                        .legalBasis(LegalBasis.consent(LocalizedText.fi("Peru suostumus sähköpostilla")))
                        .directMarketing().objection(LocalizedText.fi("Kiellä markkinointi")).build())
                .purpose(Purpose.builder("accounting", LocalizedText.fi("Kirjanpito"))
                        .legalBasis(LegalBasis.legalObligation(LocalizedText.fi("Kirjanpitolaki 1336/1997"))).build())
                .purpose(Purpose.builder("task", LocalizedText.fi("Tehtävä"))
                        .legalBasis(LegalBasis.publicTask(LocalizedText.fi("Laki 2/2000"))).build())
                .purpose(Purpose.builder("security", LocalizedText.fi("Tietoturva"))
                        .legalBasis(LegalBasis.legitimateInterests(LocalizedText.fi("Palvelun suojaaminen"))).build())
                .purpose(Purpose.builder("rescue", LocalizedText.fi("Pelastus"))
                        .legalBasis(LegalBasis.vitalInterests()).build())
                .purpose(Purpose.builder("newsletter", LocalizedText.fi("Uutiskirje"))
                        .legalBasis(LegalBasis.contract())
                        .alternativeLegalBasis(LegalBasis.legitimateInterests(LocalizedText.fi("Asiakassuhde")))
                        .alternativeLegalBasis(LegalBasis.vitalInterests()).build())
                .purpose(Purpose.builder("statistics", LocalizedText.fi("Tilastot")).build())
                .source(new Source.DataSubject(LocalizedText.fi("Asiakkaan ilmoittamat"), java.util.List.of("contact")))
                .source(Source.Internal.of(LocalizedText.fi("Asiakashistoria")))
                .source(Source.External.of(LocalizedText.fi("YTJ")).withBusinessId(BusinessId.parse("0245437-2"))
                        .withSupplies(LocalizedText.fi("Y-tunnus")).withReason(LocalizedText.fi("Tarkistus"))
                        .withCategories("contact").asPubliclyAccessible())
                .disclosure(Disclosure.of("tax", LocalizedText.fi("Verohallinto"), "contact")
                        .withRole(RecipientRole.PUBLIC_AUTHORITY).forPurposes("accounting")
                        .withBasis(LocalizedText.fi("Laki")).inCountry("FI"))
                .transfers(Transfers.of(Transfer.to("US", Safeguard.STANDARD_CONTRACTUAL_CLAUSES)
                        .withRecipient(LocalizedText.en("Cloud Inc.")).withCategories("contact.email")
                        .withSafeguardCopy(LocalizedText.fi("Pyydä tietosuojavastaavalta")),
                        Transfer.to("US", Safeguard.ADEQUACY_DECISION).withRecipient(LocalizedText.en("Analytics Inc."))
                                .certifiedUnderDataPrivacyFramework()))
                .cookie(Cookie.of("session", "SESSIONID", LocalizedText.fi("Ostoskori")).markedStrictlyNecessary()
                        .withLifetime(CookieLifetime.session()))
                .cookie(Cookie.of("ga", "_ga", LocalizedText.fi("Kävijäseuranta"))
                        .withLifetime(CookieLifetime.of(Period.ofMonths(13)))
                        .fromThirdParty(LocalizedText.en("Analytics Inc."), "US").forPurposes("marketing"))
                .cookie(Cookie.of("consent", "consent_state", LocalizedText.fi("Evästevalinnat"))
                        .withLifetime(CookieLifetime.of(Duration.ofMinutes(30))).markedStrictlyNecessary())
                .retention(RetentionRule.of(Retention.after(Period.ofYears(6), LocalizedText.fi("tilikauden päättyminen")),
                        "contact"))
                .retention(RetentionRule.of(Retention.criteria(LocalizedText.fi("Niin kauan kuin tarpeen")),
                        "identity-code"))
                .retention(RetentionRule.of(Retention.fromCollection(Period.ofMonths(18)), "contact.email"))
                .retention(RetentionRule.of(Retention.timed(Duration.ofMinutes(10), LocalizedText.fi("kirjautuminen")),
                        "contact.email"))
                .retention(RetentionRule.of(new Retention.Timed(Duration.ofHours(36), Optional.empty()),
                        "contact.email"))
                .retention(RetentionRule.of(Retention.until(Retention.Condition.CONSENT_WITHDRAWN), "contact.email"))
                .retention(RetentionRule.of(new Retention.Until(Retention.Condition.OTHER,
                        Optional.of(LocalizedText.fi("kunnes tili suljetaan"))), "contact.email"))
                .security(SecurityMeasures.none().withGeneral(LocalizedText.fi("Luottamuksellisesti"))
                        .withManual(LocalizedText.fi("Lukitut tilat")).withElectronic(LocalizedText.fi("Palomuuri")))
                .automatedDecisionMaking(AutomatedDecisionMaking.used(LocalizedText.fi("Luottopäätös")))
                .provisionRequirement(LocalizedText.fi("Sopimuksen edellytys"))
                .build();
        Register.Builder everyTopic = register.toBuilder();
        for (Topic topic : Topic.values()) {
            if (register.introduction(topic).isEmpty()) {
                everyTopic.introduction(topic, LocalizedText.fi("Johdanto: " + topic.code()));
            }
        }
        return everyTopic.build();
    }

    /** The other choices of the parts that {@link #maximal()} can hold only one of. */
    public static Register alternatives() {
        return Register.builder("alternatives", LocalizedText.fi("Vaihtoehdot"),
                        Organisation.of("Yhdistys ry", ContactDetails.none()))
                .disclosure(Disclosure.of("partner", LocalizedText.fi("Yhteistyökumppani"))
                        .withRole(RecipientRole.CONTROLLER))
                .disclosure(Disclosure.of("mailing", LocalizedText.fi("Postituspalvelu"))
                        .withRole(RecipientRole.PROCESSOR))
                .disclosure(Disclosure.of("buyer", LocalizedText.fi("Liiketoiminnan ostaja")))
                .disclosure(Disclosure.of("unknown", LocalizedText.fi("Kumppani")).withoutRole())
                .transfers(Transfers.none(LocalizedText.fi("Tietoja ei siirretä.")))
                .automatedDecisionMaking(AutomatedDecisionMaking.none())
                .build();
    }

    /**
     * A register that settles findings: it states that it has no data protection officer, and acknowledges an INFO
     * finding with its reason, who and when (the fields the documents and JSON-LD leave out).
     */
    public static Register acknowledged() {
        return Register.builder("settled", LocalizedText.fi("Selvitetty"), Organisation.of("Kauppa Oy",
                        ContactDetails.none()))
                .dataCategory(DataCategory.of("contact", LocalizedText.fi("Yhteystiedot")))
                .noDataProtectionOfficer("Ydintehtävät eivät edellytä laajamittaista seurantaa (37 artikla).")
                .acknowledgement(new Acknowledgement("transfer.adequacy-scope", RegisterPath.of("transfers"),
                        "Vastaanottaja on sertifioitu; tarkistettu sopimuksesta.", "tietosuojatiimi",
                        LocalDate.of(2026, 11, 30)))
                .build();
    }

    /**
     * The other choices again: transfers that may occur, an explicit "no disclosures", invalidated mechanisms; an
     * internal source with its categories.
     */
    public static Register dataFlows() {
        return Register.builder("flows", LocalizedText.fi("Virrat"), Organisation.of("Kauppa Oy", ContactDetails.none()))
                .dataCategory(DataCategory.of("contact", LocalizedText.fi("Yhteystiedot, mm. nimi")))
                .source(new Source.Internal(LocalizedText.fi("Tilaushistoria"), List.of("contact")))
                .noDisclosures(NoDisclosures.stated(LocalizedText.fi("Tietoja ei luovuteta.")))
                .transfers(Transfers.mayOccur(LocalizedText.fi("Palveluntarjoajat voivat käsitellä tietoja EU:n"
                        + " ulkopuolella."), Safeguard.STANDARD_CONTRACTUAL_CLAUSES, Safeguard.PRIVACY_SHIELD,
                        Safeguard.SAFE_HARBOR))
                .retention(RetentionRule.of(Retention.until(Retention.Condition.SUBSCRIPTION_CANCELLED), "contact"))
                // A condition a sweep finds by the event the application records (@RetentionEvent("membership-end")).
                .retention(RetentionRule.of(Retention.until(Retention.Condition.MEMBERSHIP_ENDED), "contact")
                        .withEvent("membership-end"))
                .retention(RetentionRule.of(new Retention.Until(Retention.Condition.OBJECTION,
                        Optional.of(LocalizedText.fi("kunnes asiakas kieltää"))), "contact"))
                .build();
    }

    /** The seed register (the worked example's rekisteriseloste as YAML), read from the test resources. */
    public static Register seed() {
        return RegisterReader.create().read(resource("/mainostakomo/register.yaml"), "register.yaml",
                RegisterFormat.YAML);
    }

    /** What {@link #deepHierarchy} names every category after its level: long enough to wrap on a phone. */
    public static final String DEEP_CATEGORY_NAME = "henkilötietojen käsittelyyn liittyvä tietoryhmä";

    /**
     * Data categories nested as deep as the model allows ({@link CategoryHierarchy#MAX_DEPTH} levels), named
     * "Taso N " and {@link #DEEP_CATEGORY_NAME}, and a controller's e-mail address too long for a phone's line.
     */
    public static Register deepHierarchy() {
        Register.Builder builder = Register.builder("deep", LocalizedText.fi("Syvä hierarkia"),
                Organisation.of("Esimerkki Oy", ContactDetails.none()
                        .withEmail("tietosuoja.ja.rekisteriasiat@pitka-verkkotunnus-esimerkki.example.fi")));
        StringBuilder key = new StringBuilder();
        for (int level = 1; level <= CategoryHierarchy.MAX_DEPTH; level++) {
            key.append(level == 1 ? "" : ".").append('l').append(level);
            builder.dataCategory(DataCategory.of(key.toString(),
                    LocalizedText.fi("Taso " + level + " " + DEEP_CATEGORY_NAME)));
        }
        return builder.build();
    }

    /** The text of a test resource. */
    public static String resource(String name) {
        try (InputStream in = TestRegisters.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("no test resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
