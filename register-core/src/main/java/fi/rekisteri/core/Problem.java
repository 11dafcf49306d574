package fi.rekisteri.core;

import java.util.Objects;

/**
 * One thing wrong with a register being built: where, and what.
 *
 * @param location where in the register, such as {@code purposes[2].categories[0]}
 * @param message what is wrong, in English, naming the bad value
 */
public record Problem(RegisterPath location, String message) {

    /** Creates a problem. */
    public Problem {
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(message, "message");
    }

    /**
     * Creates a problem at a path given as text.
     *
     * @throws IllegalArgumentException when the path is not a {@linkplain RegisterPath#parse(String) path's text}
     */
    public Problem(String path, String message) {
        this(RegisterPath.parse(Objects.requireNonNull(path, "path")), message);
    }

    /** Where in the register, as text: {@code purposes[2].categories[0]}. */
    public String path() {
        return location.toString();
    }

    /** {@code path: message}. */
    @Override
    public String toString() {
        return location + ": " + message;
    }
}
