package fi.rekisteri.export.document;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import fi.rekisteri.export.document.Block.BulletList;
import fi.rekisteri.export.document.Block.Field;
import fi.rekisteri.export.document.Block.Fields;
import fi.rekisteri.export.document.Block.Item;
import fi.rekisteri.export.document.Block.Notice;
import fi.rekisteri.export.document.Block.Paragraph;
import fi.rekisteri.export.document.Outline;
import fi.rekisteri.export.document.Renderer;
import fi.rekisteri.export.internal.document.Messages;
import fi.rekisteri.export.internal.document.PdfLog;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Element;

/**
 * PDF from the HTML page, laid out by openhtmltopdf on PDFBox: tagged for accessibility (PDF/UA-1, which veraPDF
 * confirms in the tests) with the page's title, description, keywords and language, in Liberation Sans embedded
 * from the fonts jar so that every Finnish, Swedish and Sámi letter prints on any machine, and with extractable text.
 *
 * <p>Links print as their text: openhtmltopdf's link annotations lack what PDF/UA-1 asks of them.
 *
 * <p>The PDF's own layout ({@code pdf.css}) is laid over the page's style sheet here, not in the templates: a
 * running header with the register's name and version, page numbers ({@code 1 / 3}), long words and addresses
 * broken at the margin, and list indentation capped so that a category hierarchy as deep as the model allows stays
 * on the page. openhtmltopdf's log goes to SLF4J ({@link PdfLog}), never to standard error.
 *
 * <p>openhtmltopdf lays out the whole document in memory, so an outline of more than {@link #MAX_PARTS} parts is
 * refused with a {@link DocumentTooLargeException} before anything is written.
 */
final class PdfRenderer implements Renderer {

    /** PDF from the built-in HTML template. */
    public static final PdfRenderer BUILT_IN = new PdfRenderer(HtmlRenderer.BUILT_IN);

    /**
     * The most parts (headings, paragraphs, list items and fields) a PDF is laid out from. Measured with
     * {@code -Xmx512m}: 5,000 parts keep about 85 MB of heap live while openhtmltopdf lays them out, 20,000 still
     * render but spend most of their time collecting garbage, 50,000 run out of memory; 10,000 leave room for long
     * texts.
     */
    static final int MAX_PARTS = 10_000;

    /** The family name the built-in style sheet asks for. */
    private static final String FAMILY = "Liberation Sans";

    /** The PDF's own style sheet, beside the templates. */
    private static final String PDF_CSS = "/fi/rekisteri/export/internal/document/pdf.css";

    private static final String STYLE = readStyle();

    /** Where {@code pdf.css} takes the running header's text. */
    private static final String HEADER_MARKER = "RUNNING-HEADER";

    static {
        PdfLog.install();
    }

    private final HtmlRenderer html;

    private PdfRenderer(HtmlRenderer html) {
        this.html = html;
    }

    /** PDF from the HTML page of another template, such as a user's. */
    public static PdfRenderer from(HtmlRenderer html) {
        return new PdfRenderer(html);
    }

