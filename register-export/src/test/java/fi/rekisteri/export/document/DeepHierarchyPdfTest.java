package fi.rekisteri.export.document;

import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.rekisteri.core.CategoryHierarchy;
import fi.rekisteri.core.Language;
import fi.rekisteri.core.compliance.DocumentType;
import fi.rekisteri.export.TestRegisters;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;

/**
 * A category hierarchy as deep as the model allows lays out in the PDF too: the style sheet HTML and PDF share caps
 * the indentation of deep levels, so that the deepest one still prints whole inside the page's margins.
 */
class DeepHierarchyPdfTest {

    /** The A4 page's width in points, less the 2 cm right margin, with half a point for rounding. */
    private static final float RIGHT_EDGE = 595.28f - 56.69f + 0.5f;

    @Test
    void printsEveryLevelInsideThePage() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Documents.renderer(DocumentFormat.PDF).render(
                Documents.outline(TestRegisters.deepHierarchy(), DocumentType.REKISTERISELOSTE, Language.FI), out);
        StringBuilder text = new StringBuilder();
        float[] rightmost = {0};
        try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String string, List<TextPosition> positions) throws IOException {
                    for (TextPosition p : positions) {
                        rightmost[0] = Math.max(rightmost[0], p.getXDirAdj() + p.getWidthDirAdj());
                    }
                    super.writeString(string, positions);
                }
            };
            text.append(stripper.getText(pdf));
        }
        String flat = text.toString().replaceAll("\\s+", " ");
        for (int level = 1; level <= CategoryHierarchy.MAX_DEPTH; level++) {
            String item = "Taso " + level + " " + TestRegisters.DEEP_CATEGORY_NAME;
            assertTrue(flat.contains(item), item + " in " + flat);
        }
        assertTrue(rightmost[0] <= RIGHT_EDGE, "text reaches " + rightmost[0] + " pt, past the margin at "
                + RIGHT_EDGE + " pt");
    }
}
