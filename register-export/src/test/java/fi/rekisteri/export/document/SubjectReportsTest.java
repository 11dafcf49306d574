package fi.rekisteri.export.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import fi.rekisteri.core.ContactDetails;
import fi.rekisteri.core.DataCategory;
import fi.rekisteri.core.DataSubjectCategory;
import fi.rekisteri.core.Language;
import fi.rekisteri.core.LegalBasis;
import fi.rekisteri.core.LocalizedText;
import fi.rekisteri.core.Organisation;
import fi.rekisteri.core.Purpose;
import fi.rekisteri.core.Register;
import fi.rekisteri.core.Retention;
import fi.rekisteri.core.RetentionRule;
import fi.rekisteri.core.Source;
import fi.rekisteri.core.policy.AccessReport;
import fi.rekisteri.core.policy.ErasureReport;
import fi.rekisteri.core.policy.HeldValue;
import fi.rekisteri.core.policy.ProcessingEntry;
import fi.rekisteri.core.policy.SubjectId;
import fi.rekisteri.core.policy.SubjectState;
import fi.rekisteri.export.internal.document.Messages;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Access and erasure reports rendered in every language and format, and their JSON valid against its schema. */
class SubjectReportsTest {

    private static final Instant AT = Instant.parse("2026-03-01T09:00:00Z");
    private static final SubjectId SUBJECT = SubjectId.of("c-1");
    private static final String HOSTILE = "<script>alert('x')</script> & co";

    private static final Register REGISTER = Register.builder("shop", LocalizedText.of("Asiakkaat", "Kunder",
                    "Customers"), Organisation.of("Example Oy", ContactDetails.none().withEmail("privacy@example.invalid")))
            .subjectCategory(DataSubjectCategory.of("customers", LocalizedText.of("Asiakkaat", "Kunder", "Customers")))
            .dataCategory(DataCategory.of("contact", LocalizedText.of("Yhteystiedot", "Kontaktuppgifter", "Contact details")))
            .dataCategory(DataCategory.of("billing", LocalizedText.of("Laskutus", "Fakturering", "Billing")))
            .purpose(Purpose.builder("customer-service", LocalizedText.of("Asiakaspalvelu", "Kundtjänst",
                    "Customer service")).legalBasis(LegalBasis.contract()).categories("contact").build())
            .purpose(Purpose.builder("bookkeeping", LocalizedText.of("Kirjanpito", "Bokföring", "Bookkeeping"))
                    .legalBasis(LegalBasis.legalObligation(LocalizedText.fi("Kirjanpitolaki 1336/1997")))
                    .categories("billing").build())
            .source(new Source.DataSubject(LocalizedText.of("Asiakas itse", "Kunden själv", "The customer"),
                    List.of("contact")))
            .source(new Source.Internal(LocalizedText.of("Laskutus", "Fakturering", "Invoicing"), List.of("billing")))
            .retention(RetentionRule.of(Retention.after(Period.ofYears(6),
                    LocalizedText.of("tilikauden päättyminen", "räkenskapsperiodens slut", "the end of the financial year")),
                    "billing"))
            .build();

    private static AccessReport report() {
        SubjectState state = SubjectState.builder(SUBJECT)
                .consentGiven("customer-service", AT.minusSeconds(86_400), "terms-v3").build();
        return new AccessReport(REGISTER, SUBJECT, AT, List.of(
                new HeldValue("contact", "Customer", "email", "matti@example.invalid"),
                new HeldValue("contact", "Customer", "note", HOSTILE),
                new HeldValue("billing", "Invoice", "lines", "2 x widget")),
                state, List.of(new ProcessingEntry(SUBJECT, "customer-service", List.of("contact"), AT, "help-desk")),
                List.of(), List.of());
    }

