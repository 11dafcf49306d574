package fi.rekisteri.export.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.rdf.RdfNQuad;
import fi.rekisteri.core.LocalizedText;
import fi.rekisteri.core.Register;
import fi.rekisteri.export.DpvTerms;
import fi.rekisteri.export.TestRegisters;
import java.io.IOException;
import java.io.StringReader;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The newer facts of the model in the JSON-LD, read back as RDF: contact points, the statement's dates and law,
 * restricted rights, children and guardian consent, provision, alternative bases, "no disclosures", transfers that
 * may occur, the Data Privacy Framework, recipients' roles and countries, retention forms, cookies.
 */
class JsonLdFactsTest {

    private static final String DPV = "https://w3id.org/dpv#";
    private static final String GDPR = "https://w3id.org/dpv/legal/eu/gdpr#";
    private static final String LOC = "https://w3id.org/dpv/loc#";
    private static final String REK = DpvTerms.VOCABULARY;
    private static final String TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";
    private static final String VALUE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#value";
    private static final String LABEL = "http://www.w3.org/2000/01/rdf-schema#label";
    private static final String DCT = "http://purl.org/dc/terms/";

    /** The triples of a register's JSON-LD: IRIs as they are, literals quoted with their language. */
    private record Graph(Set<String> triples, String base) {

        static Graph of(Register register) throws JsonLdError {
            List<RdfNQuad> quads = JsonLd.toRdf(JsonDocument.of(new StringReader(Documents.toJsonLd(register))))
                    .get().toList();
            return new Graph(quads.stream().map(q -> q.getSubject().getValue() + " " + q.getPredicate().getValue()
                    + " " + (q.getObject().isLiteral()
                            ? "\"" + q.getObject().getValue() + "\"" + q.getObject().asLiteral().getLanguage()
                                    .map(l -> "@" + l).orElse("")
                            : q.getObject().getValue()))
                    .collect(Collectors.toSet()), "urn:rekisteri:" + register.key() + ":");
        }

        /** Asserts a triple whose subject (and object, when it starts with {@code reg:}) is the register's own. */
        void has(String subject, String predicate, String object) {
            String triple = own(subject) + " " + predicate + " " + own(object);
            assertTrue(triples.contains(triple), "missing " + triple + " in " + new TreeSet<>(triples));
        }

        /** The objects of a subject's predicate: how to follow a blank node. */
        Set<String> objects(String subject, String predicate) {
            String prefix = own(subject) + " " + predicate + " ";
            return triples.stream().filter(t -> t.startsWith(prefix)).map(t -> t.substring(prefix.length()))
                    .collect(Collectors.toSet());
        }

        /** The one duration of a retention rule or cookie, a blank node. */
        String duration(String subject) {
            Set<String> durations = objects(subject, DPV + "hasDuration");
            assertEquals(1, durations.size(), subject + " has one duration");
            return durations.iterator().next();
        }

        private String own(String term) {
            return term.startsWith("reg:") ? base + term.substring(4) : term;
        }
    }

