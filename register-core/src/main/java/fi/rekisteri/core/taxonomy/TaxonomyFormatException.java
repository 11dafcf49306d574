package fi.rekisteri.core.taxonomy;

import java.util.Objects;

/**
 * A taxonomy file that cannot be read, with the place of the fault: {@code org.tsv:12:31: unknown sensitivity 'x'}.
 *
 * <p>Messages never quote a cell beyond the key, kind and code columns, so a label cannot leak into logs.
 */
public final class TaxonomyFormatException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** The name of the file or resource, as the reader was given it. */
    private final String source;
    /** The line, counting from 1. */
    private final int line;
    /** The character column in the line where the faulty cell begins, counting from 1. */
    private final int column;
    /** What is wrong, without the place. */
    private final String reason;

    /**
     * Creates the exception.
     *
     * @throws NullPointerException if an argument is null
     */
    public TaxonomyFormatException(String source, int line, int column, String reason) {
        super(Objects.requireNonNull(source, "source") + ":" + line + ":" + column + ": "
                + Objects.requireNonNull(reason, "reason"));
        this.source = source;
        this.line = line;
        this.column = column;
        this.reason = reason;
    }

    /** The name of the file or resource. */
    public String source() {
        return source;
    }

    /** The line of the fault, counting from 1. */
    public int line() {
        return line;
    }

    /** The character column where the faulty cell begins, counting from 1. */
    public int column() {
        return column;
    }

    /** What is wrong, without the place. */
    public String reason() {
        return reason;
    }
}
