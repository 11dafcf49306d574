package fi.rekisteri.export.document;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.DefaultMustacheVisitor;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheException;
import com.github.mustachejava.MustacheParser;
import com.github.mustachejava.MustacheResolver;
import com.github.mustachejava.MustacheVisitor;
import com.github.mustachejava.TemplateContext;
import com.github.mustachejava.codes.ExtendCode;
import com.github.mustachejava.codes.IterableCode;
import com.github.mustachejava.codes.NotIterableCode;
import com.github.mustachejava.codes.PartialCode;
import com.github.mustachejava.reflect.MapObjectHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * A compiled Mustache template: the built-in one, or a user's, which compiles and renders within limits so that a
 * small template cannot exhaust the stack, the heap or the processor. The limits (stated in
 * {@code docs/templates.md}) hold for a user's template and every partial it reaches, the built-in ones included:
 *
 * <ul>
 *   <li>each file of the user's at most {@value #MAX_FILE_BYTES} bytes of UTF-8; compiling reads at most
 *       {@value #MAX_READS} files and {@value #MAX_COMPILED_CHARS} characters, each inclusion of a partial counted
 *       (Mustache compiles each one on its own);
 *   <li>sections nest at most {@value #MAX_NESTING} deep in a file, and sections and partials together at most
 *       {@value #MAX_NESTING} deep while rendering (the built-in {@code list} partial needs four levels for each of
 *       the 32 a category hierarchy may have);
 *   <li>at most {@value #MAX_EXPANSIONS} expansions (section iterations and partial inclusions) and
 *       {@value #MAX_OUTPUT_CHARS} characters of output per document.
 * </ul>
 *
 * <p>Dynamic partials ({@code {{>*name}}}), which would load a file named by register data, are refused. The limits
 * are counted per rendering, on the rendering thread, so one compiled template serves many threads.
 */
final class MustacheTemplate {

    /** Most template files compiling reads, each inclusion of a partial counted. */
    static final int MAX_READS = 1024;
    /** Most characters compiling reads, each inclusion of a partial counted. */
    static final int MAX_COMPILED_CHARS = 4 * 1024 * 1024;
    /** Largest template or partial file, in bytes. */
    static final int MAX_FILE_BYTES = 1024 * 1024;
    /** Deepest nesting of sections in a file, and of sections and partials while rendering. */
    static final int MAX_NESTING = 256;
    /** Most section iterations and partial inclusions in one document. */
    static final int MAX_EXPANSIONS = 4 * 1024 * 1024;
    /** Most characters one document may have. */
    static final long MAX_OUTPUT_CHARS = 64L * 1024 * 1024;

    /** Where the built-in template and partials are, beside the message bundles. */
    private static final String BUILT_IN_TEMPLATES = "/fi/rekisteri/export/internal/document/";

    /** The limits of the rendering under way on this thread; empty outside a user template's rendering. */
    private static final ThreadLocal<@Nullable Budget> CURRENT = new ThreadLocal<>();

    private final Mustache mustache;
    /** The user's template as the user named it; empty for the built-in one. */
    private final Optional<Path> userTemplate;

    private MustacheTemplate(Mustache mustache, Optional<Path> userTemplate) {
        this.mustache = mustache;
        this.userTemplate = userTemplate;
    }

    /** One of the built-in templates, by file name. */
    static MustacheTemplate builtIn(String name) {
        DefaultMustacheFactory factory = new DefaultMustacheFactory(MustacheTemplate::builtInReader);
        // The view model is maps, lists, strings, booleans and numbers only: looking names up in maps is all it
        // needs, and costs a third of the reflective handler's guarded lookups (RenderingBenchmark).
        factory.setObjectHandler(new MapObjectHandler());
        return new MustacheTemplate(factory.compile(name), Optional.empty());
    }

    /**
     * The user's template; partials it names are looked up beside it first, then among the built-in ones.
     *
     * @throws TemplateException naming the template when it cannot be read or compiled within the limits
     */
    static MustacheTemplate user(Path template) {
        if (!Files.isRegularFile(template) || !Files.isReadable(template)) {
            throw new TemplateException("template " + template + " is not a readable file");
        }
        BoundedFactory factory = new BoundedFactory(new FileResolver(template));
        try {
            return new MustacheTemplate(factory.compile(template.getFileName().toString()), Optional.of(template));
        } catch (RuntimeException e) {
            throw failure(template, e);
        }
    }

    /**
     * Renders the view model into {@code writer}; the caller flushes it.
     *
     * @throws TemplateException naming the template when a user's template goes beyond a limit or fails
     * @throws IOException when the writer fails
     */
    void execute(Writer writer, Object model) throws IOException {
        if (userTemplate.isEmpty()) {
            mustache.execute(writer, model);
            return;
        }
        Budget previous = CURRENT.get();
        Budget budget = new Budget();
        CURRENT.set(budget);
        try {
            mustache.execute(new BoundedWriter(writer, budget), model);
        } catch (RuntimeException e) {
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof IOException io) {
                    throw io;
                }
            }
            throw failure(userTemplate.get(), e);
        } finally {
            CURRENT.set(previous);
        }
    }

    /** What the user hears of a failure: our own reason where there is one, else Mustache's message. */
    private static RuntimeException failure(Path template, RuntimeException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof Refused refused) {
                return new TemplateException(refused.about(template), e);
            }
        }
        if (e instanceof MustacheException || e instanceof UncheckedIOException) {
            return new TemplateException("template " + template + ": " + e.getMessage(), e);
        }
        return e;
    }

    /** Our own resources are read through our own class, which works inside a named module too. */
    private static @Nullable Reader builtInReader(String name) {
        InputStream in = MustacheTemplate.class.getResourceAsStream(
                BUILT_IN_TEMPLATES + name.substring(name.lastIndexOf('/') + 1));
        return in == null ? null : new InputStreamReader(in, StandardCharsets.UTF_8);
    }

    /** A limit reached or a file refused; the message is the user's to read, and never quotes register data. */
    private static final class Refused extends RuntimeException {
        private static final long serialVersionUID = 1L;

        /** The file at fault when it is not the template itself. */
        private final transient Optional<Path> file;

        Refused(String reason) {
            this(reason, Optional.empty());
        }

        Refused(String reason, Optional<Path> file) {
            // No stack trace: this is a message for the user, caught on the way out.
            super(reason, null, false, false);
            this.file = file;
        }

        String about(Path template) {
            if (file.isPresent() && !file.get().equals(template)) {
                return "template " + template + ": its partial " + file.get() + " " + getMessage();
            }
            return file.isPresent() ? "template " + template + " " + getMessage()
                    : "template " + template + ": " + getMessage();
        }
    }

    /** Where in the template a limit was reached, as Mustache names it. */
    private static String at(TemplateContext where) {
        return " (at " + where.file() + ":" + where.line() + ")";
    }

    /** The counts of one rendering. */
    private static final class Budget {
        private int depth;
        private int expansions;
        private long characters;

        static Budget current() {
            Budget budget = CURRENT.get();
            if (budget == null) {
                throw new IllegalStateException("a user's template renders only through MustacheTemplate.execute");
            }
            return budget;
        }

        /**
         * Runs a section's, a partial's or an extension's body one nesting level deeper, counting it as one expansion
         * too when {@code expands} (a partial is included once; a section counts each iteration in {@link #iterate}).
         */
        static Writer nested(TemplateContext where, boolean expands, Supplier<Writer> body) {
            Budget budget = current();
            budget.enter(where);
            try {
                if (expands) {
                    budget.expand(where);
                }
                return body.get();
            } finally {
                budget.leave();
            }
        }

        /** Counts one iteration of a section. */
        static void iterate(TemplateContext where) {
            current().expand(where);
        }

        private void enter(TemplateContext where) {
            if (depth >= MAX_NESTING) {
                throw new Refused("sections and partials nest deeper than " + MAX_NESTING + " levels" + at(where));
            }
            depth++;
        }

        private void leave() {
            depth--;
        }

        private void expand(TemplateContext where) {
            if (++expansions > MAX_EXPANSIONS) {
                throw new Refused("more than " + MAX_EXPANSIONS + " section iterations and partial inclusions"
                        + at(where));
            }
        }

        void write(int length) {
            characters += length;
            if (characters > MAX_OUTPUT_CHARS) {
                throw new Refused("the document would have more than " + MAX_OUTPUT_CHARS + " characters");
            }
        }
    }

    /** Counts what passes into the real writer. */
    private static final class BoundedWriter extends Writer {
        private final Writer out;
        private final Budget budget;

        BoundedWriter(Writer out, Budget budget) {
            this.out = out;
            this.budget = budget;
        }

        @Override
        public void write(char[] chars, int offset, int length) throws IOException {
            budget.write(length);
            out.write(chars, offset, length);
        }

        @Override
        public void write(String string, int offset, int length) throws IOException {
            budget.write(length);
            out.write(string, offset, length);
        }

        @Override
        public void write(int c) throws IOException {
            budget.write(1);
            out.write(c);
        }

        @Override
        public void flush() throws IOException {
            out.flush();
        }

        @Override
        public void close() throws IOException {
            // The caller owns the writer.
            out.flush();
        }
    }

    /**
     * The user's files beside the template, then the built-in ones. Mustache compiles every inclusion of a partial
     * anew (only a partial that includes itself is compiled once), so what compiling reads is bounded in all, not
     * per file: ten files each including the next ten times would otherwise be compiled 10<sup>9</sup> times.
     */
    private static final class FileResolver implements MustacheResolver {
        private final Path template;
        private final Map<Path, String> texts = new HashMap<>();
        private int reads;
        private long characters;

        FileResolver(Path template) {
            this.template = template;
        }

        @Override
        public @Nullable Reader getReader(String name) {
            String file = name.substring(name.lastIndexOf('/') + 1);
            Path candidate = template.resolveSibling(file);
            String text;
            if (Files.isRegularFile(candidate)) {
                text = texts.get(candidate);
                if (text == null) {
                    text = read(candidate);
                    texts.put(candidate, text);
                }
            } else {
                Reader builtIn = builtInReader(name);
                if (builtIn == null) {
                    return null;
                }
                text = readBuiltIn(builtIn, file);
            }
            if (++reads > MAX_READS) {
                throw new Refused("includes partials more than " + MAX_READS + " times");
            }
            characters += text.length();
            if (characters > MAX_COMPILED_CHARS) {
                throw new Refused("and its partials come to more than " + MAX_COMPILED_CHARS
                        + " characters, counting each inclusion of a partial");
            }
            return new StringReader(text);
        }

        private static String read(Path file) {
            try {
                long size = Files.size(file);
                if (size > MAX_FILE_BYTES) {
                    throw new Refused("has " + size + " bytes; a template file may have at most " + MAX_FILE_BYTES + " bytes",
                            Optional.of(file));
                }
                return StandardCharsets.UTF_8.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(Files.readAllBytes(file))).toString();
            } catch (CharacterCodingException e) {
                throw new Refused("is not UTF-8 text; save it as UTF-8", Optional.of(file));
            } catch (IOException e) {
                throw new Refused("cannot be read: " + e.getMessage(), Optional.of(file));
            }
        }

        private static String readBuiltIn(Reader reader, String file) {
            try (Reader in = reader) {
                StringBuilder text = new StringBuilder();
                char[] buffer = new char[8192];
                for (int n; (n = in.read(buffer)) >= 0; ) {
                    text.append(buffer, 0, n);
                }
                return text.toString();
            } catch (IOException e) {
                throw new UncheckedIOException("built-in template " + file, e);
            }
        }
    }

    /** A factory whose parser counts nesting and whose sections and partials count what they expand. */
    private static final class BoundedFactory extends DefaultMustacheFactory {

        BoundedFactory(MustacheResolver resolver) {
            super(resolver);
            setObjectHandler(new MapObjectHandler());
            // Our own count of nesting says it first, with the place.
            setRecursionLimit(MAX_NESTING + 1);
        }

        @Override
        protected MustacheParser createParser() {
            return new NestingParser(this);
        }

        @Override
        public MustacheVisitor createMustacheVisitor() {
            return new CountingVisitor(this);
        }
    }

    /**
     * Refuses sections nested deeper than the limit before Mustache's recursive parser goes there. A factory compiles
     * on the thread that creates the template, so a plain counter serves.
     */
    private static final class NestingParser extends MustacheParser {
        private int depth;

        NestingParser(DefaultMustacheFactory factory) {
            super(factory);
        }

        @Override
        protected Mustache compile(Reader reader, @Nullable String tag, AtomicInteger currentLine,
                @Nullable String file, String sm, String em, boolean startOfLine) {
            // The whole file is one call, and each section within it one more.
            if (depth > MAX_NESTING) {
                throw new Refused("sections nest deeper than " + MAX_NESTING + " levels (at " + file + ":"
                        + currentLine.get() + ")");
            }
            depth++;
            try {
                return super.compile(reader, tag, currentLine, file, sm, em, startOfLine);
            } finally {
                depth--;
            }
        }
    }

    /** Makes the sections and partials that count themselves, and refuses dynamic partials. */
    private static final class CountingVisitor extends DefaultMustacheVisitor {

        CountingVisitor(DefaultMustacheFactory factory) {
            super(factory);
        }

        @Override
        public void iterable(TemplateContext where, String variable, Mustache body) {
            list.add(new CountedSection(where, df, body, variable));
        }

        @Override
        public void notIterable(TemplateContext where, String variable, Mustache body) {
            list.add(new CountedInvertedSection(where, df, body, variable));
        }

        @Override
        public void partial(TemplateContext where, String variable, String indent) {
            // As Mustache's own visitor does: a partial is read with the default delimiters.
            TemplateContext context = new TemplateContext("{{", "}}", where.file(), where.line(), where.startOfLine());
            list.add(new CountedPartial(context, df, variable));
        }

        @Override
        public void dynamicPartial(TemplateContext where, String variable, String indent) {
            throw new Refused("{{>" + variable + "}} would load a partial named by register data; name partials in"
                    + " the template" + at(where));
        }

        @Override
        public void extend(TemplateContext where, String variable, Mustache body) {
            list.add(new CountedExtension(where, df, body, variable));
        }
    }

    /** {@code {{#name}}}. */
    private static final class CountedSection extends IterableCode {
        CountedSection(TemplateContext where, DefaultMustacheFactory factory, Mustache body, String variable) {
            super(where, factory, body, variable);
        }

        @Override
        public Writer execute(Writer writer, List<Object> scopes) {
            return Budget.nested(tc, false, () -> super.execute(writer, scopes));
        }

        @Override
        public Writer next(Writer writer, Object next, List<Object> scopes) {
            Budget.iterate(tc);
            return super.next(writer, next, scopes);
        }
    }

    /** {@code {{^name}}}. */
    private static final class CountedInvertedSection extends NotIterableCode {
        CountedInvertedSection(TemplateContext where, DefaultMustacheFactory factory, Mustache body,
                String variable) {
            super(where, factory, body, variable);
        }

        @Override
        public Writer execute(Writer writer, List<Object> scopes) {
            return Budget.nested(tc, false, () -> super.execute(writer, scopes));
        }

        @Override
        public Writer next(Writer writer, Object next, List<Object> scopes) {
            Budget.iterate(tc);
            return super.next(writer, next, scopes);
        }
    }

    /** {@code {{> name}}}. */
    private static final class CountedPartial extends PartialCode {
        CountedPartial(TemplateContext where, DefaultMustacheFactory factory, String variable) {
            super(where, factory, variable);
        }

        @Override
        public Writer execute(Writer writer, List<Object> scopes) {
            return Budget.nested(tc, true, () -> super.execute(writer, scopes));
        }
    }

    /** {@code {{< name}}…{{/name}}}: a partial whose blocks the body replaces. */
    private static final class CountedExtension extends ExtendCode {
        CountedExtension(TemplateContext where, DefaultMustacheFactory factory, Mustache body, String variable) {
            super(where, factory, body, variable);
        }

        @Override
        public Writer execute(Writer writer, List<Object> scopes) {
            return Budget.nested(tc, true, () -> super.execute(writer, scopes));
        }
    }
}