    @Test
    void contactPointsTheRepresentativeAndTheDpoWithHowToReachThem() throws JsonLdError {
        Graph g = Graph.of(TestRegisters.maximal());
        g.has("reg:register", REK + "hasContactPoint", "reg:contact-point/0");
        g.has("reg:contact-point/0", DPV + "hasName", "\"NO\"");
        g.has("reg:contact-point/0", DPV + "hasContact", "\"true\"");
        g.has("reg:register", DPV + "hasDataProtectionOfficer", "reg:dpo");
        g.has("reg:dpo", TYPE, DPV + "DataProtectionOfficer");
        g.has("reg:dpo", DPV + "hasContact", "\"dpo@example.fi\"");
        g.has("reg:register", DPV + "hasRepresentative", "reg:representative");
        g.has("reg:representative", TYPE, DPV + "Representative");
        g.has("reg:representative", DPV + "hasAddress", "\"Straße 2, 10115 Berlin, DE\"");
        g.has("reg:controller", DPV + "hasIdentifier", "\"2135102-9\"");
        g.has("reg:controller", DPV + "hasAddress", "\"Katu 1, 00100 Helsinki\"");
        g.has("reg:controller", DPV + "hasContact", "\"a@example.fi\"");
        g.has("reg:controller", DPV + "hasContact", "\"https://example.fi\"");

        Graph parties = Graph.of(TestRegisters.parties());
        parties.has("reg:register", REK + "hasContactPoint", "reg:contact-point/1");
        parties.has("reg:contact-point/0", DCT + "description", "\"Kundärenden\"@sv");
        parties.has("reg:contact-point/1", DPV + "hasContact", "\"arkisto@esimerkkila.fi\"");
        parties.has("reg:joint-controllers", REK + "hasContactPoint", "reg:joint-controllers/contact-point");
        parties.has("reg:joint-controllers/contact-point", DPV + "hasName", "\"Tietopyynnöt\"");
        parties.has("reg:joint-controllers/contact-point", DCT + "description", "\"Rekisteröidyn pyynnöt\"@fi");
        parties.has("reg:joint-controllers/contact-point", DPV + "hasContact", "\"tietopyynnot@esimerkkila.fi\"");
        parties.has("reg:controller", REK + "unitOf", "\"Exempelby stad\"@sv");
        parties.has("reg:controller", REK + "invalidBusinessId", "\"0209602-5\"");
        parties.has("reg:controller", DPV + "hasAddress", "\"PL 3, 99101 Esimerkkilä\"");
        parties.has("reg:controller", REK + "visitingAddress", "\"Torikatu 11, Esimerkkilä\"");
        parties.has("reg:controller", DPV + "hasContact", "\"kirjaamo(at)esimerkkila.fi\"");
        parties.has("reg:joint-controller-1", DPV + "hasIdentifier", "\"2135102-9\"");
        parties.has("reg:joint-controller-1", DPV + "hasContact", "\"040 000 0000\"");
    }

    @Test
    void theStatementsDatesVersionLawWhereChangesAreAnnouncedAndWhereItsLayersArePublished() throws JsonLdError {
        Graph g = Graph.of(TestRegisters.parties());
        g.has("reg:register", DPV + "hasNotice", "reg:notice");
        g.has("reg:notice", TYPE, DPV + "PrivacyNotice");
        g.has("reg:notice", REK + "version", "\"3\"");
        g.has("reg:notice", DCT + "created", "\"2017-01-02\"");
        g.has("reg:notice", DCT + "modified", "\"2024-05-06\"");
        g.has("reg:notice", DCT + "valid", "\"2024-06-01\"");
        g.has("reg:notice", DPV + "hasApplicableLaw", REK + "law-FI-henkilotietolaki");
        g.has("reg:notice", REK + "changeNotice", "\"På webbplatsen\"@sv");
        g.has("reg:notice", REK + "noticeUrl", "\"https://example.fi/tietosuoja\"@fi");
        g.has("reg:notice", REK + "firstLayerUrl", "\"https://example.fi/sv/dataskydd/i-korthet\"@sv");
        assertEquals(Set.of(), Graph.of(TestRegisters.alternatives()).objects("reg:register", DPV + "hasNotice"),
                "no notice node for a register without metadata");
    }

    @Test
    void restrictedRightsWithTheRightAndTheLaw() throws JsonLdError {
        Graph g = Graph.of(TestRegisters.parties());
        g.has("reg:register", REK + "hasRightsRestriction", "reg:rights-restriction/0");
        g.has("reg:rights-restriction/0", TYPE, REK + "RightsRestriction");
        g.has("reg:rights-restriction/0", REK + "restrictsRight", GDPR + "A17");
        g.has("reg:rights-restriction/0", DCT + "description", "\"Arkistoitavia tietoja ei poisteta.\"@fi");
        g.has("reg:rights-restriction/0", REK + "restrictionLaw", "\"Arkistolaki 831/1994\"@fi");
        g.has("reg:rights-restriction/1", REK + "restrictsRight", GDPR + "A15");
        assertEquals(Set.of(), g.objects("reg:rights-restriction/1", REK + "restrictionLaw"), "no law cited");
    }

