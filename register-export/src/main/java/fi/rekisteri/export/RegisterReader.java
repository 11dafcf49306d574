package fi.rekisteri.export;

import fi.rekisteri.core.Register;
import fi.rekisteri.core.taxonomy.Taxonomy;
import fi.rekisteri.export.internal.format.NodeParser;
import fi.rekisteri.export.internal.format.RegisterDecoder;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Reads a register from the YAML or JSON register format (documented in {@code docs/register-format.md}, described
 * by {@code register.schema.json} beside this class).
 *
 * <p>Reading is strict and bounded: unknown properties, values of the wrong kind, unknown codes and inconsistent keys
 * are all reported together, each with its file, line, column and path; documents beyond the {@link ReadLimits} and
 * YAML aliases are refused. A part may refer to an entry of a {@link Taxonomy} ({@code taxonomy: contact.email})
 * instead of writing its labels: the {@linkplain Taxonomy#defaults() default taxonomy} unless
 * {@link #withTaxonomy(Taxonomy)} gives an organisation's. Instances are immutable and thread-safe.
 *
 * <pre>{@code
 * Register register = RegisterReader.create().read(Path.of("register.yaml"));
 * }</pre>
 */
public final class RegisterReader {

    private static final RegisterReader DEFAULT = new RegisterReader(ReadLimits.defaults(), Taxonomy::defaults);

    private final ReadLimits limits;
    private final Supplier<Taxonomy> taxonomy;

    private RegisterReader(ReadLimits limits, Supplier<Taxonomy> taxonomy) {
        this.limits = limits;
        this.taxonomy = taxonomy;
    }

    /** A reader with the {@linkplain ReadLimits#defaults() default limits}. */
    public static RegisterReader create() {
        return DEFAULT;
    }

    /** This reader with other limits. */
    public RegisterReader withLimits(ReadLimits limits) {
        return new RegisterReader(Objects.requireNonNull(limits, "limits"), taxonomy);
    }

    /**
     * This reader with the taxonomy that {@code taxonomy:} references name, such as the default extended with an
     * organisation's own file ({@link Taxonomy#extend(java.io.Reader, String)}).
     *
     * @throws NullPointerException if {@code taxonomy} is null
     */
    public RegisterReader withTaxonomy(Taxonomy taxonomy) {
        Objects.requireNonNull(taxonomy, "taxonomy");
        return new RegisterReader(limits, () -> taxonomy);
    }

    /**
     * Reads a register file, its format told by its extension ({@code .yaml}, {@code .yml}, {@code .json}).
     *
     * @throws RegisterFormatException listing every error, each with the file, line, column and path
     * @throws IOException when the file cannot be read
     */
    public Register read(Path file) throws IOException {
        return RegisterDecoder.decode(NodeParser.parseFile(file, "register", limits), file.toString(), taxonomy);
    }

    /**
     * Reads a register from text.
     *
     * @param text the document
     * @param source the name errors are reported against, such as a file name
     * @throws RegisterFormatException listing every error
     */
    public Register read(String text, String source, RegisterFormat format) {
        return RegisterDecoder.decode(NodeParser.parseText(text, source, format, limits), source, taxonomy);
    }
}
