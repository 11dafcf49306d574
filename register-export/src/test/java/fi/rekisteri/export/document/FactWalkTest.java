package fi.rekisteri.export.document;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fi.rekisteri.core.Acknowledgement;
import fi.rekisteri.core.AutomatedDecisionMaking;
import fi.rekisteri.core.ContactDetails;
import fi.rekisteri.core.ContactPoint;
import fi.rekisteri.core.Cookie;
import fi.rekisteri.core.CookieLifetime;
import fi.rekisteri.core.DataSubjectRight;
import fi.rekisteri.core.JointControl;
import fi.rekisteri.core.LegalFramework;
import fi.rekisteri.core.NoDisclosures;
import fi.rekisteri.core.OrganisationKind;
import fi.rekisteri.core.Provision;
import fi.rekisteri.core.RightsRestriction;
import fi.rekisteri.core.DataCategory;
import fi.rekisteri.core.DataSubjectCategory;
import fi.rekisteri.core.Disclosure;
import fi.rekisteri.core.DocumentMetadata;
import fi.rekisteri.core.IdentityCodeGround;
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
import fi.rekisteri.core.Topic;
import fi.rekisteri.core.Transfer;
import fi.rekisteri.core.Transfers;
import fi.rekisteri.core.compliance.DocumentType;
import fi.rekisteri.core.identifier.BusinessId;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The fact walk: two registers that between them fill every field of the model (a sealed choice takes one variant in
 * each), rendered as every document type, in fi, sv and en, as text, Markdown, HTML and PDF. Every field of the model,
 * found by reflection over {@link Register}'s accessors and the record components below them, must be classified for
 * every document type: either facts that must appear in that document, derived from the register's own values, or a
 * reason why the document leaves it out. A field added to the model later fails {@link #everyFieldIsClassified()}
 * until it is classified here and in {@code register-export/docs/documents.md}.
 */
class FactWalkTest {

    private static final List<DocumentType> TYPES = List.of(DocumentType.REKISTERISELOSTE,
            DocumentType.ART_13_NOTICE, DocumentType.ART_14_NOTICE, DocumentType.ART_30_RECORD);
    private static final Set<DocumentType> ALL = EnumSet.copyOf(TYPES);
    private static final Set<DocumentType> NOTICES = EnumSet.of(DocumentType.ART_13_NOTICE, DocumentType.ART_14_NOTICE);
    private static final Set<DocumentType> PUBLIC = EnumSet.of(DocumentType.REKISTERISELOSTE,
            DocumentType.ART_13_NOTICE, DocumentType.ART_14_NOTICE);
    private static final Set<DocumentType> NOTICES_AND_RECORD = EnumSet.of(DocumentType.ART_13_NOTICE,
            DocumentType.ART_14_NOTICE, DocumentType.ART_30_RECORD);
    private static final List<DocumentFormat> FORMATS = List.of(DocumentFormat.TEXT, DocumentFormat.MARKDOWN,
            DocumentFormat.HTML, DocumentFormat.PDF);
    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern MARKDOWN_ESCAPE = Pattern.compile("\\\\(\\p{Punct})");
    private static final Pattern SPACE = Pattern.compile("[\\s\\u00a0]+");

    /** The texts of each document: register (0 full, 1 alternative) → type → language → format → plain text. */
    private static final Map<String, String> RENDERED = new LinkedHashMap<>();

    /** A fact that must appear: where it comes from, which documents, and its text in a language. */
    private record Fact(String path, Set<DocumentType> types, int register, Function<Language, String> text) {}

    /** A field a document type leaves out, and why. */
    private record Omission(String path, Set<DocumentType> types, String reason) {}

    private static final List<String> ACKNOWLEDGEMENT_FIELDS = List.of("acknowledgements.ruleId",
            "acknowledgements.path", "acknowledgements.reason", "acknowledgements.by", "acknowledgements.on");

    private static final List<Fact> FACTS = new ArrayList<>();
    private static final List<Omission> OMISSIONS = new ArrayList<>();

    static LocalizedText t(String fi, String sv, String en) {
        return LocalizedText.of(fi, sv, en);
    }

    static ContactDetails contact(String tag) {
        return ContactDetails.none().withAddress(new PostalAddress(Optional.of(tag + "katu 1"),
                        Optional.of("PL 1" + tag.length()), Optional.of("00100"), tag + "stad", "FI"))
                .withVisitingAddress(new PostalAddress(Optional.of(tag + "tie 2"), Optional.of("PL 2" + tag.length()),
                        Optional.of("11200"), tag + "by", "SE"))
                .withPhone("040 111 " + tag.length()).withEmail(tag + "@example.fi")
                .withWebsite("https://" + tag + ".example.fi");
    }

    /** Every field filled; the sealed choices take their richer variant. */
    static Register full() {
        return Register.builder("walk", t("Asiakasrekisteri", "Kundregister", "Customer register"),
                        Organisation.of("Rekisterinpitäjä Oy", BusinessId.parse("2135102-9"), contact("ctrl"))
                                .withKind(OrganisationKind.COMPANY)
                                .withUnitOf(t("Konserni Oyj", "Koncernen Abp", "Group plc")))
                .metadata(DocumentMetadata.of("4.2", LocalDate.of(2026, 11, 30))
                        .withLastChanged(LocalDate.of(2026, 10, 15)).withInForceFrom(LocalDate.of(2026, 12, 14))
                        .withFramework(LegalFramework.GDPR)
                        .withChangeNotice(t("Muutoksista kerrotaan verkkosivuilla", "Ändringar meddelas på webbplatsen",
                                "Changes are announced on the website"))
                        .withNoticeUrl(t("https://walk.example.fi/tietosuoja", "https://walk.example.fi/sv/dataskydd",
                                "https://walk.example.fi/en/privacy"))
                        .withFirstLayerUrl(t("https://walk.example.fi/tietosuoja/lyhyesti",
                                "https://walk.example.fi/sv/dataskydd/i-korthet",
                                "https://walk.example.fi/en/privacy/in-brief")))
                .representative(Organisation.of("Edustaja Oy", BusinessId.parse("0245437-2"), contact("rep"))
                        .withKind(OrganisationKind.COMPANY)
                        .withUnitOf(t("Edustajaketju", "Företrädarkedjan", "Representative chain")))
                .dataProtectionOfficer(ContactPoint.of("Tiina Tietosuoja", t("Tietosuoja-asiat", "Dataskyddsfrågor",
                        "Data protection matters"), contact("dpo")))
                .contactPoint(ContactPoint.of("Asiakaspalvelu", t("Rekisteriasiat", "Registerärenden",
                        "Register matters"), contact("cs")))
                .jointControl(JointControl.of(List.of(Organisation.of("Yhteistyö Oy", BusinessId.parse("1618033-3"),
                                        contact("joint")).withKind(OrganisationKind.ASSOCIATION)
                                        .withUnitOf(t("Yhteistyöryhmä", "Samarbetsgruppen", "Cooperation group"))),
                                t("Kumpikin vastaa omista palveluistaan", "Var och en svarar för sina tjänster",
                                        "Each answers for its own services"))
                        .withContactPoint(ContactPoint.of("Yhteinen piste", t("Yhteiset asiat", "Gemensamma ärenden",
                                "Joint matters"), contact("jcp"))))
                .rightsRestriction(RightsRestriction.of(DataSubjectRight.ACCESS, t("Turvallisuusselvitykset",
                        "Säkerhetsutredningar", "Security clearances"), t("Turvallisuusselvityslaki 726/2014",
                        "Lag om säkerhetsutredningar 726/2014", "Security Clearance Act 726/2014")))
                .subjectCategory(DataSubjectCategory.of("customers", t("Asiakkaat", "Kunder", "Customers"))
                        .withDescription(t("yksityisasiakkaat", "privatkunder", "private customers"))
                        .includingChildren().withGuardianConsent(t("huoltaja hyväksyy tilin", "vårdnadshavaren"
                                + " godkänner kontot", "a guardian approves the account")))
                .dataCategory(DataCategory.of("contact", t("Yhteystiedot", "Kontaktuppgifter", "Contact details"))
                        .withDescription(t("nimi ja osoite", "namn och adress", "name and address"))
                        .withProvision(Provision.required(t("Ilman niitä tilausta ei voi toimittaa",
                                "Utan dem kan beställningen inte levereras", "Without them the order cannot be"
                                + " delivered"))))
                .dataCategory(DataCategory.of("contact.email", t("Sähköposti", "E-post", "Email address"))
                        .aboutSubjects("customers").withProvision(Provision.optional()))
                .dataCategory(DataCategory.of("health", t("Terveystiedot", "Hälsouppgifter", "Health data"))
                        .with(Sensitivity.SPECIAL_CATEGORY))
                .dataCategory(DataCategory.of("ssn", t("Henkilötunnus", "Personbeteckning", "Identity code"))
                        .with(Sensitivity.PERSONAL_IDENTITY_CODE))
                .purpose(Purpose.builder("service", t("Palvelun tuottaminen", "Tillhandahållande av tjänsten",
                                "Providing the service"))
                        .description(t("Tilausten käsittely", "Behandling av beställningar", "Handling orders"))
                        .legalBasis(LegalBasis.contract()).categories("contact", "health", "ssn")
                        .subjects("customers")
                        .specialCategoryCondition(SpecialCategoryCondition.LEGAL_CLAIMS)
                        .identityCodeGround(IdentityCodeGround.UNAMBIGUOUS_IDENTIFICATION)
                        .criminalDataAuthorisation(t("Rikoslaki 39/1889", "Strafflag 39/1889", "Criminal Code 39/1889"))
                        .build())
                .purpose(Purpose.builder("marketing", t("Suoramarkkinointi", "Direktmarknadsföring", "Direct marketing"))
                        .legalBasis(LegalBasis.consent(t("Peru suostumus linkistä", "Återkalla via länken",
                                "Withdraw through the link")))
                        .directMarketing().objection(t("Kiellä tilisivulla", "Invänd på kontosidan",
                                "Object on the account page")).build())
                .purpose(Purpose.builder("accounts", t("Kirjanpito", "Bokföring", "Bookkeeping"))
                        .legalBasis(LegalBasis.legalObligation(t("Kirjanpitolaki 1336/1997", "Bokföringslag 1336/1997",
                                "Accounting Act 1336/1997"))).build())
                .purpose(Purpose.builder("register-keeping", t("Julkinen tehtävä", "Offentlig uppgift", "Public task"))
                        .legalBasis(LegalBasis.publicTask(t("Laki 2/2000", "Lag 2/2000", "Act 2/2000"))).build())
                .purpose(Purpose.builder("fraud", t("Väärinkäytösten estäminen", "Förebyggande av missbruk",
                                "Preventing fraud"))
                        .legalBasis(LegalBasis.legitimateInterests(t("Maksujen turvaaminen", "Skydd av betalningar",
                                "Protecting payments")))
                        .alternativeLegalBasis(LegalBasis.contract())
                        .alternativeLegalBasis(LegalBasis.vitalInterests())
                        .alternativeLegalBasis(LegalBasis.consent(t("Vaihtoehtoinen peruutus", "Alternativ återkallelse",
                                "Alternative withdrawal")))
                        .alternativeLegalBasis(LegalBasis.legalObligation(t("Vaihtoehtoinen laki", "Alternativ lag",
                                "Alternative law")))
                        .alternativeLegalBasis(LegalBasis.publicTask(t("Vaihtoehtoinen tehtävälaki",
                                "Alternativ uppgiftslag", "Alternative task law")))
                        .alternativeLegalBasis(LegalBasis.legitimateInterests(t("Vaihtoehtoinen etu",
                                "Alternativt intresse", "Alternative interest")))
                        .build())
                .purpose(Purpose.builder("emergency", t("Hätätilanteet", "Nödsituationer", "Emergencies"))
                        .legalBasis(LegalBasis.vitalInterests()).build())
                .purpose(Purpose.builder("survey", t("Asiakaskysely", "Kundenkät", "Customer survey"))
                        .description(t("Vuosittainen kysely", "Årlig enkät", "A yearly survey")).build())
                .source(new Source.DataSubject(t("Asiakas itse", "Kunden själv", "The customer"), List.of("contact")))
                .source(new Source.Internal(t("Asiakaspalvelun muistiinpanot", "Kundtjänstens anteckningar",
                        "Customer service notes"), List.of("contact.email")))
                .source(Source.External.of(t("Väestötietojärjestelmä", "Befolkningsdatasystemet",
                                "Population Information System"))
                        .withBusinessId(BusinessId.parse("0245437-2"))
                        .withSupplies(t("Osoitteenmuutokset", "Adressändringar", "Changes of address"))
                        .withReason(t("Osoitteiden ajantasaisuus", "Aktuella adresser", "Keeping addresses current"))
                        .withCategories("contact").asPubliclyAccessible())
                .disclosure(Disclosure.of("tax", t("Verohallinto", "Skatteförvaltningen", "Finnish Tax Administration"),
                                "contact")
                        .withRole(RecipientRole.PUBLIC_AUTHORITY).forPurposes("accounts")
                        .withBasis(t("Verotusmenettelylaki", "Lagen om beskattningsförfarande", "Tax Procedure Act"))
                        .inCountry("SE"))
                .disclosure(Disclosure.of("mailer", t("Postituspalvelu Oy", "Utskicksservice Ab", "Mailing Ltd"))
                        .withRole(RecipientRole.PROCESSOR))
                .disclosure(Disclosure.of("partner", t("Kumppani Oy", "Partner Ab", "Partner Ltd"))
                        .withRole(RecipientRole.CONTROLLER))
                .disclosure(Disclosure.of("buyer", t("Ostaja Oy", "Köpare Ab", "Buyer Ltd"))
                        .withRole(RecipientRole.THIRD_PARTY))
                .transfers(Transfers.of(
                        Transfer.to("US", Safeguard.STANDARD_CONTRACTUAL_CLAUSES)
                                .withRecipient(t("Pilvi Inc.", "Moln Inc.", "Cloud Inc."))
                                .withCategories("contact.email")
                                .withSafeguardCopy(t("pyydä tietosuojavastaavalta", "begär av dataskyddsombudet",
                                        "ask the data protection officer")),
                        Transfer.to("US", Safeguard.ADEQUACY_DECISION).certifiedUnderDataPrivacyFramework(),
                        Transfer.to("JP", Safeguard.ADEQUACY_DECISION)))
                .retention(RetentionRule.of(Retention.after(Period.ofYears(3),
                        t("asiakassuhteen päättymisestä", "att kundförhållandet upphört",
                                "the customer relationship ends")), "contact").withEvent("customer-relationship-end"))
                .retention(RetentionRule.of(Retention.criteria(t("Poistetaan tarpeettomina", "Raderas när de inte behövs",
                        "Erased once no longer needed")), "health"))
                .retention(RetentionRule.of(Retention.fromCollection(Period.ofMonths(18)), "ssn"))
                .retention(RetentionRule.of(Retention.timed(Duration.ofMinutes(10), t("kirjautumisesta",
                        "inloggningen", "login")), "contact.email"))
                .retention(RetentionRule.of(Retention.until(Retention.Condition.CONSENT_WITHDRAWN), "contact.email"))
                .retention(RetentionRule.of(new Retention.Until(Retention.Condition.OTHER, Optional.of(t(
                        "kunnes tili suljetaan", "tills kontot stängs", "until the account is closed"))), "contact"))
                .cookie(Cookie.of("session", "SID", t("Pitää kirjautumisen voimassa", "Håller inloggningen vid liv",
                        "Keeps the login alive")).markedStrictlyNecessary()
                        .withLifetime(CookieLifetime.of(Duration.ofMinutes(30))))
                .cookie(Cookie.of("ads", "_adid", t("Mainonnan kohdentaminen", "Riktad reklam", "Targeting ads"))
                        .withLifetime(CookieLifetime.of(Period.ofMonths(13)))
                        .fromThirdParty(t("Mainos Inc.", "Reklam Inc.", "Ads Inc."), "US").forPurposes("marketing"))
                .security(SecurityMeasures.none().withGeneral(t("Luottamuksellisuus", "Konfidentialitet",
                                "Confidentiality"))
                        .withElectronic(t("Salattu yhteys", "Krypterad anslutning", "Encrypted connection"))
                        .withManual(t("Lukittu kaappi", "Låst skåp", "Locked cabinet")))
                .automatedDecisionMaking(AutomatedDecisionMaking.used(t("Luottopäätös pisteytyksellä",
                        "Kreditbeslut med poängsättning", "Credit decision by scoring")))
                .provisionRequirement(t("Tiedot ovat sopimuksen edellytys", "Uppgifterna krävs för avtalet",
                        "The data is required for the contract"))
                .build();
    }

    /** The sealed choices' other variants: no transfers, with a statement; no automated decisions. */
    static Register alternative() {
        return full().toBuilder()
                .transfers(Transfers.none(t("Ei siirtoja kolmansiin maihin", "Inga överföringar till tredjeländer",
                        "No transfers to third countries")))
                .automatedDecisionMaking(AutomatedDecisionMaking.none())
                .controller(Organisation.of("Rekisterinpitäjä Oy", contact("ctrl")).withInvalidBusinessId("1234567-8"))
                .representative(Organisation.of("Edustaja Oy", contact("rep")).withInvalidBusinessId("7654321-0"))
                .jointControl(JointControl.of(List.of(Organisation.of("Yhteistyö Oy", contact("joint"))
                        .withInvalidBusinessId("1111111-2")), t("Sama", "Samma", "Same")))
                .removeDisclosure("tax").removeDisclosure("mailer").removeDisclosure("partner").removeDisclosure("buyer")
                .noDataProtectionOfficer("Art. 37(1) ei koske rekisterinpitäjää")
                .acknowledgement(Acknowledgement.of("transfers.partial-adequacy", "transfers", "DPF-sertifikaatti"
                        + " tarkistettu", "Tiimi", LocalDate.of(2026, 11, 30)))
                .noDisclosures(NoDisclosures.stated(t("Tietoja ei luovuteta kenellekään", "Uppgifterna lämnas inte ut"
                        + " till någon", "The data is disclosed to no one")))
                .build();
    }

    /** The third transfer statement: transfers that may occur, with their safeguards. */
    static Register mayOccur() {
        return full().toBuilder()
                .transfers(Transfers.mayOccur(t("Palveluntarjoajat voivat käsitellä tietoja EU:n ulkopuolella",
                        "Tjänsteleverantörer kan behandla uppgifter utanför EU", "Service providers may process the"
                        + " data outside the EU"), Safeguard.STANDARD_CONTRACTUAL_CLAUSES,
                        Safeguard.BINDING_CORPORATE_RULES))
                .build();
    }

    private static Register[] registers;

    @BeforeAll
    static void renderEverything() {
        Register withIntros = full();
        Register.Builder builder = withIntros.toBuilder();
        for (Topic topic : Topic.values()) {
            builder.introduction(topic, t("Johdanto " + topic.code(), "Inledning " + topic.code(),
                    "Lead-in " + topic.code()));
        }
        registers = new Register[] {builder.build(), alternative(), mayOccur()};
        for (int r = 0; r < registers.length; r++) {
            for (DocumentType type : TYPES) {
                for (Language language : Language.values()) {
                    Outline outline = Documents.outline(registers[r], type, language);
                    for (DocumentFormat format : FORMATS) {
                        RENDERED.put(key(r, type, language, format), plain(outline, format));
                    }
                }
            }
        }
        classify();
    }

    private static String key(int register, DocumentType type, Language language, DocumentFormat format) {
        return register + "/" + type + "/" + language + "/" + format;
    }

    /** The document as a reader sees its text: markup, escapes and line breaks gone, spaces collapsed. */
    static String plain(Outline outline, DocumentFormat format) {
        String text = switch (format) {
            case TEXT -> Documents.renderToString(outline, format);
            case MARKDOWN -> MARKDOWN_ESCAPE.matcher(Documents.renderToString(outline, format)).replaceAll("$1");
            case HTML -> TAG.matcher(Documents.renderToString(outline, format)).replaceAll(" ")
                    .replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                    .replace("&#39;", "'").replace("&#x27;", "'");
            case PDF -> pdfText(outline);
            default -> throw new AssertionError(format);
        };
        return SPACE.matcher(text).replaceAll(" ");
    }

    private static String pdfText(Outline outline) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Documents.renderer(DocumentFormat.PDF).render(outline, out);
            try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
                return new PDFTextStripper().getText(pdf);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void fact(String path, Set<DocumentType> types, Function<Language, String> text) {
        FACTS.add(new Fact(path, types, 0, text));
    }

    private static void fact(String path, Set<DocumentType> types, LocalizedText text) {
        fact(path, types, language -> text.resolve(language).text());
    }

    private static void factIn(int register, String path, Set<DocumentType> types, Function<Language, String> text) {
        FACTS.add(new Fact(path, types, register, text));
    }

    private static void omit(String path, Set<DocumentType> types, String reason) {
        OMISSIONS.add(new Omission(path, types, reason));
    }

    private static Set<DocumentType> only(DocumentType... types) {
        return EnumSet.copyOf(List.of(types));
    }

    private static Set<DocumentType> except(Set<DocumentType> types) {
        Set<DocumentType> rest = EnumSet.copyOf(ALL);
        rest.removeAll(types);
        return rest;
    }

    /** Words per language, written here and not taken from the bundles, so that a wrong bundle fails the walk. */
    private static Function<Language, String> words(String fi, String sv, String en) {
        return language -> switch (language) {
            case FI -> fi;
            case SV -> sv;
            case EN -> en;
        };
    }

    private static void contactFacts(String path, Set<DocumentType> types, ContactDetails contact) {
        PostalAddress address = contact.address().orElseThrow();
        fact(path + ".address.street", types, l -> address.street().orElseThrow());
        fact(path + ".address.postalCode", types, l -> address.postalCode().orElseThrow() + " " + address.city());
        fact(path + ".address.city", types, l -> address.city());
        omit(path + ".address.country", types, "a Finnish address prints without its country, as addresses do");
        fact(path + ".phone", types, l -> contact.phone().orElseThrow());
        fact(path + ".email", types, l -> contact.email().orElseThrow());
        fact(path + ".website", types, l -> contact.website().orElseThrow());
        fact(path + ".address.poBox", types, l -> address.poBox().orElseThrow());
        PostalAddress visiting = contact.visitingAddress().orElseThrow();
        fact(path + ".visitingAddress.street", types, l -> visiting.street().orElseThrow());
        fact(path + ".visitingAddress.poBox", types, l -> visiting.poBox().orElseThrow());
        fact(path + ".visitingAddress.postalCode", types, l -> visiting.postalCode().orElseThrow() + " "
                + visiting.city());
        fact(path + ".visitingAddress.city", types, l -> visiting.city());
        fact(path + ".visitingAddress.country", types, l -> visiting.city() + ", " + visiting.country());
    }

    /** An organisation's name, unit, business ID, kind and contact details, in the given documents. */
    private static void organisationFacts(String path, Set<DocumentType> types, Organisation organisation,
            Organisation invalid) {
        fact(path + ".name", types, organisation.name());
        fact(path + ".businessId", types, l -> organisation.businessId().orElseThrow().toString());
        factIn(1, path + ".invalidBusinessId", types, l -> invalid.invalidBusinessId().orElseThrow());
        fact(path + ".unitOf", types, organisation.unitOf().orElseThrow());
        omit(path + ".kind", types, "the kind drives the check (a public body must designate a DPO, Art. 37(1)(a));"
                + " readers see the name");
        contactFacts(path + ".contact", types, organisation.contact());
    }

    private static void contactPointFacts(String path, Set<DocumentType> types, ContactPoint point) {
        fact(path + ".name", types, l -> point.name());
        fact(path + ".role", types, point.role().orElseThrow());
        contactFacts(path + ".contact", types, point.contact());
    }

    private static void classify() {
        Register r = registers[0];
        omit("key", ALL, "the register's key identifies it in files and stores, not to readers");
        fact("name", ALL, r.name());
        fact("metadata.version", ALL, l -> r.metadata().version().orElseThrow());
        fact("metadata.date", ALL, words("30.11.2026", "30.11.2026", "30 November 2026"));

        Register alt = registers[1];
        organisationFacts("controller", ALL, r.controller(), alt.controller());
        Organisation rep = r.representative().orElseThrow();
        organisationFacts("representative", ALL, rep, alt.representative().orElseThrow());
        fact("representative.name", ALL, words("edustaja", "företrädare", "representative"));
        JointControl joint = r.jointControl().orElseThrow();
        organisationFacts("jointControl.controllers", ALL, joint.controllers().get(0),
                alt.jointControl().orElseThrow().controllers().get(0));
        fact("jointControl.controllers.name", ALL, words("Yhteisrekisterinpitäjät", "Gemensamt personuppgiftsansvariga",
                "Joint controllers"));
        fact("jointControl.essence", ALL, joint.essence().orElseThrow());
        contactPointFacts("jointControl.contactPoint", ALL, joint.contactPoint().orElseThrow());
        ContactPoint dpo = r.dataProtectionOfficer().orElseThrow();
        contactPointFacts("dataProtectionOfficer", ALL, dpo);
        fact("dataProtectionOfficer.name", ALL, words("Tietosuojavastaava", "Dataskyddsombud",
                "Data protection officer"));
        ContactPoint point = r.contactPoint().orElseThrow();
        String noContactPoint = "Art. 30(1)(a) asks for the controller's, representative's and DPO's contact details,"
                + " not a contact point's";
        // contactPoint is the first of contactPoints: both paths name the same facts.
        for (String prefix : List.of("contactPoint", "contactPoints")) {
            contactPointFacts(prefix, PUBLIC, point);
            fact(prefix + ".name", PUBLIC, words("Yhteyshenkilö rekisteriä koskevissa asioissa",
                    "Kontaktperson i ärenden som gäller registret", "Contact point for matters concerning the register"));
            for (String field : List.of("name", "role", "contact.address.street", "contact.address.poBox",
                    "contact.address.postalCode", "contact.address.city", "contact.address.country",
                    "contact.visitingAddress.street", "contact.visitingAddress.poBox",
                    "contact.visitingAddress.postalCode", "contact.visitingAddress.city",
                    "contact.visitingAddress.country", "contact.phone", "contact.email", "contact.website")) {
                omit(prefix + "." + field, only(DocumentType.ART_30_RECORD), noContactPoint);
            }
        }
        factIn(1, "noDataProtectionOfficerReason", ALL, words(
                "Tietosuojavastaavaa ei ole nimitetty. Peruste: Art. 37(1) ei koske rekisterinpitäjää",
                "Inget dataskyddsombud har utsetts. Skäl: Art. 37(1) ei koske rekisterinpitäjää",
                "No data protection officer has been designated. Reason: Art. 37(1) ei koske rekisterinpitäjää"));
        for (String field : ACKNOWLEDGEMENT_FIELDS) {
            omit(field, ALL, "an acknowledgement settles a finding for the team and the check; readers see a document"
                    + " without the findings box, not the team's record");
        }
        fact("metadata.lastChanged", ALL, words("15.10.2026", "15.10.2026", "15 October 2026"));
        fact("metadata.inForceFrom", ALL, words("14.12.2026", "14.12.2026", "14 December 2026"));
        fact("metadata.changeNotice", ALL, r.metadata().changeNotice().orElseThrow());
        omit("metadata.noticeUrl", ALL, "the address where the full notice is itself published; the first layer"
                + " (FirstLayerTest) links to it");
        fact("metadata.firstLayerUrl", NOTICES, r.metadata().firstLayerUrl().orElseThrow());
        fact("metadata.firstLayerUrl", NOTICES, words("Tiivistelmä tästä selosteesta", "Sammanfattning av denna"
                + " beskrivning", "Summary of this notice"));
        omit("metadata.firstLayerUrl", except(NOTICES), "the first layer summarises the privacy notice only: the"
                + " classic statement and the Art. 30 record have none to point to");
        omit("metadata.framework", ALL, "the law a statement is drawn up under chooses what the check expects of it;"
                + " the documents cite the GDPR throughout");
        RightsRestriction restriction = r.rightsRestrictions().get(0);
        fact("rightsRestrictions.right", NOTICES, words("Rajoitus – oikeus saada pääsy tietoihin",
                "Begränsning – rätt till tillgång", "Restriction – right of access"));
        fact("rightsRestrictions.description", NOTICES, restriction.description());
        fact("rightsRestrictions.law", NOTICES, restriction.law().orElseThrow());
        for (String field : List.of("right", "description", "law")) {
            omit("rightsRestrictions." + field, only(DocumentType.REKISTERISELOSTE, DocumentType.ART_30_RECORD),
                    "Art. 23(2) restrictions are told where the rights are, in the notices; §10 and Art. 30(1) list"
                    + " no rights");
        }
        fact("subjectCategories.includesChildren", ALL, words("Ryhmään kuuluu myös lapsia.",
                "Gruppen omfattar även barn.", "The group includes children."));
        fact("subjectCategories.guardianConsent", ALL,
                r.subjectCategories().get(0).guardianConsent().orElseThrow());
        fact("dataCategories.provision.required", only(DocumentType.ART_13_NOTICE), words(
                "Yhteystiedot: pakollinen tieto.", "Kontaktuppgifter: obligatorisk uppgift.", "Contact details: required."));
        fact("dataCategories.provision.required", only(DocumentType.ART_13_NOTICE), words(
                "Sähköposti: vapaaehtoinen tieto.", "E-post: frivillig uppgift.", "Email address: optional."));
        fact("dataCategories.provision.consequence", only(DocumentType.ART_13_NOTICE),
                r.dataCategory("contact").orElseThrow().provision().orElseThrow().consequence().orElseThrow());
        for (String field : List.of("required", "consequence")) {
            omit("dataCategories.provision." + field, only(DocumentType.ART_14_NOTICE), "Art. 13(2)(e) only: under"
                    + " Art. 14 the data is not collected from the subject");
            omit("dataCategories.provision." + field, only(DocumentType.REKISTERISELOSTE,
                    DocumentType.ART_30_RECORD), "§10 and Art. 30(1) do not ask it");
        }
        Cookie session = r.cookies().get(0);
        Cookie ads = r.cookies().get(1);
        fact("cookies.name", NOTICES, l -> session.name() + " – " + session.description().resolve(l).text());
        fact("cookies.description", NOTICES, ads.description());
        fact("cookies.strictlyNecessary", NOTICES, words("Välttämätön palvelun tarjoamiseksi",
                "Nödvändig för att tillhandahålla tjänsten", "Strictly necessary to provide the service"));
        fact("cookies.strictlyNecessary", NOTICES, words("Käytetään vain suostumuksella", "Används endast med samtycke",
                "Used only with consent"));
        fact("cookies.lifetime.duration", NOTICES, words("Voimassa: 30 minuuttia", "Giltig: 30 minuter",
                "Lasts: 30 minutes"));
        fact("cookies.lifetime.period", NOTICES, words("Voimassa: 13 kuukautta", "Giltig: 13 månader",
                "Lasts: 13 months"));
        fact("cookies.thirdParty", NOTICES, words("Kolmannen osapuolen eväste: Mainos Inc.",
                "Tredjepartskaka: Reklam Inc.", "Third-party cookie: Ads Inc."));
        fact("cookies.thirdParty", NOTICES, words("Oma eväste", "Egen kaka", "Our own cookie"));
        fact("cookies.provider", NOTICES, ads.provider().orElseThrow());
        fact("cookies.providerCountry", NOTICES, l -> ads.provider().orElseThrow().resolve(l).text() + ", "
                + countryName("US", l));
        omit("cookies.key", ALL, "keys link the parts of the register");
        omit("cookies.purposes", ALL, "the purposes tie a cookie to the consent it needs, for the check; its"
                + " description tells readers what it is for");
        for (String field : List.of("name", "description", "strictlyNecessary", "lifetime.duration", "lifetime.period",
                "thirdParty", "provider", "providerCountry")) {
            omit("cookies." + field, only(DocumentType.REKISTERISELOSTE, DocumentType.ART_30_RECORD), "cookies are"
                    + " told to visitors in the notices (Art. 13, with the ePrivacy consent); §10 and Art. 30(1) list"
                    + " the data, not the technique that collects it");
        }
        factIn(1, "noDisclosures.statement", ALL,
                l -> registers[1].noDisclosures().orElseThrow().statement().orElseThrow().resolve(l).text());

        for (DataSubjectCategory s : r.subjectCategories()) {
            fact("subjectCategories.name", ALL, s.name());
            fact("subjectCategories.description", ALL, s.description().orElseThrow());
        }
        omit("subjectCategories.key", ALL, "keys link the parts of the register; readers see names");
        for (DataCategory c : r.dataCategories()) {
            fact("dataCategories.name", ALL, c.name());
            c.description().ifPresent(d -> fact("dataCategories.description", ALL, d));
        }
        omit("dataCategories.key", ALL, "keys link the parts of the register; the tree shows the hierarchy");
        omit("dataCategories.sensitivities", ALL, "drive the compliance check; a purpose's Art. 9(2) condition and"
                + " Art. 10 law say to readers why such data is processed");
        omit("dataCategories.subjects", ALL, "which groups a category concerns drives the check and the Art. 30 CSV"
                + " rows; documents list groups and categories once each");

        for (Purpose p : r.purposes()) {
            fact("purposes.name", ALL, p.name());
            p.description().ifPresent(d -> fact("purposes.description", ALL, d));
        }
        omit("purposes.key", ALL, "keys link the parts of the register");
        fact("purposes.alternativeLegalBases.Contract", NOTICES_AND_RECORD, words("tai oikeusperuste: sopimus"
                + " (tietosuoja-asetuksen 6 artiklan 1 kohdan b alakohta)", "eller rättslig grund: avtal (artikel 6.1"
                + " b i dataskyddsförordningen)", "or legal basis: contract (Article 6(1)(b) GDPR)"));
        fact("purposes.alternativeLegalBases.VitalInterests", NOTICES_AND_RECORD, words("tai oikeusperuste:"
                + " elintärkeät edut (tietosuoja-asetuksen 6 artiklan 1 kohdan d alakohta)", "eller rättslig grund:"
                + " grundläggande intressen (artikel 6.1 d i dataskyddsförordningen)", "or legal basis: vital interests"
                + " (Article 6(1)(d) GDPR)"));
        fact("purposes.alternativeLegalBases.Consent.withdrawal", NOTICES_AND_RECORD, t("Vaihtoehtoinen peruutus",
                "Alternativ återkallelse", "Alternative withdrawal"));
        fact("purposes.alternativeLegalBases.LegalObligation.law", NOTICES_AND_RECORD, t("Vaihtoehtoinen laki",
                "Alternativ lag", "Alternative law"));
        fact("purposes.alternativeLegalBases.PublicTask.law", NOTICES_AND_RECORD, t("Vaihtoehtoinen tehtävälaki",
                "Alternativ uppgiftslag", "Alternative task law"));
        fact("purposes.alternativeLegalBases.LegitimateInterests.interests", NOTICES_AND_RECORD,
                t("Vaihtoehtoinen etu", "Alternativt intresse", "Alternative interest"));
        for (String variant : List.of("Contract", "VitalInterests", "Consent.withdrawal", "LegalObligation.law",
                "PublicTask.law", "LegitimateInterests.interests")) {
            omit("purposes.alternativeLegalBases." + variant, only(DocumentType.REKISTERISELOSTE),
                    "the classic §10 statement names no legal bases");
        }
        fact("purposes.legalBasis.Contract", NOTICES_AND_RECORD, words("sopimus (tietosuoja-asetuksen 6 artiklan 1"
                + " kohdan b alakohta)", "avtal (artikel 6.1 b i dataskyddsförordningen)",
                "contract (Article 6(1)(b) GDPR)"));
        fact("purposes.legalBasis.VitalInterests", NOTICES_AND_RECORD, words("elintärkeät edut (tietosuoja-asetuksen"
                + " 6 artiklan 1 kohdan d alakohta)", "grundläggande intressen (artikel 6.1 d i dataskyddsförordningen)",
                "vital interests (Article 6(1)(d) GDPR)"));
        fact("purposes.legalBasis.Consent.withdrawal", NOTICES_AND_RECORD, words("suostumus (tietosuoja-asetuksen"
                + " 6 artiklan 1 kohdan a alakohta)", "samtycke (artikel 6.1 a i dataskyddsförordningen)",
                "consent (Article 6(1)(a) GDPR)"));
        fact("purposes.name", NOTICES_AND_RECORD, words("Asiakaskysely – oikeusperustetta ei ole ilmoitettu",
                "Kundenkät – rättslig grund har inte angetts", "Customer survey – no legal basis stated"));
        omit("purposes.legalBasis.Contract", only(DocumentType.REKISTERISELOSTE),
                "the classic §10 statement names no legal bases; the notice and the record do");
        omit("purposes.legalBasis.VitalInterests", only(DocumentType.REKISTERISELOSTE),
                "the classic §10 statement names no legal bases; the notice and the record do");
        for (Purpose p : r.purposes()) {
            p.legalBasis().flatMap(LegalBasis::detail).ifPresent(d ->
                    fact("purposes.legalBasis." + p.legalBasis().get().getClass().getSimpleName() + "."
                            + p.legalBasis().get().kind().detailName().orElseThrow(), NOTICES_AND_RECORD, d));
            p.objection().ifPresent(o -> fact("purposes.objection", NOTICES_AND_RECORD, o));
            p.criminalDataAuthorisation().ifPresent(law -> fact("purposes.criminalDataAuthorisation",
                    NOTICES_AND_RECORD, law));
        }
        for (String variant : List.of("Consent.withdrawal", "LegalObligation.law", "PublicTask.law",
                "LegitimateInterests.interests", "objection", "criminalDataAuthorisation")) {
            omit("purposes." + (variant.contains(".") ? "legalBasis." : "") + variant,
                    only(DocumentType.REKISTERISELOSTE), "the classic §10 statement names no legal bases");
        }
        fact("purposes.specialCategoryCondition", NOTICES_AND_RECORD, words(
                "tietosuoja-asetuksen 9 artiklan 2 kohdan f alakohta", "artikel 9.2 f i dataskyddsförordningen",
                "Article 9(2)(f) GDPR"));
        omit("purposes.specialCategoryCondition", only(DocumentType.REKISTERISELOSTE),
                "the classic §10 statement names no legal bases");
        omit("purposes.identityCodeGround", ALL, "the Tietosuojalaki §29 ground is checked, not published: no"
                + " document's law or customary layout asks for it");
        omit("purposes.categories", ALL, "documents list the data once; the per-purpose use is the Art. 30 CSV's rows"
                + " and the check's");
        omit("purposes.subjects", ALL, "documents list the groups once; the per-purpose use is the Art. 30 CSV's rows");
        fact("purposes.directMarketing", NOTICES, words("suoramarkkinointi milloin tahansa",
                "invända mot direktmarknadsföring", "object to direct marketing at any time"));
        omit("purposes.directMarketing", only(DocumentType.REKISTERISELOSTE, DocumentType.ART_30_RECORD),
                "the right to object to direct marketing is told in the notices' rights section");

        Source.DataSubject own = (Source.DataSubject) r.sources().get(0);
        Source.Internal internal = (Source.Internal) r.sources().get(1);
        Source.External external = (Source.External) r.sources().get(2);
        Set<DocumentType> sourceDocs = PUBLIC;
        String noSources = "Art. 30(1) does not ask where the data comes from";
        fact("sources.DataSubject.description", sourceDocs, own.description());
        fact("sources.DataSubject.categories", sourceDocs, categoryNames(r, own.categories()));
        fact("sources.Internal.description", sourceDocs, internal.description());
        fact("sources.Internal.categories", sourceDocs, categoryNames(r, internal.categories()));
        fact("sources.External.name", sourceDocs, external.name());
        fact("sources.External.businessId", sourceDocs, l -> external.businessId().orElseThrow().toString());
        fact("sources.External.supplies", sourceDocs, external.supplies().orElseThrow());
        fact("sources.External.reason", sourceDocs, external.reason().orElseThrow());
        fact("sources.External.categories", sourceDocs, categoryNames(r, external.categories()));
        fact("sources.External.publiclyAccessible", NOTICES, words("yleisesti saatavilla oleva lähde", "allmänt tillgänglig källa",
                "publicly accessible source"));
        omit("sources.External.publiclyAccessible", only(DocumentType.REKISTERISELOSTE),
                "Art. 14(2)(f) asks it of the notice; §10 does not");
        for (String field : List.of("DataSubject.description", "DataSubject.categories", "Internal.description",
                "Internal.categories", "External.name", "External.businessId", "External.supplies", "External.reason",
                "External.categories", "External.publiclyAccessible")) {
            omit("sources." + field, only(DocumentType.ART_30_RECORD), noSources);
        }

        for (Disclosure d : r.disclosures()) {
            fact("disclosures.recipient", ALL, d.recipient());
            if (!d.categories().isEmpty()) {
                fact("disclosures.categories", ALL, labelled("Luovutettavat tiedot", "Uppgifter som lämnas ut",
                        "Data disclosed", categoryNames(r, d.categories())));
            }
            if (!d.purposes().isEmpty()) {
                fact("disclosures.purposes", ALL, labelled("Käyttötarkoitus", "Ändamål", "Purposes",
                        l -> r.purpose(d.purposes().get(0)).orElseThrow().name().resolve(l).text()));
            }
            d.basis().ifPresent(b -> fact("disclosures.basis", ALL, labelled("Luovutuksen peruste",
                    "Grund för utlämnandet", "Basis for the disclosure", l -> b.resolve(l).text())));
            d.country().ifPresent(c -> fact("disclosures.country", ALL, labelled("Vastaanottajan sijaintimaa",
                    "Mottagarens land", "Recipient’s country", l -> countryName(c, l))));
        }
        fact("disclosures.role", ALL, words("(viranomainen)", "(myndighet)", "(public authority)"));
        fact("disclosures.role", ALL, words("(henkilötietojen käsittelijä)", "(personuppgiftsbiträde)",
                "(processor)"));
        fact("disclosures.role", ALL, words("(itsenäinen rekisterinpitäjä)", "(självständigt personuppgiftsansvarig)",
                "(controller in its own right)"));
        fact("disclosures.role", ALL, words("(kolmas osapuoli)", "(tredje part)", "(third party)"));
        omit("disclosures.key", ALL, "keys link the parts of the register");

        Transfer scc = ((Transfers.ThirdCountries) r.transfers().orElseThrow()).transfers().get(0);
        fact("transfers.ThirdCountries.transfers.country", ALL, l -> countryName(scc.country(), l));
        fact("transfers.ThirdCountries.transfers.country", ALL, l -> countryName("JP", l));
        fact("transfers.ThirdCountries.transfers.recipient", ALL, scc.recipient().orElseThrow());
        fact("transfers.ThirdCountries.transfers.categories", ALL, categoryNames(r, scc.categories()));
        fact("transfers.ThirdCountries.transfers.safeguard", ALL, words(
                "komission hyväksymät vakiosopimuslausekkeet (tietosuoja-asetuksen 46 artiklan 2 kohdan c alakohta)",
                "standardavtalsklausuler som antagits av kommissionen (artikel 46.2 c i dataskyddsförordningen)",
                "standard contractual clauses adopted by the Commission (Article 46(2)(c) GDPR)"));
        fact("transfers.ThirdCountries.transfers.safeguard", ALL, words(
                "EU:n ja Yhdysvaltojen välinen tietosuojakehys", "ramverket för dataskydd mellan EU och USA",
                "EU–US Data Privacy Framework, the recipient is certified"));
        fact("transfers.ThirdCountries.transfers.safeguard", ALL, words(
                "komission päätös tietosuojan riittävästä tasosta (tietosuoja-asetuksen 45 artiklan 3 kohta)",
                "kommissionens beslut om adekvat skyddsnivå (artikel 45.3 i dataskyddsförordningen)",
                "the Commission’s adequacy decision (Article 45(3) GDPR)"));
        fact("transfers.ThirdCountries.transfers.safeguardCopy", NOTICES, scc.safeguardCopy().orElseThrow());
        omit("transfers.ThirdCountries.transfers.safeguardCopy", only(DocumentType.REKISTERISELOSTE,
                DocumentType.ART_30_RECORD), "Art. 13(1)(f) and 14(1)(f) ask where a copy is had; §10 and Art. 30 do"
                + " not");
        LocalizedText none = ((Transfers.None) registers[1].transfers().orElseThrow()).statement().orElseThrow();
        factIn(1, "transfers.None.statement", ALL, l -> none.resolve(l).text());

        omit("retention.event", ALL, "the event key ties a rule to the timestamp the retention sweep counts from;"
                + " readers see the event in words");
        fact("retention.categories", ALL, l -> r.dataCategory("contact").orElseThrow().name()
                .resolve(l).text() + ": ");
        fact("retention.retention.AfterEvent.period", ALL, words("3 vuotta asiakassuhteen"
                + " päättymisestä", "3 år efter att kundförhållandet upphört", "3 years after the customer"
                + " relationship ends"));
        fact("retention.retention.AfterEvent.event", ALL, ((Retention.AfterEvent) r.retention().get(0)
                .retention()).event());
        fact("retention.retention.Criteria.criteria", ALL, ((Retention.Criteria) r.retention().get(1)
                .retention()).criteria());
        fact("retention.retention.FromCollection.period", ALL, words("18 kuukautta tietojen keräämisestä",
                "18 månader efter insamlingen av uppgifterna", "18 months after the collection of the data"));
        fact("retention.retention.Timed.duration", ALL, words("10 minuuttia kirjautumisesta",
                "10 minuter efter inloggningen", "10 minutes after login"));
        fact("retention.retention.Timed.event", ALL, t("kirjautumisesta", "inloggningen", "login"));
        fact("retention.retention.Until.condition", ALL, words("kunnes suostumus peruutetaan",
                "tills samtycket återkallas", "until consent is withdrawn"));
        fact("retention.retention.Until.description", ALL, t("kunnes tili suljetaan", "tills kontot stängs",
                "until the account is closed"));
        Transfers.MayOccur may = (Transfers.MayOccur) registers[2].transfers().orElseThrow();
        factIn(2, "transfers.MayOccur.statement", ALL, l -> may.statement().orElseThrow().resolve(l).text());
        factIn(2, "transfers.MayOccur.safeguards", ALL, words("Suojatoimet: komission hyväksymät"
                + " vakiosopimuslausekkeet (tietosuoja-asetuksen 46 artiklan 2 kohdan c alakohta)", "Skyddsåtgärder:"
                + " standardavtalsklausuler som antagits av kommissionen (artikel 46.2 c i dataskyddsförordningen)",
                "Safeguards: standard contractual clauses adopted by the Commission (Article 46(2)(c) GDPR)"));
        fact("transfers.ThirdCountries.transfers.dataPrivacyFramework", ALL, words(
                "tietosuojakehys (Data Privacy Framework), johon vastaanottaja on sertifioitunut",
                "(EU–US Data Privacy Framework), där mottagaren är certifierad",
                "EU–US Data Privacy Framework, the recipient is certified"));
        fact("security.general", ALL, r.security().general().orElseThrow());
        fact("security.electronic", ALL, r.security().electronic().orElseThrow());
        fact("security.manual", ALL, r.security().manual().orElseThrow());

        LocalizedText used = ((AutomatedDecisionMaking.Used) r.automatedDecisionMaking().orElseThrow()).description();
        fact("automatedDecisionMaking.Used.description", NOTICES, used);
        factIn(1, "automatedDecisionMaking.None", NOTICES, words("automaattiseen päätöksentekoon",
                "automatiserat beslutsfattande", "automated decision-making"));
        String noAutomated = "Art. 13(2)(f) and 14(2)(g) ask it of the notices; §10 and Art. 30(1) do not";
        omit("automatedDecisionMaking.Used.description", only(DocumentType.REKISTERISELOSTE,
                DocumentType.ART_30_RECORD), noAutomated);
        omit("automatedDecisionMaking.None", only(DocumentType.REKISTERISELOSTE, DocumentType.ART_30_RECORD),
                noAutomated);

        fact("provisionRequirement", only(DocumentType.ART_13_NOTICE), r.provisionRequirement().orElseThrow());
        omit("provisionRequirement", only(DocumentType.ART_14_NOTICE), "Art. 13(2)(e) only: under Art. 14 the data"
                + " is not collected from the subject");
        omit("provisionRequirement", only(DocumentType.REKISTERISELOSTE, DocumentType.ART_30_RECORD),
                "§10 and Art. 30(1) do not ask it");

        Map<DocumentType, Set<Topic>> unusedTopics = new EnumMap<>(DocumentType.class);
        unusedTopics.put(DocumentType.REKISTERISELOSTE, EnumSet.of(Topic.RETENTION, Topic.RIGHTS));
        unusedTopics.put(DocumentType.ART_13_NOTICE, EnumSet.of(Topic.NAME));
        unusedTopics.put(DocumentType.ART_14_NOTICE, EnumSet.of(Topic.NAME));
        unusedTopics.put(DocumentType.ART_30_RECORD, EnumSet.allOf(Topic.class));
        for (Topic topic : Topic.values()) {
            Set<DocumentType> shown = EnumSet.noneOf(DocumentType.class);
            for (DocumentType type : TYPES) {
                if (!unusedTopics.get(type).contains(topic)) {
                    shown.add(type);
                }
            }
            if (!shown.isEmpty()) {
                fact("introductions", shown, words("Johdanto " + topic.code(), "Inledning " + topic.code(),
                        "Lead-in " + topic.code()));
            }
        }
        omit("introductions", only(DocumentType.ART_30_RECORD), "the record states facts; lead-ins are for the"
                + " public documents (and a notice has no name section, the classic statement no rights section)");
    }

    private static Function<Language, String> labelled(String fi, String sv, String en,
            Function<Language, String> value) {
        return language -> words(fi, sv, en).apply(language) + ": " + value.apply(language);
    }

    private static Function<Language, String> categoryNames(Register register, List<String> keys) {
        return language -> String.join(", ", keys.stream()
                .map(k -> register.dataCategory(k).orElseThrow().name().resolve(language).text()).toList());
    }

    private static String countryName(String code, Language language) {
        return new Locale("", code).getDisplayCountry(language.locale());
    }

    @Test
    void everyFactAppearsInEveryFormatAndLanguage() {
        List<String> missing = new ArrayList<>();
        for (Fact fact : FACTS) {
            for (DocumentType type : fact.types()) {
                for (Language language : Language.values()) {
                    String expected = SPACE.matcher(fact.text().apply(language)).replaceAll(" ");
                    for (DocumentFormat format : FORMATS) {
                        String rendered = RENDERED.get(key(fact.register(), type, language, format));
                        // A PDF line may wrap inside a citation such as 46(2)(c): compare PDF text without spaces.
                        boolean found = format == DocumentFormat.PDF
                                ? rendered.replace(" ", "").contains(expected.replace(" ", ""))
                                : rendered.contains(expected);
                        if (!found) {
                            missing.add(fact.path() + " in " + type + "/" + language + "/" + format + ": " + expected);
                        }
                    }
                }
            }
        }
        assertEquals(List.of(), missing);
    }

    @Test
    void everyFieldIsClassified() {
        Set<String> fields = modelFields();
        List<String> unclassified = new ArrayList<>();
        for (String field : fields) {
            for (DocumentType type : TYPES) {
                boolean shown = FACTS.stream().anyMatch(f -> f.path().equals(field) && f.types().contains(type));
                boolean omitted = OMISSIONS.stream().anyMatch(o -> o.path().equals(field) && o.types().contains(type));
                if (shown == omitted) {
                    unclassified.add(field + " in " + type + (shown ? ": both shown and omitted" : ""));
                }
            }
        }
        assertEquals(List.of(), unclassified, "classify each field per document type in FactWalkTest and"
                + " docs/documents.md");
        Set<String> known = new TreeSet<>();
        FACTS.forEach(f -> known.add(f.path()));
        OMISSIONS.forEach(o -> known.add(o.path()));
        known.removeAll(fields);
        assertEquals(Set.of(), known, "classified paths that the model does not have");
    }

    @Test
    void theRegistersFillEveryField() {
        Set<String> fields = modelFields();
        Set<String> filled = new TreeSet<>();
        for (Register register : registers) {
            collectFilled("", register, filled);
        }
        fields.removeAll(filled);
        assertEquals(Set.of(), fields, "fill these in full() or alternative()");
    }

    /** The paths, named as {@link #walk} names them, that hold a value (true, a non-empty list) somewhere. */
    private static void collectFilled(String path, Object value, Set<String> filled) {
        if (value instanceof Optional<?> optional) {
            optional.ifPresent(v -> collectFilled(path, v, filled));
        } else if (value instanceof List<?> list) {
            list.forEach(v -> collectFilled(path, v, filled));
        } else if (value instanceof Set<?> set) {
            if (!set.isEmpty()) {
                filled.add(path);
            }
        } else if (value instanceof Map<?, ?> map) {
            if (!map.isEmpty()) {
                filled.add(path);
            }
        } else if (value instanceof Register register) {
            for (Method accessor : registerAccessors()) {
                collectFilled(accessor.getName(), invoke(accessor, register), filled);
            }
        } else if (value.getClass().isRecord() && value.getClass().getPackageName().equals("fi.rekisteri.core")
                && !(value instanceof LocalizedText)) {
            String here = path;
            for (Class<?> parent : value.getClass().getInterfaces()) {
                if (parent.isSealed()) {
                    here = path + "." + value.getClass().getSimpleName();
                }
            }
            if (value.getClass().getRecordComponents().length == 0) {
                filled.add(here);
            }
            for (RecordComponent component : value.getClass().getRecordComponents()) {
                collectFilled(here + "." + component.getName(), invoke(component.getAccessor(), value), filled);
            }
        } else if (!Boolean.FALSE.equals(value)) {
            filled.add(path);
        }
    }

    private static List<Method> registerAccessors() {
        List<Method> accessors = new ArrayList<>();
        for (Method accessor : Register.class.getMethods()) {
            if (accessor.getParameterCount() == 0 && !Modifier.isStatic(accessor.getModifiers())
                    && accessor.getDeclaringClass() == Register.class
                    && !Set.of("toBuilder", "hashCode", "toString", "categoryHierarchy").contains(accessor.getName())) {
                accessors.add(accessor);
            }
        }
        return accessors;
    }

    /** Every leaf field of the model, reached from the register's accessors. */
    private static Set<String> modelFields() {
        Set<String> fields = new TreeSet<>();
        for (Method accessor : registerAccessors()) {
            walk(accessor.getName(), accessor.getGenericReturnType(), fields);
        }
        return fields;
    }

    private static Object invoke(Method accessor, Object target) {
        try {
            accessor.setAccessible(true);
            return accessor.invoke(target);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(accessor.getName(), e);
        }
    }

    /** Collects the leaf fields under a path: records and sealed variants are walked, containers unwrapped. */
    private static void walk(String path, Type type, Set<String> fields) {
        if (type instanceof ParameterizedType parameterized) {
            Class<?> raw = (Class<?>) parameterized.getRawType();
            if (raw == Optional.class || raw == List.class || raw == Set.class) {
                Type element = parameterized.getActualTypeArguments()[0];
                if (raw == Set.class && element instanceof Class<?> c && c.isEnum()) {
                    fields.add(path);
                    return;
                }
                walk(path, element, fields);
                return;
            }
            if (raw == Map.class) {
                fields.add(path);
                return;
            }
            throw new AssertionError("unknown container at " + path + ": " + type);
        }
        Class<?> c = (Class<?>) type;
        if (c.isRecord() && c.getPackageName().equals("fi.rekisteri.core") && c != LocalizedText.class) {
            if (c.getRecordComponents().length == 0) {
                fields.add(path);
            }
            for (RecordComponent component : c.getRecordComponents()) {
                walk(path + "." + component.getName(), component.getGenericType(), fields);
            }
        } else if (c.isSealed()) {
            for (Class<?> variant : c.getPermittedSubclasses()) {
                walk(path + "." + variant.getSimpleName(), variant, fields);
            }
        } else {
            fields.add(path);
        }
    }
}