    @Test
    void childrenGuardianConsentProvisionAndAlternativeBases() throws JsonLdError {
        Graph g = Graph.of(TestRegisters.maximal());
        g.has("reg:subject/pupil", TYPE, DPV + "Child");
        g.has("reg:subject/pupil", REK + "guardianConsent",
                "\"Huoltaja antaa suostumuksen alle 13-vuotiaan puolesta.\"@fi");
        g.has("reg:subject/customer", DCT + "description", "\"null\"@fi");
        g.has("reg:category/contact", DPV + "hasNecessity", DPV + "Required");
        g.has("reg:category/contact", DPV + "hasConsequence", "reg:category/contact/consequence");
        g.has("reg:category/contact/consequence", TYPE, DPV + "ConsequenceOfFailure");
        g.has("reg:category/contact/consequence", DCT + "description", "\"Sopimusta ei voida tehdä.\"@fi");
        g.has("reg:category/contact.email", DPV + "hasNecessity", DPV + "Optional");
        g.has("reg:register", REK + "provisionRequirement", "\"Sopimuksen edellytys\"@fi");
        g.has("reg:purpose/newsletter", DPV + "hasLegalBasis", GDPR + "A6-1-b");
        g.has("reg:purpose/newsletter", REK + "hasAlternativeLegalBasis", GDPR + "A6-1-f");
        g.has("reg:purpose/newsletter", REK + "hasAlternativeLegalBasis", GDPR + "A6-1-d");
        assertEquals(Set.of(), g.objects("reg:purpose/billing", REK + "hasAlternativeLegalBasis"));
    }

    @Test
    void disclosuresTheirAbsenceAndRecipientsRolesAndCountries() throws JsonLdError {
        Graph g = Graph.of(TestRegisters.maximal());
        g.has("reg:recipient/tax", TYPE, DPV + "Authority");
        g.has("reg:recipient/tax", DPV + "hasCountry", LOC + "FI");
        Graph alternatives = Graph.of(TestRegisters.alternatives());
        alternatives.has("reg:recipient/partner", TYPE, DPV + "DataController");
        alternatives.has("reg:recipient/mailing", TYPE, DPV + "DataProcessor");
        assertEquals(Set.of(DPV + "Recipient"), alternatives.objects("reg:recipient/unknown", TYPE),
                "a role left unstated is only a recipient");
        Graph flows = Graph.of(TestRegisters.dataFlows());
        flows.has("reg:register", REK + "noDisclosures", "reg:no-disclosures");
        flows.has("reg:no-disclosures", TYPE, REK + "NoDisclosures");
        flows.has("reg:no-disclosures", LABEL, "\"Tietoja ei luovuteta.\"@fi");
    }

    @Test
    void transfersThatMayOccurTheirSafeguardsAndTheDataPrivacyFramework() throws JsonLdError {
        Graph flows = Graph.of(TestRegisters.dataFlows());
        flows.has("reg:register", DPV + "hasProcessing", "reg:transfer/unspecified");
        flows.has("reg:transfer/unspecified", TYPE, DPV + "CrossBorderTransfer");
        flows.has("reg:transfer/unspecified", TYPE, REK + "PossibleTransfer");
        flows.has("reg:transfer/unspecified", DPV + "hasLegalBasis", GDPR + "A46-2-c");
        flows.has("reg:transfer/unspecified", REK + "namesInvalidatedMechanism", REK + "PrivacyShield");
        flows.has("reg:transfer/unspecified", REK + "namesInvalidatedMechanism", REK + "SafeHarbor");
        assertEquals(Set.of(), flows.objects("reg:transfer/unspecified", DPV + "hasThirdCountry"));

        Graph g = Graph.of(TestRegisters.maximal());
        g.has("reg:transfer/1", REK + "certifiedUnderDataPrivacyFramework", "\"true\"");
        assertEquals(Set.of(), g.objects("reg:transfer/0", REK + "certifiedUnderDataPrivacyFramework"));
        g.has("reg:transfer/0", REK + "safeguardCopy", "\"Pyydä tietosuojavastaavalta\"@fi");
        g.has("reg:transfer/0", DPV + "hasPersonalData", "reg:category/contact.email");
        g.has("reg:transfer/1", LABEL, "\"Analytics Inc.\"@en");
    }

