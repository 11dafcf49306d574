package fi.rekisteri.export.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.openhtmltopdf.util.XRLog;
import fi.rekisteri.core.ContactDetails;
import fi.rekisteri.core.Language;
import fi.rekisteri.core.LocalizedText;
import fi.rekisteri.core.Organisation;
import fi.rekisteri.core.Purpose;
import fi.rekisteri.core.Register;
import fi.rekisteri.core.Topic;
import fi.rekisteri.core.compliance.DocumentType;
import fi.rekisteri.export.RegisterFormat;
import fi.rekisteri.export.RegisterReader;
import fi.rekisteri.export.TestRegisters;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.logging.Logger;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;

/** The PDF's page layout: header, page numbers, metadata, and text that stays on the page whatever its shape. */
class PdfLayoutTest {

    /** A4 is 595 points wide; the right margin is 2 cm (57 points). */
    private static final float RIGHT_EDGE = 595f - 56f;

    private static PDDocument render(Outline outline) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Documents.renderer(DocumentFormat.PDF).render(outline, out);
        return Loader.loadPDF(out.toByteArray());
    }

    /** The page's text, and every glyph that ends right of the text area. */
    private static final class Stripper extends PDFTextStripper {
        final List<String> offPage = new ArrayList<>();

        @Override
        protected void writeString(String text, List<TextPosition> positions) throws IOException {
            for (TextPosition p : positions) {
                if (p.getXDirAdj() + p.getWidthDirAdj() > RIGHT_EDGE) {
                    offPage.add(p.getUnicode() + " at " + p.getXDirAdj() + " in '" + text + "'");
                }
            }
            super.writeString(text, positions);
        }
    }

    @Test
    void printsTheWholeHierarchyAsDeepAsTheModelAllowsWithinTheMargins() throws IOException {
        StringBuilder yaml = new StringBuilder("""
                formatVersion: 1
                key: r
                name: {fi: Syvä rekisteri}
                controller: {name: Oy}
                dataCategories:
                """);
        for (int depth = 1; depth <= 32; depth++) {
            yaml.append("  - {key: ").append(String.join(".", Collections.nCopies(depth, "a")))
                    .append(", name: {fi: Taso ").append(depth).append(" luokittelussa}}\n");
        }
        Register register = RegisterReader.create().read(yaml.toString(), "r.yaml", RegisterFormat.YAML);
        try (PDDocument pdf = render(Documents.outline(register, DocumentType.REKISTERISELOSTE, Language.FI))) {
            Stripper stripper = new Stripper();
            String text = stripper.getText(pdf);
            for (int depth = 1; depth <= 32; depth++) {
                assertTrue(text.contains("Taso " + depth + " luokittelussa"), "level " + depth + " in " + text);
            }
            assertEquals(List.of(), stripper.offPage);
        }
    }

    @Test
    void wrapsALongAddressInsteadOfClippingIt() throws IOException {
        String url = "https://example.fi/" + "tietosuoja-ja-rekisteriseloste-".repeat(9) + "x".repeat(2);
        assertEquals(300, url.length());
        Register register = TestRegisters.seed().toBuilder()
                .introduction(Topic.CONTROLLER, LocalizedText.fi("Lisätietoja: " + url + "\n\nSana"
                        + "a".repeat(150)))
                .build();
        try (PDDocument pdf = render(Documents.outline(register, DocumentType.REKISTERISELOSTE, Language.FI))) {
            Stripper stripper = new Stripper();
            String flat = stripper.getText(pdf).replaceAll("\\s+", "");
            assertTrue(flat.contains(url), flat);
            assertTrue(flat.contains("Sana" + "a".repeat(150)), flat);
            assertEquals(List.of(), stripper.offPage);
        }
    }

    @Test
    void headsEveryPageWithTheRegisterAndItsVersionAndNumbersThePages() throws IOException {
        Outline outline = Documents.outline(TestRegisters.maximal(), DocumentType.REKISTERISELOSTE, Language.FI);
        try (PDDocument pdf = render(outline)) {
            int pages = pdf.getNumberOfPages();
            assertTrue(pages > 1, "pages: " + pages);
            for (int page = 1; page <= pages; page++) {
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setSortByPosition(true);
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                List<String> lines = stripper.getText(pdf).lines().map(String::strip).toList();
                // The register's name, quotes and markup included, as CSS could have garbled it.
                assertEquals("Kaikki \"osat\" & <script> · Versio 1.0", lines.get(0), "page " + page);
                assertTrue(lines.contains(page + " / " + pages), "page " + page + ": " + lines);
            }
        }
    }

    @Test
    void describesTheDocumentInItsMetadata() throws IOException {
        Outline outline = Documents.outline(TestRegisters.seed(), DocumentType.ART_13_NOTICE, Language.SV);
        try (PDDocument pdf = render(outline)) {
            var info = pdf.getDocumentInformation();
            assertEquals(outline.title() + ": " + outline.subtitle(), info.getTitle());
            assertEquals(info.getTitle(), info.getSubject(), "the page's description");
            assertEquals(outline.title() + ", " + outline.subtitle() + ", dataskydd, personuppgifter, GDPR",
                    info.getKeywords());
            assertTrue(pdf.getDocumentCatalog().getViewerPreferences().displayDocTitle());
        }
    }

    @Test
    void sendsTheLayoutLogToSlf4jNotToStandardError() throws IOException {
        render(Documents.outline(TestRegisters.seed(), DocumentType.ART_30_RECORD, Language.EN)).close();
        assertFalse(XRLog.getLoggerImpl() instanceof com.openhtmltopdf.util.JDKXRLogger,
                "openhtmltopdf's console logger");
        for (String name : XRLog.listRegisteredLoggers()) {
            assertEquals(0, Logger.getLogger(name).getHandlers().length, name + " has a console handler");
        }
    }

    @Test
    void refusesADocumentTooLargeToLayOutBeforeWritingAnything() {
        Register.Builder builder = Register.builder("big", LocalizedText.fi("Iso"),
                Organisation.of("Oy", ContactDetails.none()));
        for (int i = 0; i <= PdfRenderer.MAX_PARTS; i++) {
            builder.purpose(Purpose.builder("p" + i, LocalizedText.fi("Tarkoitus " + i)).build());
        }
        Outline outline = Documents.outline(builder.build(), DocumentType.REKISTERISELOSTE, Language.FI);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DocumentTooLargeException e = assertThrows(DocumentTooLargeException.class,
                () -> Documents.renderer(DocumentFormat.PDF).render(outline, out));
        assertEquals(0, out.size());
        assertEquals(PdfRenderer.MAX_PARTS, e.limit());
        assertEquals(PdfRenderer.parts(outline), e.parts());
        assertTrue(e.getMessage().startsWith("the rekisteriseloste document has " + e.parts() + " parts"),
                e.getMessage());
        assertNull(e.getCause());
    }
}
