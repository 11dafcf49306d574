package fi.rekisteri.export;

import fi.rekisteri.core.rules.OrganisationRules;
import fi.rekisteri.core.taxonomy.Taxonomy;
import fi.rekisteri.export.internal.format.NodeParser;
import fi.rekisteri.export.internal.format.RulesDecoder;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Reads an organisation rules file (YAML or JSON, described by {@code rules.schema.json} beside this class and in
 * {@code docs/rules.md}) into {@link OrganisationRules}. As strict and bounded as the {@link RegisterReader}: every
 * error is reported with its file, line, column and path. A rule's keys are the {@linkplain Taxonomy#defaults() default
 * taxonomy}'s (or under one of its keys), or fideslang keys, which stand for the taxonomy keys that map them;
 * {@link #withTaxonomy(Taxonomy)} gives an organisation's. Immutable and thread-safe.
 *
 * <pre>{@code
 * OrganisationRules rules = RulesReader.create().read(Path.of("rules.yaml"));
 * }</pre>
 */
public final class RulesReader {

    private static final RulesReader DEFAULT = new RulesReader(ReadLimits.defaults(), Taxonomy::defaults);

    private final ReadLimits limits;
    private final Supplier<Taxonomy> taxonomy;

    private RulesReader(ReadLimits limits, Supplier<Taxonomy> taxonomy) {
        this.limits = limits;
        this.taxonomy = taxonomy;
    }

    /** A reader with the {@linkplain ReadLimits#defaults() default limits} and the default taxonomy. */
    public static RulesReader create() {
        return DEFAULT;
    }

    /**
     * This reader with an organisation's taxonomy (the default one extended) for the rules' keys.
     *
     * @throws NullPointerException if {@code taxonomy} is null
     */
    public RulesReader withTaxonomy(Taxonomy taxonomy) {
        Objects.requireNonNull(taxonomy, "taxonomy");
        return new RulesReader(limits, () -> taxonomy);
    }

    /**
     * Reads a rules file, its format told by its extension ({@code .yaml}, {@code .yml}, {@code .json}).
     *
     * @throws RegisterFormatException listing every error, each with the file, line, column and path
     * @throws IOException when the file cannot be read
     */
    public OrganisationRules read(Path file) throws IOException {
        return RulesDecoder.decode(NodeParser.parseFile(file, "rules", limits), file.toString(), taxonomy.get());
    }

    /**
     * Reads rules from text.
     *
     * @param text the document
     * @param source the name errors are reported against
     * @throws RegisterFormatException listing every error
     */
    public OrganisationRules read(String text, String source, RegisterFormat format) {
        return RulesDecoder.decode(NodeParser.parseText(text, source, format, limits), source, taxonomy.get());
    }
}