    /**
     * {@inheritDoc}
     *
     * @throws DocumentTooLargeException before anything is written, when the outline has more than
     *     {@link #MAX_PARTS} parts
     */
    @Override
    public void render(Outline outline, OutputStream out) throws IOException {
        int parts = parts(outline);
        if (parts > MAX_PARTS) {
            throw new DocumentTooLargeException(DocumentFormat.PDF, outline, parts, MAX_PARTS);
        }
        // openhtmltopdf reads XML; jsoup turns any HTML5 page into a well-formed DOM first. The page is handed over
        // as the characters the template wrote, never encoded to bytes and decoded back.
        org.jsoup.nodes.Document parsed = Jsoup.parse(html.toHtml(outline));
        // openhtmltopdf writes a link annotation without the Contents key PDF/UA-1 (7.18.5) asks of every one: the
        // PDF prints a link's text, which for a web address is the address itself, and links nowhere.
        parsed.body().select("a[href]").unwrap();
        addMetadata(parsed.head(), outline);
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

    /**
     * What openhtmltopdf puts in the PDF's document information and XMP metadata, which PDF/UA asks for: the
     * description (openhtmltopdf's {@code subject}) is the page's own {@code description}, the keywords the
     * document's kind and the register's name; a template that sets them itself keeps its own. Then the PDF's style
     * sheet, after the page's so that it wins.
     */
    private static void addMetadata(Element head, Outline outline) {
        String description = head.select("meta[name=description]").attr("content");
        if (description.isBlank()) {
            description = outline.title() + ": " + outline.subtitle();
        }
        meta(head, "subject", description);
        meta(head, "keywords", outline.title() + ", " + outline.subtitle() + ", "
                + Messages.of(outline.language()).get("pdf.keywords"));
        head.appendElement("style").appendChild(new DataNode(
                STYLE.replace(HEADER_MARKER, cssString(runningHeader(outline)))));
    }

    private static void meta(Element head, String name, String content) {
        if (head.select("meta[name=" + name + "]").isEmpty()) {
            head.appendElement("meta").attr("name", name).attr("content", content);
        }
    }

    /** The register's name, and its version when it has one: {@code Asiakasrekisteri · Versio 2.1}. */
    static String runningHeader(Outline outline) {
        return version(outline).map(v -> outline.subtitle() + " · " + v).orElse(outline.subtitle());
    }

    /** The version field of the preamble ({@link Preamble}), label and value. */
    private static Optional<String> version(Outline outline) {
        String label = Messages.of(outline.language()).get("meta.version");
        for (Block block : outline.preamble()) {
            if (block instanceof Fields fields) {
                for (Field field : fields.fields()) {
                    if (field.label().equals(label)) {
                        return Optional.of(label + " " + field.value());
                    }
                }
            }
        }
        return Optional.empty();
    }

    /**
     * A CSS string literal of any text: quotes, backslashes and every control or line-separating character escaped
     * by code point, so that a register text can never end the string or the rule.
     */
    static String cssString(String text) {
        StringBuilder css = new StringBuilder(text.length() + 2).append('"');
        text.codePoints().forEach(c -> {
            if (c == '"' || c == '\\' || c < 0x20 || (c >= 0x7f && c < 0xa0) || c == 0x2028 || c == 0x2029) {
                css.append('\\').append(Integer.toHexString(c)).append(' ');
            } else {
                css.appendCodePoint(c);
            }
        });
        return css.append('"').toString();
    }

    /** Every heading, paragraph, list item (nested ones too) and field of the outline; without recursion. */
    static int parts(Outline outline) {
        int parts = 2 + outline.sections().size();
        Deque<List<Item>> lists = new ArrayDeque<>();
        for (Block block : outline.preamble()) {
            parts += parts(block, lists);
        }
        for (Section section : outline.sections()) {
            for (Block block : section.blocks()) {
                parts += parts(block, lists);
            }
        }
        while (!lists.isEmpty()) {
            for (Item item : lists.pop()) {
                parts++;
                if (!item.children().isEmpty()) {
                    lists.push(item.children());
                }
            }
        }
        return parts;
    }

    /** The block's own parts; its lists are pushed for the caller to count. */
    private static int parts(Block block, Deque<List<Item>> lists) {
        if (block instanceof Paragraph) {
            return 1;
        } else if (block instanceof Fields fields) {
            return fields.fields().size();
        } else if (block instanceof BulletList list) {
            lists.push(list.items());
            return 0;
        } else if (block instanceof Notice notice) {
            lists.push(notice.items());
            return 1;
        }
        // A kind of block added later counts as one part until it is counted here.
        return 1;
    }

    private static String readStyle() {
        try (InputStream in = PdfRenderer.class.getResourceAsStream(PDF_CSS)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + PDF_CSS);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
