package fi.rekisteri.export.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.document.JsonDocument;
import fi.rekisteri.core.ContactDetails;
import fi.rekisteri.core.DataCategory;
import fi.rekisteri.core.DataSubjectCategory;
import fi.rekisteri.core.Disclosure;
import fi.rekisteri.core.LegalBasis;
import fi.rekisteri.core.LocalizedText;
import fi.rekisteri.core.Organisation;
import fi.rekisteri.core.Purpose;
import fi.rekisteri.core.RecipientRole;
import fi.rekisteri.core.Register;
import fi.rekisteri.core.Retention;
import fi.rekisteri.core.RetentionRule;
import fi.rekisteri.core.Safeguard;
import fi.rekisteri.core.SecurityMeasures;
import fi.rekisteri.core.Sensitivity;
import fi.rekisteri.core.Source;
import fi.rekisteri.core.Transfer;
import fi.rekisteri.core.Transfers;
import fi.rekisteri.export.DpvTerms;
import fi.rekisteri.export.TestRegisters;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Period;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON-LD export uses only terms the DPV release defines, each as what it is, for every mapped key, legal basis,
 * safeguard, recipient role, source kind and retention form; and so does the shipped key → DPV mapping table.
 */
class DpvConformanceTest {

    private static final String DPV = "https://w3id.org/dpv#";
    private static final String GDPR = "https://w3id.org/dpv/legal/eu/gdpr#";
    private static final String RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";
    private static final String BASE = "urn:rekisteri:every-term:";
    private static final DpvTerms TERMS = DpvTerms.release();
    private static final Properties TABLE = table();

    private static final List<LegalBasis> BASES = List.of(
            LegalBasis.consent(LocalizedText.fi("Peru sähköpostilla")),
            LegalBasis.contract(),
            LegalBasis.legalObligation(LocalizedText.fi("Kirjanpitolaki 1336/1997")),
            LegalBasis.vitalInterests(),
            LegalBasis.publicTask(LocalizedText.fi("Laki 1/2000")),
            LegalBasis.legitimateInterests(LocalizedText.fi("Palvelun suojaaminen")));
    private static final List<Source> SOURCES = List.of(
            Source.DataSubject.of(LocalizedText.fi("Asiakkaan ilmoittamat")),
            Source.Internal.of(LocalizedText.fi("Asiakashistoria")),
            Source.External.of(LocalizedText.fi("YTJ")).withSupplies(LocalizedText.fi("Y-tunnus"))
                    .asPubliclyAccessible());
    private static final List<Retention> RETENTIONS = List.of(
            Retention.after(Period.ofYears(6), LocalizedText.fi("tilikauden päättyminen")),
            Retention.criteria(LocalizedText.fi("Niin kauan kuin tarpeen")),
            Retention.fromCollection(Period.ofMonths(18)),
            Retention.timed(java.time.Duration.ofMinutes(10), LocalizedText.fi("kirjautuminen")),
            Retention.until(Retention.Condition.CONSENT_WITHDRAWN));

