package fi.rekisteri.core;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Thrown when a register cannot be built: every {@link Problem} found, not only the first.
 */
public final class RegisterValidationException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final transient List<Problem> problems;

    /**
     * Creates the exception; there is at least one problem.
     *
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if there is no problem
     */
    public RegisterValidationException(List<Problem> problems) {
        super(message(problems));
        this.problems = List.copyOf(problems);
    }

    /** Every problem found, in the order of the register's parts. */
    public List<Problem> problems() {
        return problems;
    }

    private static String message(List<Problem> problems) {
        Objects.requireNonNull(problems, "problems");
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a validation exception needs at least one problem");
        }
        return problems.size() + (problems.size() == 1 ? " problem" : " problems") + " in the register:"
                + problems.stream().map(p -> "\n  " + p).collect(Collectors.joining());
    }
}
