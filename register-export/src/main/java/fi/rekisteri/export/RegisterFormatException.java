package fi.rekisteri.export;

import java.util.List;
import java.util.stream.Collectors;

/** Thrown when a register file cannot be read: every {@link FormatError} found, not only the first. */
public final class RegisterFormatException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final transient List<FormatError> errors;

    /** Creates the exception; there is at least one error. */
    public RegisterFormatException(List<FormatError> errors) {
        super(message(errors));
        this.errors = List.copyOf(errors);
    }

    /** Every error found, in the order of the file. */
    public List<FormatError> errors() {
        return errors;
    }

    private static String message(List<FormatError> errors) {
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("a format exception needs at least one error");
        }
        return errors.stream().map(FormatError::toString).collect(Collectors.joining("\n"));
    }
}
