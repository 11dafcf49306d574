package fi.rekisteri.export.consent;

import static fi.rekisteri.export.consent.ConsentRecordsFixture.GIVEN;
import static fi.rekisteri.export.consent.ConsentRecordsFixture.KEY;
import static fi.rekisteri.export.consent.ConsentRecordsFixture.NOW;
import static fi.rekisteri.export.consent.ConsentRecordsFixture.RAW_ID;
import static fi.rekisteri.export.consent.ConsentRecordsFixture.SUBJECT;
import static fi.rekisteri.export.consent.ConsentRecordsFixture.WITHDRAWN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.rdf.RdfNQuad;
import fi.rekisteri.core.policy.ConsentRecord;
import fi.rekisteri.core.policy.SubjectConsent;
import fi.rekisteri.core.policy.SubjectId;
import fi.rekisteri.export.DpvTerms;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The consent records read back as RDF hold every field ISO/IEC TS 27560 requires, in the terms of the DPV profile
 * for 27560, and nothing of the subject but the pseudonym.
 */
class ConsentJsonLdTest {

    private static final String DPV = "https://w3id.org/dpv#";
    private static final String DCT = "http://purl.org/dc/terms/";
    private static final String RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";
    private static final String RDFS_LABEL = "http://www.w3.org/2000/01/rdf-schema#label";
    private static final String XSD_DATE_TIME = "http://www.w3.org/2001/XMLSchema#dateTime";

    @Test
    void aRecordParsedAsRdfHasEveryRequiredField() throws JsonLdError {
        ConsentRecord record = ConsentRecordsFixture.given();
        Graph graph = Graph.of(ConsentJsonLd.toJsonLd(record));
        String id = "urn:uuid:" + record.id();

        assertTrue(graph.has(id, RDF_TYPE, DPV + "ConsentRecord"));
        assertEquals(Set.of(record.id().toString()), graph.literals(id, DCT + "identifier"));
        assertTrue(graph.has(id, DCT + "conformsTo", "https://w3id.org/dpv/schema/dpv-27560#record"));
        assertEquals(Set.of("fi", "sv", "en"), graph.literals(id, DCT + "language"));

        String subject = graph.object(id, DPV + "hasDataSubject");
        assertTrue(graph.has(subject, RDF_TYPE, DPV + "DataSubject"));
        assertEquals(Set.of(KEY.pseudonym(SUBJECT)), graph.literals(subject, DCT + "identifier"));

        Set<String> notices = graph.objects(id, DPV + "hasNotice");
        String privacyNotice = notices.stream().filter(n -> graph.has(n, RDF_TYPE, DPV + "PrivacyNotice"))
                .findFirst().orElseThrow();
        assertEquals(Set.of("newsletter-register"), graph.literals(privacyNotice, DCT + "identifier"));
        assertEquals(Set.of("2.1"), graph.literals(privacyNotice, DCT + "hasVersion"));
        String consentNotice = notices.stream().filter(n -> graph.has(n, RDF_TYPE, DPV + "ConsentNotice"))
                .findFirst().orElseThrow();
        assertEquals(Set.of("uutiskirje-3"), graph.literals(consentNotice, DCT + "hasVersion"));

        String purpose = graph.object(id, DPV + "hasPurpose");
        assertTrue(graph.has(purpose, RDF_TYPE, DPV + "Purpose"));
        assertTrue(graph.has(purpose, RDF_TYPE, DPV + "DirectMarketing"), "the purpose's DPV term");
        assertEquals(Set.of("Uutiskirje", "Nyhetsbrev", "Newsletter"), graph.literals(purpose, RDFS_LABEL));

        String controller = graph.object(id, DPV + "hasDataController");
        assertTrue(graph.has(controller, RDF_TYPE, DPV + "DataController"));
        assertEquals(Set.of("Esimerkki Oy"), graph.literals(controller, DPV + "hasName"));
        assertEquals(Set.of("2135102-9"), graph.literals(controller, DCT + "identifier"));

        assertTrue(graph.has(id, DPV + "hasLegalBasis", "https://w3id.org/dpv/legal/eu/gdpr#A6-1-a"));
        String withdrawal = graph.object(id, DPV + "hasConsentControl");
        assertTrue(graph.has(withdrawal, RDF_TYPE, DPV + "WithdrawConsent"));
        assertTrue(graph.literals(withdrawal, DCT + "description")
                .contains("Peru tilaus uutiskirjeen lopussa olevasta linkistä"));

        assertEquals(List.of("ConsentGiven " + GIVEN), graph.statuses(id));
    }

