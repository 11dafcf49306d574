package fi.rekisteri.export.internal.format;

import fi.rekisteri.core.LocalizedText;
import fi.rekisteri.core.RegisterPath;
import fi.rekisteri.export.FormatError;
import fi.rekisteri.export.ReadLimits;
import fi.rekisteri.export.RegisterFormat;
import fi.rekisteri.export.RegisterFormatException;
import fi.rekisteri.export.internal.format.Node.ArrayNode;
import fi.rekisteri.export.internal.format.Node.Location;
import fi.rekisteri.export.internal.format.Node.Member;
import fi.rekisteri.export.internal.format.Node.ObjectNode;
import fi.rekisteri.export.internal.format.Node.ScalarNode;
import fi.rekisteri.export.internal.format.Node.ScalarType;
import java.io.IOException;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.BiPredicate;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamFactory;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.dataformat.yaml.YAMLFactory;
import tools.jackson.dataformat.yaml.YAMLParser;
import java.util.Objects;

/**
 * Reads one YAML or JSON document into a {@link Node} tree with Jackson's streaming parser, within {@link ReadLimits}.
 * Syntax errors stop the parse (nothing after them can be trusted); duplicate property names are collected and parsing
 * goes on.
 */
public final class NodeParser {

    private final TokenStreamFactory factory;
    private final int maxDepth;
    private final int maxStringChars;
    private final String source;
    private final List<FormatError> errors = new ArrayList<>();
    private RegisterPath path = RegisterPath.root();

    private NodeParser(TokenStreamFactory factory, ReadLimits limits, String source) {
        this.factory = factory;
        this.maxDepth = limits.maxNestingDepth();
        this.maxStringChars = limits.maxStringChars();
        this.source = source;
    }

    /**
     * Parses a file, its format told by its extension. A file too large to hold at most the limit's characters fails
     * before it is read, saying what kind of file ({@code register}, {@code rules}) may have how many.
     *
     * @throws RegisterFormatException listing the size, the syntax error or every duplicate property
     * @throws IOException when the file cannot be read
     */
    public static Node parseFile(Path file, String kind, ReadLimits limits) throws IOException {
        RegisterFormat format = RegisterFormat.of(file);
        String source = file.toString();
        long size = Files.size(file);
        // UTF-8 takes at least one byte a character, so a file of this many bytes may still fit; four bytes a
        // character is the most it can take.
        if (size > 4L * limits.maxDocumentChars()) {
            throw new RegisterFormatException(List.of(new FormatError(source, 0, 0, "",
                    "the file is " + size + " bytes; a " + kind + " file may have at most "
                            + limits.maxDocumentChars() + " characters")));
        }
        try (Reader input = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return parse(input, source, format, limits);
        }
    }

    /**
     * Parses a document given as text; one longer than the limit fails before it is parsed.
     *
     * @throws RegisterFormatException listing the length, the syntax error or every duplicate property
     */
    public static Node parseText(String text, String source, RegisterFormat format, ReadLimits limits) {
        if (text.length() > limits.maxDocumentChars()) {
            throw new RegisterFormatException(List.of(new FormatError(source, 0, 0, "",
                    "the document has " + text.length() + " characters; the limit is "
                            + limits.maxDocumentChars())));
        }
        return parse(new StringReader(text), source, format, limits);
    }

    /**
     * Parses a whole document.
     *
     * @param input the document; the caller closes it
     * @param source the file name errors are reported against
     * @throws RegisterFormatException listing the syntax error or every duplicate property
     */
    public static Node parse(Reader input, String source, RegisterFormat format, ReadLimits limits) {
        NodeParser parser = new NodeParser(factory(format, limits), limits, source);
        return parser.document(input);
    }

