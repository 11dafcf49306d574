package fi.rekisteri.export.document;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheResolver;
import com.github.mustachejava.reflect.MapObjectHandler;
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
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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
 * {@code hasChildren}, {@code children}) or {@code fields} ({@code entries}: {@code label}, {@code value}) or {@code notice} ({@code title}, {@code list}).
 */
final class HtmlRenderer implements Renderer {

    /** The built-in template. */
    public static final HtmlRenderer BUILT_IN = new HtmlRenderer(Optional.empty());

    private static final String TEMPLATE = "statement.mustache";
    /** Where the built-in template and partials are, beside the message bundles. */
    private static final String BUILT_IN_TEMPLATES = "/fi/rekisteri/export/internal/document/";

    /** A document of this many sections or more gets a table of contents: every built-in type has more. */
    static final int CONTENTS_FROM = 6;

    private final Mustache mustache;

    private HtmlRenderer(Optional<Path> userTemplate) {
        DefaultMustacheFactory factory = new DefaultMustacheFactory(resolver(userTemplate));
        // The view model is maps, lists, strings, booleans and numbers only: looking names up in maps is all it
        // needs, and costs a third of the reflective handler's guarded lookups (RenderingBenchmark).
        factory.setObjectHandler(new MapObjectHandler());
        this.mustache = factory.compile(userTemplate.map(p -> p.getFileName().toString()).orElse(TEMPLATE));
    }

    /**
     * A renderer with the user's template; partials it names are looked up beside it first, then among the built-in
     * ones.
     *
     * @throws IllegalArgumentException naming the template when it cannot be read or compiled
     */
    public static HtmlRenderer withTemplate(Path template) {
        if (!Files.isRegularFile(template)) {
            throw new IllegalArgumentException("template " + template + " is not a readable file");
        }
        try {
            return new HtmlRenderer(Optional.of(template.toAbsolutePath()));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("template " + template + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void render(Outline outline, OutputStream out) throws IOException {
        // Buffered: Mustache writes many short strings, and the encoder wraps each one it is handed in a new buffer.
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        mustache.execute(writer, model(outline));
        writer.flush();
    }

    /** The page as a string, written straight into characters rather than encoded to UTF-8 and decoded back. */
    String toHtml(Outline outline) {
        CharacterWriter writer = new CharacterWriter();
        mustache.execute(writer, model(outline));
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

    /** Our own resources are read through our own class, which works inside a named module too. */
    private static MustacheResolver resolver(Optional<Path> userTemplate) {
        return name -> {
            String file = name.substring(name.lastIndexOf('/') + 1);
            if (userTemplate.isPresent()) {
                Path candidate = userTemplate.get().resolveSibling(file);
                if (Files.isRegularFile(candidate)) {
                    try {
                        return new StringReader(Files.readString(candidate, StandardCharsets.UTF_8));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
            }
            InputStream in = HtmlRenderer.class.getResourceAsStream(BUILT_IN_TEMPLATES + file);
            return in == null ? null : (Reader) new InputStreamReader(in, StandardCharsets.UTF_8);
        };
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
        return Map.of("label", field.label(), "value", field.value());
    }
}