    @Test
    void aWithdrawnConsentSaysWithdrawnWithTheTime() throws JsonLdError {
        ConsentRecord record = ConsentRecordsFixture.withdrawn();
        assertEquals(List.of("ConsentGiven " + GIVEN, "ConsentWithdrawn " + WITHDRAWN),
                Graph.of(ConsentJsonLd.toJsonLd(record)).statuses("urn:uuid:" + record.id()));
    }

    @Test
    void anExpiredConsentSaysExpiredAtTheEndOfItsValidity() throws JsonLdError {
        ConsentRecord record = ConsentRecordsFixture.expired();
        assertEquals(List.of("ConsentGiven " + GIVEN, "ConsentExpired 2026-09-01T10:15:30Z"),
                Graph.of(ConsentJsonLd.toJsonLd(record)).statuses("urn:uuid:" + record.id()));
    }

    @Test
    void aConsentGivenAgainWhileLiveEndsTheEarlierRecordWhenTheRenewedOneStarts() throws IOException, JsonLdError {
        List<ConsentRecord> renewal = ConsentRecordsFixture.renewal();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ConsentJsonLd.write(renewal.stream(), out);
        Graph graph = Graph.of(out.toString(StandardCharsets.UTF_8));

        String renewed = ConsentRecordsFixture.RENEWED.toString();
        assertEquals(List.of("ConsentGiven " + GIVEN, "ConsentExpired " + renewed),
                graph.statuses("urn:uuid:" + renewal.get(0).id()), "the superseded record is no longer in force");
        assertEquals(List.of("RenewedConsentGiven " + renewed), graph.statuses("urn:uuid:" + renewal.get(1).id()));
    }

    @Test
    void theRenewedRecordReplacesTheSupersededOneWhichIsReplacedByIt() throws IOException, JsonLdError {
        List<ConsentRecord> renewal = ConsentRecordsFixture.renewal();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ConsentJsonLd.write(renewal.stream(), out);
        Graph graph = Graph.of(out.toString(StandardCharsets.UTF_8));
        String superseded = "urn:uuid:" + renewal.get(0).id();
        String renewed = "urn:uuid:" + renewal.get(1).id();

        assertEquals(Set.of(superseded), graph.objects(renewed, DCT + "replaces"));
        assertEquals(Set.of(renewed), graph.objects(superseded, DCT + "isReplacedBy"));
        assertEquals(Set.of(), graph.objects(superseded, DCT + "replaces"), "the first record replaced none");
        assertEquals(Set.of(), graph.objects(renewed, DCT + "isReplacedBy"), "the renewed record is in force");
        assertTrue(graph.has(superseded, RDF_TYPE, DPV + "ConsentRecord"), "the link is to the record's own node");
    }

    @Test
    void aRecordThatNeitherReplacedNorWasReplacedHasNeitherLink() throws JsonLdError {
        for (ConsentRecord record : List.of(ConsentRecordsFixture.given(), ConsentRecordsFixture.withdrawn(),
                ConsentRecordsFixture.expired())) {
            Graph graph = Graph.of(ConsentJsonLd.toJsonLd(record));
            String id = "urn:uuid:" + record.id();
            assertTrue(graph.has(id, RDF_TYPE, DPV + "ConsentRecord"));
            assertEquals(Set.of(), graph.objects(id, DCT + "replaces"), record.toString());
            assertEquals(Set.of(), graph.objects(id, DCT + "isReplacedBy"), record.toString());
        }
    }

    @Test
    void theSameConsentGivesTheSameRecordTwice() {
        String first = ConsentJsonLd.toJsonLd(ConsentRecordsFixture.given());
        assertEquals(first, ConsentJsonLd.toJsonLd(ConsentRecordsFixture.given()));
        assertEquals(ConsentRecordsFixture.given().id(), ConsentRecordsFixture.withdrawn().id());
    }