    private static String render(Outline outline, DocumentFormat format) {
        return Documents.renderToString(outline, format);
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void theTextHoldsEveryValueTheConsentAndTheArt15Information(Language language) {
        String text = render(SubjectReports.accessOutline(report(), language), DocumentFormat.TEXT);

        assertTrue(text.contains(Messages.ofSubjectRequests(language).get("title.access")), text);
        assertTrue(text.contains("matti@example.invalid"), text);
        assertTrue(text.contains("2 x widget"), text);
        assertTrue(text.contains("terms-v3"), text);
        assertTrue(text.contains(REGISTER.purpose("bookkeeping").orElseThrow().name().resolve(language).text()), text);
        assertTrue(text.contains("1336/1997"), "the legal basis from the notice's sections:\n" + text);
        assertFalse(text.contains("help-desk"), "the actor is not named to the subject");
    }

    @Test
    void htmlEscapesTheValues() {
        String html = render(SubjectReports.accessOutline(report(), Language.EN), DocumentFormat.HTML);

        assertFalse(html.contains("<script>alert"), html);
        assertTrue(html.contains("&lt;script&gt;alert"), html);
    }

    @Test
    void pdfIsTaggedAndHoldsTheValues() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Documents.renderer(DocumentFormat.PDF).render(SubjectReports.accessOutline(report(), Language.FI), out);

        try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
            assertTrue(pdf.getDocumentCatalog().getMarkInfo().isMarked(), "tagged PDF");
            assertEquals("fi", pdf.getDocumentCatalog().getLanguage());
            assertTrue(new PDFTextStripper().getText(pdf).contains("matti@example.invalid"));
        }
    }

    @Test
    void anIncompleteReportSaysSoFirst() {
        AccessReport report = report();
        AccessReport incomplete = new AccessReport(REGISTER, SUBJECT, AT, report.values(), report.state(),
                report.processing(), List.of("Note"), List.of(AccessReport.PROCESSING_LOG));

        Outline outline = SubjectReports.accessOutline(incomplete, Language.EN);

        assertTrue(outline.preamble().get(0) instanceof Block.Notice, outline.preamble().toString());
        assertFalse(SubjectReports.accessOutline(report, Language.EN).preamble().get(0) instanceof Block.Notice);
    }

    @Test
    void accessJsonIsValidAgainstThePublishedSchema() {
        String json = SubjectReports.accessJson(report());

        assertEquals(List.of(), schema(SubjectReports.ACCESS_SCHEMA).validate(json, InputFormat.JSON), json);
        assertTrue(json.contains("\"textVersion\" : \"terms-v3\""), json);
        assertFalse(schema(SubjectReports.ACCESS_SCHEMA).validate("{\"schemaVersion\": 1}", InputFormat.JSON)
                .isEmpty(), "the schema requires the parts");
    }

    @Test
    void portabilityJsonHoldsWhatTheSubjectProvidedUnderContractAndIsSchemaValid() {
        String json = SubjectReports.portabilityJson(report());

        assertEquals(List.of(), schema(SubjectReports.PORTABILITY_SCHEMA).validate(json, InputFormat.JSON), json);
        assertTrue(json.contains("matti@example.invalid"), json);
        assertFalse(json.contains("2 x widget"), "billing comes from the controller, on a legal obligation: " + json);
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void anErasureReportSaysWhatWasKeptUntilWhenAndUnderWhichLaw(Language language) {
        ErasureReport erasure = new ErasureReport(SUBJECT, AT,
                List.of(new ErasureReport.Erased("Customer", "contact", 1)),
                List.of(new ErasureReport.Kept("Invoice", "billing", 2, "bookkeeping",
                        Optional.of(LocalizedText.fi("Kirjanpitolaki 1336/1997")), Optional.of(LocalDate.of(2031, 12, 31)),
                        REGISTER.retention().get(0))),
                List.of());

        String text = render(SubjectReports.erasureOutline(erasure, REGISTER, language), DocumentFormat.TEXT);

        assertTrue(text.contains("Kirjanpitolaki 1336/1997"), text);
        assertTrue(text.contains("2031"), text);
        assertTrue(text.contains(REGISTER.dataCategory("contact").orElseThrow().name().resolve(language).text()), text);
    }

    @Test
    void erasureJsonSaysWhatWasKeptUntilWhenAndUnderWhichLawAndIsSchemaValid() {
        ErasureReport erasure = new ErasureReport(SUBJECT, AT,
                List.of(new ErasureReport.Erased("Customer", "contact", 1)),
                List.of(new ErasureReport.Kept("Invoice", "billing", 2, "bookkeeping",
                        Optional.of(LocalizedText.fi("Kirjanpitolaki 1336/1997")), Optional.of(LocalDate.of(2031, 12, 31)),
                        REGISTER.retention().get(0))),
                List.of("Note"));

        String json = SubjectReports.erasureJson(erasure, REGISTER);

        assertEquals(List.of(), schema(SubjectReports.ERASURE_SCHEMA).validate(json, InputFormat.JSON), json);
        assertTrue(json.contains("\"until\" : \"2031-12-31\""), json);
        assertTrue(json.contains("\"fi\" : \"Kirjanpitolaki 1336/1997\""), json);
        assertTrue(json.contains("\"Note\""), json);
        assertFalse(schema(SubjectReports.ERASURE_SCHEMA).validate(json.replace("\"rows\" : 2", "\"rows\" : -2"),
                InputFormat.JSON).isEmpty(), "the schema checks the lines");
    }

    @Test
    void everyLanguageHasTheSameMessages() {
        assertEquals(Messages.ofSubjectRequests(Language.FI).keys(), Messages.ofSubjectRequests(Language.EN).keys());
        assertEquals(Messages.ofSubjectRequests(Language.SV).keys(), Messages.ofSubjectRequests(Language.EN).keys());
    }

    private static Schema schema(String resource) {
        try (InputStream in = SubjectReports.class.getClassLoader().getResourceAsStream(resource)) {
            assertTrue(in != null, resource);
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                    .getSchema(new String(in.readAllBytes(), StandardCharsets.UTF_8), InputFormat.JSON);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