    @Test
    void everyRetentionForm() throws JsonLdError {
        Graph g = Graph.of(TestRegisters.maximal());
        String afterEvent = g.duration("reg:retention/0");
        g.has(afterEvent, TYPE, DPV + "UntilEventDuration");
        g.has(afterEvent, VALUE, "\"P6Y\"");
        g.has(afterEvent, LABEL, "\"tilikauden päättyminen\"@fi");
        g.has(g.duration("reg:retention/1"), LABEL, "\"Niin kauan kuin tarpeen\"@fi");
        String fromCollection = g.duration("reg:retention/2");
        g.has(fromCollection, TYPE, DPV + "TemporalDuration");
        g.has(fromCollection, VALUE, "\"P18M\"");
        g.has(fromCollection, LABEL, "\"tietojen keräämisestä\"@fi");
        String timed = g.duration("reg:retention/3");
        g.has(timed, TYPE, DPV + "UntilEventDuration");
        g.has(timed, VALUE, "\"PT10M\"");
        g.has(timed, LABEL, "\"kirjautuminen\"@fi");
        g.has(g.duration("reg:retention/4"), VALUE, "\"PT36H\"");
        String until = g.duration("reg:retention/5");
        g.has(until, TYPE, DPV + "UntilEventDuration");
        g.has(until, REK + "untilCondition", "\"consent-withdrawn\"");
        g.has(until, LABEL, "\"kunnes suostumus peruutetaan\"@fi");
        String other = g.duration("reg:retention/6");
        g.has(other, REK + "untilCondition", "\"other\"");
        g.has(other, LABEL, "\"kunnes tili suljetaan\"@fi");
        Graph flows = Graph.of(TestRegisters.dataFlows());
        flows.has(flows.duration("reg:retention/0"), REK + "untilCondition", "\"subscription-cancelled\"");
        flows.has(flows.duration("reg:retention/1"), REK + "untilCondition", "\"membership-ended\"");
        flows.has(flows.duration("reg:retention/2"), REK + "untilCondition", "\"objection\"");
    }

    @Test
    void cookiesWithNecessityPartyProviderLifetimeAndPurposes() throws JsonLdError {
        Graph g = Graph.of(TestRegisters.maximal());
        g.has("reg:register", DPV + "isImplementedUsingTechnology", "reg:cookie/ga");
        g.has("reg:cookie/ga", TYPE, DPV + "Technology");
        g.has("reg:cookie/ga", TYPE, REK + "Cookie");
        g.has("reg:cookie/ga", DPV + "hasName", "\"_ga\"");
        g.has("reg:cookie/ga", DCT + "description", "\"Kävijäseuranta\"@fi");
        g.has("reg:cookie/ga", REK + "strictlyNecessary", "\"false\"");
        g.has("reg:cookie/ga", REK + "thirdParty", "\"true\"");
        g.has("reg:cookie/ga", DPV + "hasThirdParty", "reg:cookie/ga/provider");
        g.has("reg:cookie/ga/provider", TYPE, DPV + "ThirdParty");
        g.has("reg:cookie/ga/provider", LABEL, "\"Analytics Inc.\"@en");
        g.has("reg:cookie/ga/provider", DPV + "hasCountry", LOC + "US");
        g.has("reg:cookie/ga", DPV + "hasPurpose", "reg:purpose/marketing");
        g.has(g.duration("reg:cookie/ga"), VALUE, "\"P13M\"");
        g.has("reg:cookie/session", REK + "strictlyNecessary", "\"true\"");
        g.has("reg:cookie/session", REK + "thirdParty", "\"false\"");
        g.has(g.duration("reg:cookie/session"), TYPE, REK + "BrowserSession");
        g.has(g.duration("reg:cookie/consent"), VALUE, "\"PT30M\"");
    }