    @Test
    void noRecordHoldsTheSubjectsOwnId() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ConsentJsonLd.write(Stream.of(ConsentRecordsFixture.given(), ConsentRecordsFixture.withdrawn(),
                ConsentRecordsFixture.expired()), out);
        String written = out.toString(StandardCharsets.UTF_8);
        assertFalse(written.contains(RAW_ID), written);
        assertTrue(written.contains(KEY.pseudonym(SUBJECT)));
    }

    @Test
    void manyRecordsAreOneDocumentWhoseGraphHoldsEachRecord() throws IOException, JsonLdError {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ConsentRecord given = ConsentRecordsFixture.given();
        ConsentRecord expired = ConsentRecordsFixture.records().validFor(Period.ofMonths(6))
                .record(SubjectId.of("customer-4712"), new SubjectConsent("newsletter", GIVEN, Optional.empty()), NOW);
        ConsentJsonLd.write(Stream.of(given, expired), out);
        String written = out.toString(StandardCharsets.UTF_8);
        assertTrue(written.endsWith("}\n"), written);
        Graph graph = Graph.of(written);
        assertEquals(List.of("ConsentGiven " + GIVEN), graph.statuses("urn:uuid:" + given.id()));
        assertEquals(List.of("ConsentGiven " + GIVEN, "ConsentExpired 2026-09-01T10:15:30Z"),
                graph.statuses("urn:uuid:" + expired.id()));
    }

    @Test
    void everyDpvTermTheRecordsUseIsDefinedByTheReleaseAsWhatItIsUsedAs() throws JsonLdError {
        DpvTerms terms = DpvTerms.release();
        Set<String> problems = new TreeSet<>();
        List<ConsentRecord> all = new java.util.ArrayList<>(List.of(ConsentRecordsFixture.given(),
                ConsentRecordsFixture.withdrawn(), ConsentRecordsFixture.expired()));
        all.addAll(ConsentRecordsFixture.renewal());
        for (ConsentRecord record : all) {
            for (RdfNQuad quad : Graph.quads(ConsentJsonLd.toJsonLd(record))) {
                String predicate = quad.getPredicate().getValue();
                if (predicate.startsWith("https://w3id.org/dpv")
                        && terms.kind(predicate).orElse(null) != DpvTerms.Kind.PROPERTY) {
                    problems.add(predicate + " as a property");
                }
                String object = quad.getObject().getValue();
                if (quad.getObject().isIRI() && object.startsWith("https://w3id.org/dpv")
                        && !object.startsWith("https://w3id.org/dpv/schema/")
                        && terms.kind(object).orElse(null) != DpvTerms.Kind.CLASS) {
                    problems.add(object + " as a value of " + predicate);
                }
            }
        }
        assertEquals(Set.of(), problems, "against " + terms.releaseName());
    }

    /** The triples of a JSON-LD document, and the few questions the tests ask of them. */
    private record Graph(List<RdfNQuad> quads) {

        static Graph of(String jsonLd) throws JsonLdError {
            return new Graph(quads(jsonLd));
        }

        static List<RdfNQuad> quads(String jsonLd) throws JsonLdError {
            return JsonLd.toRdf(JsonDocument.of(new StringReader(jsonLd))).get().toList();
        }

        boolean has(String subject, String predicate, String object) {
            return quads.stream().anyMatch(q -> q.getSubject().getValue().equals(subject)
                    && q.getPredicate().getValue().equals(predicate) && q.getObject().getValue().equals(object));
        }

        Set<String> objects(String subject, String predicate) {
            return quads.stream().filter(q -> q.getSubject().getValue().equals(subject)
                    && q.getPredicate().getValue().equals(predicate)).map(q -> q.getObject().getValue())
                    .collect(Collectors.toSet());
        }

        String object(String subject, String predicate) {
            Set<String> objects = objects(subject, predicate);
            assertEquals(1, objects.size(), subject + " " + predicate + ": " + objects);
            return objects.iterator().next();
        }

        Set<String> literals(String subject, String predicate) {
            return quads.stream().filter(q -> q.getSubject().getValue().equals(subject)
                    && q.getPredicate().getValue().equals(predicate) && q.getObject().isLiteral())
                    .map(q -> q.getObject().getValue()).collect(Collectors.toSet());
        }

        /** Each consent status of the record as {@code Term time}, in order of time; the time an xsd:dateTime. */
        List<String> statuses(String record) {
            return objects(record, DPV + "hasConsentStatus").stream().map(status -> {
                String type = object(status, RDF_TYPE).substring(DPV.length());
                RdfNQuad date = quads.stream().filter(q -> q.getSubject().getValue().equals(status)
                        && q.getPredicate().getValue().equals(DCT + "date")).findFirst().orElseThrow();
                assertEquals(XSD_DATE_TIME, date.getObject().asLiteral().getDatatype());
                return type + " " + date.getObject().getValue();
            }).sorted((a, b) -> a.substring(a.indexOf(' ')).compareTo(b.substring(b.indexOf(' ')))).toList();
        }
    }
}
