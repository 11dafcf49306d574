package fi.rekisteri.export.document;

import fi.rekisteri.core.Language;
import fi.rekisteri.export.document.Block.BulletList;
import fi.rekisteri.export.document.Block.Field;
import fi.rekisteri.export.document.Block.Fields;
import fi.rekisteri.export.document.Block.Item;
import fi.rekisteri.export.document.Block.Notice;
import fi.rekisteri.export.document.Block.Paragraph;
import fi.rekisteri.export.document.Block;
import fi.rekisteri.export.document.Outline;
import fi.rekisteri.export.document.Renderer;
import fi.rekisteri.export.document.Section;
import fi.rekisteri.export.internal.document.Messages;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One self-contained HTML page through a Mustache template; Mustache escapes every {@code {{value}}}, so register
 * texts print as text whatever they contain. The built-in template is {@code statement.mustache} with the partials
 * {@code block}, {@code list} and {@code style}; a user's template may use the same view model and partials, and may
 * replace any partial with a file of its own beside the template.
 *
 * <p>View model: {@code lang}, {@code title}, {@code subtitle} (with {@code subtitleFallback} and
 * {@code subtitleLang}), {@code preamble} (blocks), {@code contents} (a table of contents: {@code label} and
 * {@code entries}, each {@code number} and {@code heading}; {@code false} for a document of fewer than
 * {@value #CONTENTS_FROM} sections), {@code sections} ({@code number}, {@code heading}, {@code blocks}). A block has one of {@code paragraph} ({@code text},
 * {@code fallback}, {@code lang}), {@code list} ({@code items}: {@code text}, {@code fallback}, {@code lang},
 * {@code hasChildren}, {@code children}) or {@code fields} ({@code entries}: {@code label}, {@code value},
 * {@code href} the web address of a link or false) or {@code notice} ({@code title}, {@code list}).
 */
final class HtmlRenderer implements Renderer {

    private static final String TEMPLATE = "statement.mustache";

    /** The built-in template. */
    public static final HtmlRenderer BUILT_IN = new HtmlRenderer(MustacheTemplate.builtIn(TEMPLATE));

    /** A document of this many sections or more gets a table of contents: every built-in type has more. */
    static final int CONTENTS_FROM = 6;

    private final MustacheTemplate template;

    private HtmlRenderer(MustacheTemplate template) {
        this.template = template;
    }

    /**
     * A renderer with the user's template; partials it names are looked up beside it first, then among the built-in
     * ones. It compiles and renders within the limits {@link MustacheTemplate} states.
     *
     * @throws TemplateException naming the template when it cannot be read or compiled
     */
    public static HtmlRenderer withTemplate(Path template) {
        return new HtmlRenderer(MustacheTemplate.user(template));
    }

    @Override
    public void render(Outline outline, OutputStream out) throws IOException {
        // Buffered: Mustache writes many short strings, and the encoder wraps each one it is handed in a new buffer.
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        template.execute(writer, model(outline));
        writer.flush();
    }

    /** The page as a string, written straight into characters rather than encoded to UTF-8 and decoded back. */
    String toHtml(Outline outline) {
        CharacterWriter writer = new CharacterWriter();
        try {
            template.execute(writer, model(outline));
        } catch (IOException e) {
            throw new UncheckedIOException("a writer into memory does not fail", e);
        }
        return writer.text.toString();
    }

    /**
     * A writer into a {@link StringBuilder}. {@link java.io.StringWriter} appends to a {@code StringBuffer}, which
     * takes a lock on every one of the many short writes Mustache and its escaper make.
     */
    private static final class CharacterWriter extends Writer {
        private final StringBuilder text = new StringBuilder(16 * 1024);

        @Override
        public void write(char[] chars, int offset, int length) {
            text.append(chars, offset, length);
        }

        @Override
        public void write(String string, int offset, int length) {
            text.append(string, offset, offset + length);
        }

        @Override
        public void write(int c) {
            text.append((char) c);
        }

        @Override
        public void flush() {
            // Nothing is buffered.
        }

        @Override
        public void close() {
            // Nothing to release.
        }
    }

    static Map<String, Object> model(Outline outline) {
        return Map.of(
                "lang", outline.language().tag(),
                "title", outline.title(),
                "subtitle", outline.subtitle(),
                "subtitleFallback", outline.subtitleLanguage() != outline.language(),
                "subtitleLang", outline.subtitleLanguage().tag(),
                "preamble", outline.preamble().stream().map(b -> block(b, outline.language())).toList(),
                "contents", contents(outline),
                "sections", outline.sections().stream().map(s -> section(s, outline.language())).toList());
    }

    /** The section links, by the sections' numbered ids ({@code #section-3}), which stay as long as the layout. */
    private static Object contents(Outline outline) {
        if (outline.sections().size() < CONTENTS_FROM) {
            return false;
        }
        return Map.of("label", Messages.of(outline.language()).get("html.contents"),
                "entries", outline.sections().stream()
                        .map(s -> Map.of("number", s.number(), "heading", s.heading())).toList());
    }

    private static Map<String, Object> section(Section section, Language language) {
        return Map.of("number", section.number(), "heading", section.heading(),
                "blocks", section.blocks().stream().map(b -> block(b, language)).toList());
    }

    /** Every key is present in every block, so that Mustache never looks one up in an enclosing context. */
    private static Map<String, Object> block(Block block, Language language) {
        Object paragraph = false;
        Object list = false;
        Object fields = false;
        Object notice = false;
        if (block instanceof Paragraph p) {
            paragraph = text(p.text(), p.language(), language);
        } else if (block instanceof BulletList l) {
            list = items(l.items(), language);
        } else if (block instanceof Fields f) {
            fields = Map.of("entries", f.fields().stream().map(HtmlRenderer::field).toList());
        } else if (block instanceof Notice n) {
            notice = Map.of("title", n.title(), "list", items(n.items(), language));
        }
        return Map.of("paragraph", paragraph, "list", list, "fields", fields, "notice", notice);
    }

    /** A loop, not a stream: a list of 10,000 data categories is mostly leaves, each a small map. */
    private static Map<String, Object> items(List<Item> items, Language language) {
        List<Map<String, Object>> models = new ArrayList<>(items.size());
        for (Item item : items) {
            models.add(Map.of(
                    "text", item.text(),
                    "fallback", item.language() != language,
                    "lang", item.language().tag(),
                    "hasChildren", !item.children().isEmpty(),
                    "children", item.children().isEmpty() ? false : items(item.children(), language)));
        }
        return Map.of("items", models);
    }

    private static Map<String, Object> text(String text, Language textLanguage, Language documentLanguage) {
        return Map.of("text", text, "fallback", textLanguage != documentLanguage, "lang", textLanguage.tag());
    }

    private static Map<String, Object> field(Field field) {
        // A template that knows no href renders the value as before.
        return Map.of("label", field.label(), "value", field.value(), "href", field.link() ? field.value() : false);
    }
}