    /** A register with every key of the mapping table and every choice of each closed part of the model. */
    static Register everyTerm() {
        Register.Builder register = Register.builder("every-term", LocalizedText.fi("Kaikki termit"),
                Organisation.of("Esimerkki Oy", ContactDetails.none()));
        // Sorted, so a parent category comes before its children.
        for (String key : keys("subject.")) {
            register.subjectCategory(DataSubjectCategory.of(key, LocalizedText.fi(key)));
        }
        for (String key : keys("category.")) {
            register.dataCategory(DataCategory.of(key, LocalizedText.fi(key)));
        }
        register.dataCategory(DataCategory.of("health", LocalizedText.fi("Terveys"))
                .with(Sensitivity.SPECIAL_CATEGORY));
        List<String> purposes = keys("purpose.");
        for (int i = 0; i < purposes.size(); i++) {
            register.purpose(Purpose.builder(purposes.get(i), LocalizedText.fi(purposes.get(i)))
                    .legalBasis(BASES.get(i % BASES.size())).categories("name").build());
        }
        register.purpose(Purpose.builder("newsletter", LocalizedText.fi("Uutiskirje"))
                .legalBasis(BASES.get(0)).directMarketing().build());
        SOURCES.forEach(register::source);
        for (RecipientRole role : RecipientRole.values()) {
            register.disclosure(Disclosure.of("to-" + role.code(), LocalizedText.fi(role.code()), "name")
                    .withRole(role).inCountry("SE"));
        }
        register.transfers(Transfers.of(Arrays.stream(Safeguard.values())
                .map(s -> Transfer.to("US", s).withRecipient(LocalizedText.en(s.code())))
                .toArray(Transfer[]::new)));
        RETENTIONS.forEach(r -> register.retention(RetentionRule.of(r, "name")));
        register.security(SecurityMeasures.none().withGeneral(LocalizedText.fi("Luottamuksellisesti"))
                .withElectronic(LocalizedText.fi("Palomuuri")).withManual(LocalizedText.fi("Lukitut tilat")));
        return register.build();
    }

    @Test
    void theTestRegisterUsesEveryChoiceOfEveryClosedPart() {
        Register register = everyTerm();
        assertEquals(Set.of(LegalBasis.class.getPermittedSubclasses()),
                register.purposes().stream().flatMap(p -> p.legalBasis().stream()).map(Object::getClass)
                        .collect(Collectors.toSet()), "every legal basis");
        assertEquals(Set.of(Source.class.getPermittedSubclasses()),
                register.sources().stream().map(Object::getClass).collect(Collectors.toSet()), "every source kind");
        assertEquals(Set.of(Retention.class.getPermittedSubclasses()),
                register.retention().stream().map(r -> r.retention().getClass()).collect(Collectors.toSet()),
                "every retention form");
        assertEquals(EnumSet.allOf(RecipientRole.class),
                register.disclosures().stream().flatMap(d -> d.role().stream()).collect(Collectors.toSet()));
        assertEquals(EnumSet.allOf(Safeguard.class), ((Transfers.ThirdCountries) register.transfers().orElseThrow())
                .transfers().stream().flatMap(t -> t.safeguard().stream()).collect(Collectors.toSet()));
    }

    @Test
    void everyTermTheExportWritesIsDefinedByTheReleaseAndUsedAsWhatItIs() throws JsonLdError {
        for (Register register : List.of(everyTerm(), TestRegisters.maximal(), TestRegisters.alternatives(),
                TestRegisters.parties(), TestRegisters.dataFlows(), TestRegisters.seed())) {
            assertEquals(List.of(), TERMS.problems(Documents.toJsonLd(register)),
                    register.key() + " against " + TERMS.releaseName());
        }
    }

    @Test
    void everyTermOfTheMappingTableIsAClassOfTheReleaseAndTypesItsNode() throws JsonLdError {
        Set<String> triples = triples(everyTerm());
        Map<String, String> prefixes = prefixes(everyTerm());
        for (String key : TABLE.stringPropertyNames()) {
            String term = TABLE.getProperty(key);
            String prefix = term.substring(0, term.indexOf(':'));
            assertTrue(prefixes.containsKey(prefix), key + ": prefix of " + term + " not in the context");
            String iri = prefixes.get(prefix) + term.substring(prefix.length() + 1);
            assertEquals(DpvTerms.Kind.CLASS, TERMS.kind(iri).orElse(null), key + " → " + term);
            String part = key.substring(0, key.indexOf('.'));
            String node = BASE + part + "/" + key.substring(part.length() + 1);
            assertTrue(triples.contains(node + " " + RDF_TYPE + " " + iri), "the export types " + node + " " + term);
        }
    }

