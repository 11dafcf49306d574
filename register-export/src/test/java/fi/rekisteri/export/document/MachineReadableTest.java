package fi.rekisteri.export.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.rdf.RdfNQuad;
import fi.rekisteri.core.Language;
import fi.rekisteri.core.Register;
import fi.rekisteri.export.TestRegisters;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class MachineReadableTest {

    private static final String DPV = "https://w3id.org/dpv#";
    private static final String GDPR = "https://w3id.org/dpv/legal/eu/gdpr#";
    private static final String RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";
    private static final String BASE = "urn:rekisteri:maximal:";

    private static List<CSVRecord> csv(Register register, Language language) throws IOException {
        StringBuilder out = new StringBuilder();
        Documents.writeArt30Csv(register, language, out);
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(out.toString())).getRecords();
    }

    @Test
    void writesOneArt30RowPerPurposeWithTheColumnsOfTheRecord() throws IOException {
        Register register = TestRegisters.maximal();
        List<CSVRecord> rows = csv(register, Language.EN);
        assertEquals(register.purposes().size(), rows.size());
        assertEquals(List.of("Register", "Controller", "Controller’s representative", "Data protection officer",
                "Purpose", "Legal basis",
                "Data subject categories", "Data categories", "Recipients", "Third-country transfers and safeguards",
                "Retention", "Security measures"), rows.get(0).getParser().getHeaderNames());
        CSVRecord billing = rows.get(0);
        assertEquals("All parts", billing.get("Register"));
        assertEquals("Kaikki \"osat\" & <script>", csv(register, Language.FI).get(0).get("Rekisteri"),
                "quotes survive CSV quoting");
        assertEquals("Esimerkki Oy; 2135102-9; Katu 1, 00100 Helsinki; a@example.fi; 0445962025; https://example.fi",
                billing.get("Controller"), "commas survive CSV quoting");
        assertEquals("Laskutus", billing.get("Purpose"));
        assertEquals("contract (Article 6(1)(b) GDPR)", billing.get("Legal basis"));
        assertEquals("Asiakkaat", billing.get("Data subject categories"));
        assertEquals("Yhteystiedot; Sähköposti; Henkilötunnus", billing.get("Data categories"));
        assertEquals("United States, Cloud Inc. – standard contractual clauses adopted by the Commission (Article"
                + " 46(2)(c) GDPR); United States, Analytics Inc. – EU–US Data Privacy Framework, the recipient is"
                + " certified; the Commission’s adequacy decision (Article 45(3) GDPR)",
                billing.get("Third-country transfers and safeguards"));
        assertEquals("Yhteystiedot: 6 years after tilikauden päättyminen; Henkilötunnus: Niin kauan kuin tarpeen;"
                + " Sähköposti: 18 months after the collection of the data; Sähköposti: 10 minutes after"
                + " kirjautuminen; Sähköposti: 1 day 12 hours after the collection of the data; Sähköposti: until"
                + " consent is withdrawn; Sähköposti: kunnes tili suljetaan",
                billing.get("Retention"));
        assertEquals("Tietosuojavastaava; dpo@example.fi", billing.get("Data protection officer"));
        assertEquals("Edustaja GmbH; Straße 2, 10115 Berlin, DE", billing.get("Controller’s representative"),
                "Art. 30(1)(a): the representative where Art. 27 applies");
        CSVRecord accounting = rows.get(2);
        assertEquals("Verohallinto (public authority)", accounting.get("Recipients"), "the disclosure serves accounting only");
        assertEquals("", billing.get("Recipients"));
    }

    @Test
    void theDpoCellStatesThatNoneIsDesignatedWhereTheRegisterSaysSo() throws IOException {
        Register register = TestRegisters.maximal().toBuilder()
                .noDataProtectionOfficer("Art. 37 does not apply: no large-scale monitoring").build();
        assertEquals("No data protection officer has been designated. Reason: Art. 37 does not apply: no large-scale"
                + " monitoring", csv(register, Language.EN).get(0).get("Data protection officer"),
                "the documents' own wording, as the HTML and PDF record print it");
        assertEquals("Tietosuojavastaavaa ei ole nimitetty. Peruste: Art. 37 does not apply: no large-scale"
                + " monitoring", csv(register, Language.FI).get(0).get("Tietosuojavastaava"));
        assertEquals("", csv(TestRegisters.maximal().toBuilder().clearDataProtectionOfficer().build(), Language.EN)
                .get(0).get("Data protection officer"), "a register that says nothing of one: an empty cell");
    }

    @Test
    void theOrganisationsRecordGivesEachRowItsOwnRegistersRepresentative() throws IOException {
        Register represented = TestRegisters.maximal();
        Register without = represented.toBuilder().clearRepresentative().build();
        StringBuilder out = new StringBuilder();
        Documents.writeArt30Csv(List.of(represented, without), Language.EN, out);
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(out.toString())).getRecords();
        int each = represented.purposes().size();
        assertEquals(2 * each, rows.size());
        for (int r = 0; r < rows.size(); r++) {
            assertEquals(r < each ? "Edustaja GmbH; Straße 2, 10115 Berlin, DE" : "",
                    rows.get(r).get("Controller’s representative"), "row " + r);
        }
    }

    private static Set<String> triples(Register register) throws JsonLdError {
        String jsonLd = Documents.toJsonLd(register);
        List<RdfNQuad> quads = JsonLd.toRdf(JsonDocument.of(new StringReader(jsonLd))).get().toList();
        return quads.stream()
                .map(q -> q.getSubject().getValue() + " " + q.getPredicate().getValue() + " "
                        + (q.getObject().isLiteral()
                                ? "\"" + q.getObject().getValue() + "\"" + q.getObject().asLiteral().getLanguage()
                                        .map(l -> "@" + l).orElse("")
                                : q.getObject().getValue()))
                .collect(Collectors.toSet());
    }

    @Test
    void exportsJointControllersAndTheControllersKindAndNamesInEveryLanguage() throws JsonLdError {
        String base = "urn:rekisteri:parties:";
        Set<String> triples = triples(TestRegisters.parties());
        for (String expected : List.of(
                base + "register " + DPV + "hasJointDataControllers " + base + "joint-controllers",
                base + "joint-controllers " + RDF_TYPE + " " + DPV + "JointDataControllers",
                base + "joint-controllers " + DPV + "hasDataController " + base + "controller",
                base + "joint-controllers " + DPV + "hasDataController " + base + "joint-controller-1",
                base + "joint-controller-1 " + RDF_TYPE + " " + DPV + "ForProfitOrganisation",
                base + "controller " + RDF_TYPE + " " + DPV + "GovernmentalOrganisation",
                base + "controller http://www.w3.org/2000/01/rdf-schema#label \"Idrottstjänster\"@sv",
                base + "joint-controllers http://purl.org/dc/terms/description"
                        + " \"Kaupunki vastaa tietopyynnöistä.\"@fi")) {
            assertTrue(triples.contains(expected), expected + " in " + triples);
        }
    }

    @Test
    void exportsTheRegisterAsValidRdfInTheDataPrivacyVocabulary() throws JsonLdError {
        Set<String> triples = triples(TestRegisters.maximal());
        String process = BASE + "register";
        List<String> expected = List.of(
                process + " " + RDF_TYPE + " " + DPV + "Process",
                process + " " + DPV + "hasDataController " + BASE + "controller",
                process + " " + DPV + "hasPurpose " + BASE + "purpose/billing",
                BASE + "purpose/billing " + RDF_TYPE + " " + DPV + "Purpose",
                BASE + "purpose/billing " + DPV + "hasLegalBasis " + GDPR + "A6-1-b",
                BASE + "purpose/marketing " + RDF_TYPE + " " + DPV + "DirectMarketing",
                BASE + "purpose/security " + RDF_TYPE + " " + DPV + "EnforceSecurity",
                BASE + "purpose/billing " + DPV + "hasPersonalData " + BASE + "category/contact.email",
                process + " " + DPV + "hasLegalBasis " + GDPR + "A6-1-a",
                process + " " + DPV + "hasPersonalData " + BASE + "category/contact.email",
                BASE + "category/contact.email " + RDF_TYPE + " https://w3id.org/dpv/pd#EmailAddress",
                BASE + "category/contact.email http://www.w3.org/2004/02/skos/core#broader " + BASE + "category/contact",
                BASE + "category/identity-code " + RDF_TYPE + " " + DPV + "SpecialCategoryPersonalData",
                process + " " + DPV + "hasDataSubject " + BASE + "subject/customer",
                BASE + "subject/customer " + RDF_TYPE + " " + DPV + "Customer",
                BASE + "subject/employee http://www.w3.org/2000/01/rdf-schema#label \"Anställda\"@sv",
                process + " " + DPV + "hasRecipient " + BASE + "recipient/tax",
                BASE + "recipient/tax " + RDF_TYPE + " " + DPV + "Authority",
                process + " " + DPV + "hasDataSource " + BASE + "source/0",
                BASE + "source/0 " + RDF_TYPE + " " + DPV + "DataSubjectDataSource",
                process + " " + DPV + "hasStorageCondition " + BASE + "retention/0",
                BASE + "retention/0 " + RDF_TYPE + " " + DPV + "StorageDeletion",
                process + " " + DPV + "hasProcessing " + BASE + "transfer/0",
                BASE + "transfer/0 " + RDF_TYPE + " " + DPV + "CrossBorderTransfer",
                BASE + "transfer/0 " + DPV + "hasThirdCountry https://w3id.org/dpv/loc#US",
                BASE + "transfer/0 " + DPV + "hasLegalBasis " + GDPR + "A46-2-c",
                process + " " + DPV + "hasTechnicalOrganisationalMeasure " + BASE + "measure/manual");
        for (String triple : expected) {
            assertTrue(triples.contains(triple), "missing " + triple);
        }
        assertTrue(triples.stream().anyMatch(t -> t.contains(DPV + "UntilEventDuration")), "retention duration");
        assertTrue(triples.stream().anyMatch(t -> t.endsWith("\"P6Y\"")), "ISO period kept");
    }

    @Test
    void exportsUnmappedKeysInTheRegistersOwnNamespace() throws JsonLdError {
        Set<String> triples = triples(TestRegisters.seed());
        String purpose = "urn:rekisteri:mainostakomo-customers:purpose/incident-notification";
        assertTrue(triples.contains(purpose + " " + RDF_TYPE + " " + DPV + "Purpose"), triples.toString());
        assertTrue(triples.contains(purpose + " http://www.w3.org/2000/01/rdf-schema#label"
                + " \"Vikatilanteista tiedottamiseen\"@fi"));
    }
}
