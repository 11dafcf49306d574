package fi.rekisteri.export;

import fi.rekisteri.core.rules.OrganisationRules;
import fi.rekisteri.export.internal.format.NodeParser;
import fi.rekisteri.export.internal.format.RulesDecoder;
import java.io.IOException;
import java.nio.file.Path;

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
        return RulesDecoder.decode(NodeParser.parseFile(file, "rules", limits), file.toString());
    }

    /**
     * Reads rules from text.
     *
     * @param text the document
     * @param source the name errors are reported against
     * @throws RegisterFormatException listing every error
     */
    public OrganisationRules read(String text, String source, RegisterFormat format) {
        return RulesDecoder.decode(NodeParser.parseText(text, source, format, limits), source);
    }
}
