package fi.rekisteri.export.document;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.rekisteri.core.Language;
import fi.rekisteri.core.Register;
import fi.rekisteri.core.compliance.Compliance;
import fi.rekisteri.core.compliance.DocumentType;
import fi.rekisteri.export.TestRegisters;
import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every output is a {@link DocumentFormat} written through one {@link DocumentWriter} to a stream. */
class DocumentFormatTest {

    private static final Register SEED = TestRegisters.seed();

    /** A stream that records whether a writer closed it, which belongs to the caller. */
    private static final class Recording extends FilterOutputStream {
        boolean closed;

        Recording() {
            super(new ByteArrayOutputStream());
        }

        @Override
        public void close() {
            closed = true;
        }

        byte[] bytes() {
            return ((ByteArrayOutputStream) out).toByteArray();
        }
    }

    private static byte[] written(DocumentFormat format, DocumentType type) throws IOException {
        Recording out = new Recording();
        format.write(DocumentSource.of(SEED, type, Language.FI), out);
        assertFalse(out.closed, format + " closed the caller's stream");
        return out.bytes();
    }

    @Test
    void theFormatsAndTheirCodesAreOneList() {
        assertEquals(List.of("text", "md", "html", "pdf", "csv", "xlsx", "jsonld"), DocumentFormat.codes());
        for (DocumentFormat format : DocumentFormat.values()) {
            assertEquals(format, DocumentFormat.ofCode(format.code()));
        }
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> DocumentFormat.ofCode("docx"));
        assertEquals("unknown document format 'docx'; expected one of text, md, html, pdf, csv, xlsx, jsonld",
                e.getMessage());
        assertEquals(List.of(DocumentFormat.HTML, DocumentFormat.PDF), DocumentFormat.templateFormats());
    }

    @Test
    void aStatementStreamedIsTheStatementAsAStringWithTheFindingsBox() throws IOException {
        for (DocumentFormat format : List.of(DocumentFormat.TEXT, DocumentFormat.MARKDOWN, DocumentFormat.HTML)) {
            for (DocumentType type : DocumentType.values()) {
                Outline checked = Documents.checkedOutline(SEED, type, Language.FI);
                assertEquals(Documents.renderToString(checked, format),
                        new String(written(format, type), StandardCharsets.UTF_8), format + " " + type);
            }
        }
    }

    @Test
    void theMachineReadableFormatsStreamWhatTheirStringFormsHold() throws IOException {
        StringBuilder csv = new StringBuilder();
        Documents.writeArt30Csv(SEED, Language.FI, csv);
        assertEquals(csv.toString(),
                new String(written(DocumentFormat.CSV, DocumentType.ART_30_RECORD), StandardCharsets.UTF_8));
        for (DocumentType type : DocumentType.values()) {
            assertArrayEquals(Documents.toJsonLd(SEED).getBytes(StandardCharsets.UTF_8),
                    written(DocumentFormat.JSON_LD, type), "the register itself, whatever the type: " + type);
        }
    }

    @Test
    void aPdfIsWrittenFromTheHtmlPageWithTheFindingsBox() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(written(DocumentFormat.PDF, DocumentType.ART_13_NOTICE))) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertTrue(text.contains("Tietosuojaseloste"), text);
            assertTrue(text.contains("HUOMIO dpo.missing"), text);
        }
    }

    @Test
    void aFormatSaysWhatItWritesAndWhereTheFindingsGo() {
        assertEquals(EnumSet.of(DocumentType.ART_30_RECORD), EnumSet.copyOf(DocumentFormat.CSV.documentTypes()));
        assertEquals(EnumSet.allOf(DocumentType.class), EnumSet.copyOf(DocumentFormat.PDF.documentTypes()));
        assertEquals(DocumentFormat.FindingsPlacement.BESIDE, DocumentFormat.CSV.findings());
        assertEquals(DocumentFormat.FindingsPlacement.NOT_CHECKED, DocumentFormat.JSON_LD.findings());
        assertEquals(DocumentFormat.FindingsPlacement.BOX, DocumentFormat.TEXT.findings());
        assertFalse(DocumentFormat.PDF.isText());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> written(DocumentFormat.CSV, DocumentType.REKISTERISELOSTE));
        assertEquals("csv writes art30 only, not rekisteriseloste", e.getMessage());
    }

    @Test
    void onlyHtmlAndPdfTakeATemplate(@TempDir Path dir) throws IOException {
        Path template = Files.writeString(dir.resolve("page.mustache"), "<p>{{title}}</p>\n");
        Recording out = new Recording();
        DocumentFormat.HTML.writer(template).write(DocumentSource.of(SEED, DocumentType.ART_13_NOTICE, Language.SV),
                out);
        assertEquals("<p>Dataskyddsbeskrivning</p>\n", new String(out.bytes(), StandardCharsets.UTF_8));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> DocumentFormat.TEXT.writer(template));
        assertEquals("text takes no template; html and pdf do", e.getMessage());
    }

    @Test
    void theSourceChecksTheRegisterOnceAndOnlyWhenAsked() {
        DocumentSource source = DocumentSource.of(SEED, DocumentType.ART_13_NOTICE, Language.FI);
        assertEquals(Compliance.check(SEED, DocumentType.ART_13_NOTICE), source.report());
        assertTrue(source.report() == source.report(), "made once");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> DocumentSource.of(SEED,
                DocumentType.ART_13_NOTICE, Language.FI, Compliance.check(SEED, DocumentType.ART_30_RECORD)));
        assertEquals("the report is for art30, not for art13", e.getMessage());
        assertEquals(Documents.checkedOutline(SEED, DocumentType.ART_13_NOTICE, Language.FI), source.outline());
    }

    @Test
    void renderersOfOutlinesAreTheStatementFormatsOnly() {
        assertThrows(IllegalArgumentException.class, () -> Documents.renderer(DocumentFormat.CSV));
        assertThrows(IllegalArgumentException.class,
                () -> Documents.renderToString(Documents.outline(SEED, DocumentType.ART_30_RECORD, Language.FI),
                        DocumentFormat.JSON_LD));
    }

    @Test
    void aWriterFlushesWhatItBuffers() throws IOException {
        for (DocumentFormat format : DocumentFormat.values()) {
            DocumentType type = format.supports(DocumentType.ART_13_NOTICE)
                    ? DocumentType.ART_13_NOTICE
                    : DocumentType.ART_30_RECORD;
            ByteArrayOutputStream sink = new ByteArrayOutputStream();
            // Not flushed or closed by the caller: whatever reached the sink is what the writer wrote.
            OutputStream unbuffered = new FilterOutputStream(sink);
            format.write(DocumentSource.of(SEED, type, Language.FI), unbuffered);
            if (format.isText()) {
                assertArrayEquals(written(format, type), sink.toByteArray(), format.code());
            } else if (format == DocumentFormat.XLSX) {
                assertArrayEquals(new byte[] {0x50, 0x4B, 0x05, 0x06}, java.util.Arrays.copyOfRange(sink.toByteArray(),
                        sink.size() - 22, sink.size() - 18), "the zip's end record, written last");
            } else {
                assertTrue(sink.toString(StandardCharsets.ISO_8859_1).stripTrailing().endsWith("%%EOF"),
                        "the PDF is complete");
            }
        }
    }
}
