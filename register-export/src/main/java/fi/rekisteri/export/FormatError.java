package fi.rekisteri.export;

import java.util.Objects;

/**
 * One thing wrong in a register file: where it is and what is wrong.
 *
 * @param source the file name or other description of the input
 * @param line 1-based line, or 0 when unknown
 * @param column 1-based column, or 0 when unknown
 * @param path where in the register, such as {@code purposes[3].legalBasis}; empty for the document as a whole
 * @param message what is wrong, naming the bad value and what was expected
 */
public record FormatError(String source, int line, int column, String path, String message) {

    /** Creates an error. */
    public FormatError {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
    }

    /** {@code register.yaml:12:7: purposes[3].legalBasis: unknown value 'contrakt'; expected one of …}. */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(source);
        if (line > 0) {
            text.append(':').append(line);
            if (column > 0) {
                text.append(':').append(column);
            }
        }
        text.append(": ");
        if (!path.isEmpty()) {
            text.append(path).append(": ");
        }
        return text.append(message).toString();
    }
}