    /**
     * Whether the file is a well-formed YAML or JSON document whose top level is an object with a property that
     * {@code matches} (given the property's name, and its value when that is a text), read as a stream without
     * building the tree (the other values are skipped), within the limits. False for a file that is not such a
     * document, breaks off, cannot be read or is too large: reading it as a register then says what is wrong with it.
     */
    public static boolean hasTopLevelProperty(Path file, ReadLimits limits,
            BiPredicate<String, Optional<String>> matches) {
        try {
            if (Files.size(file) > 4L * limits.maxDocumentChars()) {
                return false;
            }
            RegisterFormat format = RegisterFormat.of(file);
            try (Reader input = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                    JsonParser parser = factory(format, limits).createParser(ObjectReadContext.empty(),
                            withoutByteOrderMark(input))) {
                if (parser.nextToken() != JsonToken.START_OBJECT) {
                    return false;
                }
                boolean found = false;
                while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                    String name = parser.currentName();
                    JsonToken value = parser.nextToken();
                    found |= matches.test(name, value == JsonToken.VALUE_STRING
                            ? Optional.of(parser.getString()) : Optional.empty());
                    parser.skipChildren();
                }
                // To its end: a document that breaks off is no such document, and reading it says where it breaks.
                return found && parser.currentToken() == JsonToken.END_OBJECT && parser.nextToken() == null;
            }
        } catch (IOException | JacksonException | YamlEngineException | IllegalArgumentException e) {
            return false;
        }
    }

    private static TokenStreamFactory factory(RegisterFormat format, ReadLimits limits) {
        StreamReadConstraints constraints = StreamReadConstraints.builder()
                .maxDocumentLength(limits.maxDocumentChars())
                .maxNestingDepth(limits.maxNestingDepth())
                .maxStringLength(limits.maxStringChars())
                .maxNameLength(256)
                .maxNumberLength(64)
                .build();
        return switch (format) {
            case JSON -> JsonFactory.builder()
                    .streamReadConstraints(constraints)
                    .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
                    .build();
            case YAML -> new YamlNullsFactory(YAMLFactory.builder()
                    .streamReadConstraints(constraints)
                    .loadSettings(LoadSettings.builder()
                            .setMaxAliasesForCollections(0)
                            .setAllowRecursiveKeys(false)
                            .setAllowNonScalarKeys(false)
                            .setCodePointLimit(limits.maxDocumentChars())
                            .setUseMarks(true)
                            .build()));
        };
    }

    private Node document(Reader input) {
        Node root;
        try (JsonParser parser = factory.createParser(ObjectReadContext.empty(), withoutByteOrderMark(input))) {
            JsonToken token = parser.nextToken();
            if (token == null) {
                throw new RegisterFormatException(List.of(new FormatError(source, 1, 1, "", "the document is empty")));
            }
            root = value(parser, token, 0);
            JsonToken next = parser.nextToken();
            if (next != null) {
                Location at = location(parser.currentTokenLocation());
                errors.add(new FormatError(source, at.line(), at.column(), "",
                        "only one document is allowed; found more content after it"));
            }
        } catch (JacksonException e) {
            notUtf8(e);
            TokenStreamLocation where = e.getLocation();
            Location at = where == null ? new Location(0, 0) : location(where);
            errors.add(new FormatError(source, at.line(), at.column(), path.toString(),
                    syntaxMessage(e.getOriginalMessage())));
            throw new RegisterFormatException(errors);
        } catch (YamlEngineException e) {
            notUtf8(e);
            // SnakeYAML's own limits (aliases, code points) may surface unwrapped.
            errors.add(new FormatError(source, 0, 0, path.toString(),
                    syntaxMessage(Objects.requireNonNullElse(e.getMessage(), e.getClass().getSimpleName()))));
            throw new RegisterFormatException(errors);
        }
        if (!errors.isEmpty()) {
            throw new RegisterFormatException(errors);
        }
        return root;
    }

    /**
     * A byte order mark at the start is not part of the document: SnakeYAML skips it, and JSON read from a file
     * saved with one is read the same way. It is looked for on the first read, inside the parser, so that a file
     * that is not UTF-8 fails there as before.
     */
    private static Reader withoutByteOrderMark(Reader input) {
        return new PushbackReader(input, 1) {
            private boolean started;

            @Override
            public int read() throws IOException {
                skipByteOrderMark();
                return super.read();
            }

            @Override
            public int read(char[] buffer, int offset, int length) throws IOException {
                skipByteOrderMark();
                return super.read(buffer, offset, length);
            }

            private void skipByteOrderMark() throws IOException {
                if (!started) {
                    started = true;
                    int first = super.read();
                    if (first >= 0 && first != '\uFEFF') {
                        unread(first);
                    }
                }
            }
        };
    }

    /** The reader's decoding error surfaces wrapped, by Jackson or by SnakeYAML; it deserves its own message. */
    private void notUtf8(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof CharacterCodingException) {
                throw new RegisterFormatException(List.of(new FormatError(source, 0, 0, "",
                        "not UTF-8 text; save the register file as UTF-8")));
            }
        }
    }

    private Node value(JsonParser parser, JsonToken token, int depth) {
        Location at = location(parser.currentTokenLocation());
        if (token == null) {
            throw new RegisterFormatException(List.of(new FormatError(source, at.line(), at.column(), path.toString(),
                    "the document ends in the middle of a value")));
        }
        if (depth > maxDepth) {
            // Checked here as well as by Jackson so that the limit holds for YAML and JSON alike.
            throw new RegisterFormatException(List.of(new FormatError(source, at.line(), at.column(), path.toString(),
                    "nested deeper than " + maxDepth + " levels")));
        }
        if (parser instanceof YAMLParser yaml && yaml.isCurrentAlias()) {
            // Aliases are how a few bytes of YAML become gigabytes; a register never needs them.
            throw new RegisterFormatException(List.of(new FormatError(source, at.line(), at.column(), path.toString(),
                    "YAML aliases (*" + parser.getString() + ") are not allowed in a register file")));
        }
        return switch (token) {
            case START_OBJECT -> object(parser, at, depth);
            case START_ARRAY -> array(parser, at, depth);
            case VALUE_STRING -> new ScalarNode(ScalarType.STRING, printable(boundedText(parser.getString(), at),
                    "the text", at), at);
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> new ScalarNode(ScalarType.NUMBER, parser.getString(), at);
            case VALUE_TRUE, VALUE_FALSE -> new ScalarNode(ScalarType.BOOLEAN, parser.getString(), at);
            case VALUE_NULL -> new ScalarNode(ScalarType.NULL, "null", at);
            default -> throw new RegisterFormatException(List.of(new FormatError(source, at.line(), at.column(),
                    path.toString(),
                    "unsupported value (" + token + "): use texts, numbers, booleans, objects and lists")));
        };
    }

    /** Jackson bounds texts in JSON only; this bounds them in YAML too. */
    private String boundedText(String text, Location at) {
        if (text.length() > maxStringChars) {
            errors.add(new FormatError(source, at.line(), at.column(), path.toString(), "the text has " + text.length()
                    + " characters; the limit is " + maxStringChars));
            return text.substring(0, maxStringChars);
        }
        return text;
    }

    /**
     * Refuses a control character in a text however it was written: raw, or escaped as YAML's {@code "\0"},
     * {@code "\e"}, {@code "\x7f"} or JSON's {@code "\u0000"}. The model's rule, the set YAML refuses raw.
     */
    private String printable(String text, String what, Location at) {
        OptionalInt bad = LocalizedText.unprintable(text);
        if (bad.isPresent()) {
            errors.add(new FormatError(source, at.line(), at.column(), path.toString(), String.format(Locale.ROOT,
                    "%s holds U+%04X, a control or unprintable character; a text may hold only printable"
                            + " characters, tabs and line breaks", what, bad.getAsInt())));
        }
        return text;
    }

    private ObjectNode object(JsonParser parser, Location at, int depth) {
        Map<String, Member> members = new LinkedHashMap<>();
        RegisterPath parentPath = path;
        while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
            String name = parser.currentName();
            Location nameAt = location(parser.currentTokenLocation());
            path = parentPath.property(name);
            printable(name, "the property name", nameAt);
            Node child = value(parser, parser.nextToken(), depth + 1);
            if (members.containsKey(name)) {
                errors.add(new FormatError(source, nameAt.line(), nameAt.column(), path.toString(),
                        "duplicate property '" + name + "'; it was first given on line "
                                + members.get(name).nameLocation().line()));
            } else {
                members.put(name, new Member(child, nameAt));
            }
        }
        path = parentPath;
        return new ObjectNode(Collections.unmodifiableMap(members), at);
    }

    private ArrayNode array(JsonParser parser, Location at, int depth) {
        List<Node> items = new ArrayList<>();
        RegisterPath parentPath = path;
        JsonToken token;
        while ((token = parser.nextToken()) != JsonToken.END_ARRAY && token != null) {
            path = parentPath.index(items.size());
            items.add(value(parser, token, depth + 1));
        }
        path = parentPath;
        return new ArrayNode(List.copyOf(items), at);
    }

    private static Location location(TokenStreamLocation where) {
        return new Location(Math.max(where.getLineNr(), 0), Math.max(where.getColumnNr(), 0));
    }

    private static String syntaxMessage(String message) {
        if (message == null) {
            return "unreadable document";
        }
        // Jackson appends source excerpts and hints on further lines; the first line says what is wrong.
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