    @Test
    void writesTheLawSourcesAndTransferBasesAsDpvNamesThem() throws JsonLdError {
        Set<String> triples = triples(everyTerm());
        String process = BASE + "register";
        for (String triple : List.of(
                process + " " + DPV + "hasApplicableLaw https://w3id.org/dpv/legal/eu#law-GDPR",
                BASE + "source/0 " + RDF_TYPE + " " + DPV + "DataSubjectDataSource",
                BASE + "source/1 " + RDF_TYPE + " " + DPV + "DataControllerDataSource",
                BASE + "source/2 " + RDF_TYPE + " " + DPV + "ThirdPartyDataSource",
                BASE + "purpose/billing " + RDF_TYPE + " " + DPV + "PaymentManagement",
                BASE + "transfer/" + Safeguard.BINDING_CORPORATE_RULES.ordinal() + " " + DPV + "hasLegalBasis "
                        + GDPR + "A46-2-b",
                BASE + "transfer/" + Safeguard.COMPELLING_LEGITIMATE_INTERESTS.ordinal() + " " + DPV
                        + "hasLegalBasis " + GDPR + "A49-2")) {
            assertTrue(triples.contains(triple), "missing " + triple);
        }
    }

    @Test
    void everyCountryCodeTheJdkKnowsIsALocationOfTheRelease() {
        Set<String> missing = new TreeSet<>();
        for (String code : Locale.getISOCountries()) {
            if (TERMS.kind("https://w3id.org/dpv/loc#" + code).isEmpty()) {
                missing.add(code);
            }
        }
        assertEquals(Set.of(), missing);
    }

    @Test
    void theCheckNamesUndefinedTermsTermsUsedAsTheWrongKindAndUndeclaredPrefixes() throws JsonLdError {
        String jsonLd = """
                {"@context": {"dpv": "https://w3id.org/dpv#", "eu-gdpr": "https://w3id.org/dpv/legal/eu/gdpr#",
                              "reg": "urn:rekisteri:bad:"},
                 "@id": "reg:register", "@type": ["dpv:Process", "dpv:hasPurpose"],
                 "dpv:hasApplicableLaw": {"@id": "eu-gdpr:GDPR"},
                 "dpv:Purpose": {"@id": "reg:purpose/x"},
                 "dpv:hasDataSource": {"@id": "dpv:hasDataSubject"},
                 "hasName": "dropped from the RDF, so caught by its name"}
                """;
        assertEquals(Set.of(
                "'hasName' is no compact IRI with a prefix the context declares",
                GDPR + "GDPR is not defined by DPV 2.3, used as a value of " + DPV + "hasApplicableLaw",
                DPV + "Purpose is a class, used as a property",
                DPV + "hasDataSubject is a property, used as a value of " + DPV + "hasDataSource",
                DPV + "hasPurpose is a property, used as a type"),
                Set.copyOf(TERMS.problems(jsonLd)));
    }

    private static Set<String> triples(Register register) throws JsonLdError {
        return JsonLd.toRdf(JsonDocument.of(new StringReader(Documents.toJsonLd(register)))).get().toList().stream()
                .filter(q -> !q.getObject().isLiteral())
                .map(q -> q.getSubject().getValue() + " " + q.getPredicate().getValue() + " "
                        + q.getObject().getValue())
                .collect(Collectors.toSet());
    }

    private static Map<String, String> prefixes(Register register) {
        JsonNode context = JsonMapper.shared().readTree(Documents.toJsonLd(register)).path("@context");
        return context.propertyNames().stream().collect(Collectors.toMap(p -> p, p -> context.path(p).asString()));
    }

    private static List<String> keys(String part) {
        return TABLE.stringPropertyNames().stream().filter(k -> k.startsWith(part))
                .map(k -> k.substring(part.length())).sorted().toList();
    }

    private static Properties table() {
        Properties table = new Properties();
        try (InputStream in = DpvConformanceTest.class.getResourceAsStream(
                "/fi/rekisteri/export/internal/document/dpv-terms.properties")) {
            if (in == null) {
                throw new IllegalStateException("no dpv-terms.properties on the class path");
            }
            table.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return table;
    }
}
