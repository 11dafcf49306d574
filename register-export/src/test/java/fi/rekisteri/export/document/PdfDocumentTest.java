package fi.rekisteri.export.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.rekisteri.core.Language;
import fi.rekisteri.core.LocalizedText;
import fi.rekisteri.core.Register;
import fi.rekisteri.core.Topic;
import fi.rekisteri.core.compliance.DocumentType;
import fi.rekisteri.export.TestRegisters;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PdfDocumentTest {

    /** Finnish and Swedish letters, and those of Northern, Inari and Skolt Sámi that Liberation Sans covers. */
    private static final String LETTERS = "ä ö å Ä Ö Å š ž Š Ž á č đ ŋ ŧ Č Đ Ŋ Ŧ â";

    private static Outline outline;
    private static String text;
    private static PDDocument pdf;

    @BeforeAll
    static void renderTheSeedWithEveryLetter() throws IOException {
        Register seed = TestRegisters.seed();
        Register register = seed.toBuilder()
                .introduction(Topic.CONTROLLER, LocalizedText.fi("Kirjaimet: " + LETTERS))
                .build();
        outline = Documents.outline(register, DocumentType.REKISTERISELOSTE, Language.FI);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Documents.renderer(DocumentFormat.PDF).render(outline, out);
        pdf = Loader.loadPDF(out.toByteArray());
        text = new PDFTextStripper().getText(pdf);
    }

    @Test
    void containsTheTitleAndEveryHeadingAsExtractableText() {
        String flat = text.replaceAll("\\s+", " ");
        assertTrue(flat.contains("Rekisteriseloste"), flat);
        for (Section section : outline.sections()) {
            assertTrue(flat.contains(section.number() + ". " + section.heading()), section.heading() + " in " + flat);
        }
        assertTrue(flat.contains("tuhoaan DIN 32757 -standardin mukaiseksi paperisilpuksi"), flat);
    }

    @Test
    void printsTheFinnishSwedishAndSamiLetters() {
        assertTrue(text.contains("Kirjaimet: " + LETTERS), text);
    }

    @Test
    void isTaggedWithTitleAndLanguage() {
        assertEquals("Rekisteriseloste: Mainostakomon internetpalvelujen asiakastietorekisteri",
                pdf.getDocumentInformation().getTitle());
        assertEquals("fi", pdf.getDocumentCatalog().getLanguage());
        assertNotNull(pdf.getDocumentCatalog().getMarkInfo());
        assertTrue(pdf.getDocumentCatalog().getMarkInfo().isMarked(), "tagged PDF");
        assertNotNull(pdf.getDocumentCatalog().getStructureTreeRoot(), "structure tree");
    }

    @Test
    void embedsEveryFontItUses() throws IOException {
        int fonts = 0;
        for (PDPage page : pdf.getPages()) {
            PDResources resources = page.getResources();
            for (COSName name : resources.getFontNames()) {
                PDFont font = resources.getFont(name);
                assertTrue(font.isEmbedded(), font.getName() + " is not embedded");
                assertTrue(font.getName().contains("LiberationSans"), font.getName());
                fonts++;
            }
        }
        assertTrue(fonts > 0);
    }
}
