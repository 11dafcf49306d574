package fi.rekisteri.core;

import java.util.Objects;

/**
 * One thing wrong with a register being built: where, and what.
 *
 * @param path where in the register, such as {@code purposes[2].categories[0]}
 * @param message what is wrong, in English, naming the bad value
 */
public record Problem(String path, String message) {

    /** Creates a problem. */
    public Problem {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
    }

    /** {@code path: message}. */
    @Override
    public String toString() {
        return path + ": " + message;
    }
}
