package fi.rekisteri.export.document;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import fi.rekisteri.export.document.Outline;
import fi.rekisteri.export.document.Renderer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;

/**
 * PDF from the HTML page, laid out by openhtmltopdf on PDFBox: tagged for accessibility (PDF/UA) with the page's
 * title and language, in Liberation Sans embedded from the fonts jar so that every Finnish, Swedish and Sámi letter
 * prints on any machine, and with extractable text.
 */
final class PdfRenderer implements Renderer {

    /** PDF from the built-in HTML template. */
    public static final PdfRenderer BUILT_IN = new PdfRenderer(HtmlRenderer.BUILT_IN);

    /** The family name the built-in style sheet asks for. */
    private static final String FAMILY = "Liberation Sans";

    private final HtmlRenderer html;

    private PdfRenderer(HtmlRenderer html) {
        this.html = html;
    }

    /** PDF from the HTML page of another template, such as a user's. */
    public static PdfRenderer from(HtmlRenderer html) {
        return new PdfRenderer(html);
    }

    @Override
    public void render(Outline outline, OutputStream out) throws IOException {
        // openhtmltopdf reads XML; jsoup turns any HTML5 page into a well-formed DOM first. The page is handed over
        // as the characters the template wrote, never encoded to bytes and decoded back.
        org.jsoup.nodes.Document parsed = Jsoup.parse(html.toHtml(outline));
        PdfRendererBuilder builder = new PdfRendererBuilder()
                .useFastMode()
                .usePdfUaAccessibility(true)
                .withW3cDocument(new W3CDom().fromJsoup(parsed), "about:blank")
                .toStream(out);
        font(builder, "LiberationSans-Regular.ttf", 400, FontStyle.NORMAL);
        font(builder, "LiberationSans-Bold.ttf", 700, FontStyle.NORMAL);
        font(builder, "LiberationSans-Italic.ttf", 400, FontStyle.ITALIC);
        font(builder, "LiberationSans-BoldItalic.ttf", 700, FontStyle.ITALIC);
        builder.run();
    }

    private static void font(PdfRendererBuilder builder, String file, int weight, FontStyle style) {
        String resource = "liberation/" + file;
        builder.useFont(() -> {
            InputStream in = PdfRenderer.class.getClassLoader().getResourceAsStream(resource);
            if (in == null) {
                throw new UncheckedIOException(new IOException("font " + resource + " is not on the class path"));
            }
            return in;
        }, FAMILY, weight, style, true);
    }
}