    @Test
    void purposesDetailsSourcesDisclosuresAndTheOtherStatements() throws JsonLdError {
        Graph g = Graph.of(TestRegisters.maximal());
        g.has("reg:purpose/marketing", REK + "objection", "\"Kiellä markkinointi\"@fi");
        g.has("reg:purpose/billing", REK + "specialCategoryCondition", GDPR + "A9-2-f");
        g.has("reg:purpose/billing", REK + "identityCodeGround", "\"unambiguous-identification\"");
        g.has("reg:purpose/billing", REK + "criminalDataAuthorisation", "\"Laki 1/2000\"@fi");
        g.has("reg:purpose/billing", DPV + "hasDataSubject", "reg:subject/customer");
        Set<String> details = g.objects("reg:purpose/marketing", REK + "hasLegalBasisDetail");
        assertEquals(1, details.size());
        g.has(details.iterator().next(), DPV + "hasLegalBasis", GDPR + "A6-1-a");
        g.has(details.iterator().next(), DCT + "description", "\"Peru suostumus sähköpostilla\"@fi");
        g.has("reg:category/identity-code", REK + "sensitivity", "\"criminal-offence\"");
        g.has("reg:category/contact.email", DPV + "hasDataSubject", "reg:subject/customer");
        g.has("reg:source/0", TYPE, DPV + "DataSubjectDataSource");
        g.has("reg:source/0", DPV + "hasPersonalData", "reg:category/contact");
        g.has("reg:source/2", DPV + "hasIdentifier", "\"0245437-2\"");
        g.has("reg:source/2", REK + "sourceReason", "\"Tarkistus\"@fi");
        g.has("reg:source/2", REK + "publiclyAccessible", "\"true\"");
        g.has("reg:recipient/tax", DPV + "hasPersonalData", "reg:category/contact");
        g.has("reg:recipient/tax", DPV + "hasPurpose", "reg:purpose/accounting");
        g.has("reg:recipient/tax", REK + "disclosureBasis", "\"Laki\"@fi");
        g.has("reg:register", DPV + "hasContext", "reg:automated-decision-making");
        g.has("reg:automated-decision-making", DCT + "description", "\"Luottopäätös\"@fi");
        Graph alternatives = Graph.of(TestRegisters.alternatives());
        alternatives.has("reg:register", REK + "noAutomatedDecisionMaking", "\"true\"");
        alternatives.has("reg:register", REK + "noTransfers", "reg:no-transfers");
        alternatives.has("reg:no-transfers", LABEL, "\"Tietoja ei siirretä.\"@fi");
    }

    /**
     * Every text and string of every sample register (the samples together fill every field of the model) appears
     * in its JSON-LD, as a literal or in an IRI; only the lead-in texts of documents are left out, being no fact of
     * the processing.
     */
    @Test
    void everyTextOfTheSamplesIsInTheirJsonLd() throws JsonLdError, ReflectiveOperationException {
        for (Register register : List.of(TestRegisters.maximal(), TestRegisters.alternatives(),
                TestRegisters.parties(), TestRegisters.dataFlows())) {
            String rdf = String.join("\n", Graph.of(register).triples());
            Set<String> texts = new TreeSet<>();
            for (Method property : Register.class.getDeclaredMethods()) {
                if (Modifier.isPublic(property.getModifiers()) && !Modifier.isStatic(property.getModifiers())
                        && property.getParameterCount() == 0
                        && !Set.of("toBuilder", "hashCode", "toString", "categoryHierarchy", "introductions")
                                .contains(property.getName())) {
                    texts(property.invoke(register), texts);
                }
            }
            Set<String> missing = texts.stream().filter(t -> !rdf.contains(t))
                    .collect(Collectors.toCollection(TreeSet::new));
            assertEquals(Set.of(), missing, register.key());
        }
    }

    private static void texts(Object value, Set<String> texts) throws ReflectiveOperationException {
        if (value instanceof String text) {
            texts.add(text);
        } else if (value instanceof LocalizedText text) {
            texts.addAll(text.values().values());
        } else if (value instanceof Optional<?> optional && optional.isPresent()) {
            texts(optional.get(), texts);
        } else if (value instanceof Collection<?> collection) {
            for (Object element : collection) {
                texts(element, texts);
            }
        } else if (value instanceof Record record && record.getClass().getPackageName().startsWith("fi.rekisteri")) {
            for (RecordComponent component : record.getClass().getRecordComponents()) {
                texts(component.getAccessor().invoke(record), texts);
            }
        }
    }

    /** Our own terms are documented: each one the tests accept has its row in docs/json-ld.md. */
    @Test
    void everyOwnTermIsDocumented() throws IOException {
        String doc = Files.readString(Path.of("docs/json-ld.md"));
        Set<String> undocumented = DpvTerms.OWN_TERMS.keySet().stream()
                .map(iri -> "rek:" + iri.substring(REK.length()))
                .filter(term -> !doc.contains("`" + term + "`")).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(Set.of(), undocumented);
        assertTrue(doc.contains("`" + REK + "`"), "the namespace is named");
    }
}
