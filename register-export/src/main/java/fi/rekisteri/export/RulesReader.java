package fi.rekisteri.export;

import fi.rekisteri.core.rules.OrganisationRules;
import fi.rekisteri.export.internal.format.NodeParser;
import fi.rekisteri.export.internal.format.RulesDecoder;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads an organisation rules file (YAML or JSON, described by {@code rules.schema.json} beside this class and in
 * {@code docs/rules.md}) into {@link OrganisationRules}. As strict and bounded as the {@link RegisterReader}: every
 * error is reported with its file, line, column and path. Immutable and thread-safe.
 *
 * <pre>{@code
 * OrganisationRules rules = RulesReader.create().read(Path.of("rules.yaml"));
 * }</pre>
 */
public final class RulesReader {

    private static final RulesReader DEFAULT = new RulesReader(ReadLimits.defaults());

    private final ReadLimits limits;

    private RulesReader(ReadLimits limits) {
        this.limits = limits;
    }

    /** A reader with the {@linkplain ReadLimits#defaults() default limits}. */
    public static RulesReader create() {
        return DEFAULT;
    }

    /**
     * Reads a rules file, its format told by its extension ({@code .yaml}, {@code .yml}, {@code .json}).
     *
     * @throws RegisterFormatException listing every error, each with the file, line, column and path
     * @throws IOException when the file cannot be read
     */
    public OrganisationRules read(Path file) throws IOException {
        RegisterFormat format = RegisterFormat.of(file);
        String source = file.toString();
        long size = Files.size(file);
        if (size > 4L * limits.maxDocumentChars()) {
            throw new RegisterFormatException(List.of(new FormatError(source, 0, 0, "",
                    "the file is " + size + " bytes; a rules file may have at most "
                            + limits.maxDocumentChars() + " characters")));
        }
        try (Reader input = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return RulesDecoder.decode(NodeParser.parse(input, source, format, limits), source);
        }
    }

    /**
     * Reads rules from text.
     *
     * @param text the document
     * @param source the name errors are reported against
     * @throws RegisterFormatException listing every error
     */
    public OrganisationRules read(String text, String source, RegisterFormat format) {
        if (text.length() > limits.maxDocumentChars()) {
            throw new RegisterFormatException(List.of(new FormatError(source, 0, 0, "",
                    "the document has " + text.length() + " characters; the limit is "
                            + limits.maxDocumentChars())));
        }
        return RulesDecoder.decode(NodeParser.parse(new StringReader(text), source, format, limits), source);
    }
}
