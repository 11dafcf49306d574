package fi.rekisteri.core.diff;

import fi.rekisteri.core.Coded;
import fi.rekisteri.core.RegisterPath;
import java.util.Objects;
import java.util.Optional;

/**
 * One difference between two versions of a register: a part added, removed or changed.
 *
 * <p>The path is where the part is in the new register, or, for a removed part, where it was in the old one. The
 * values are the model's own parts ({@code Purpose}, {@code Disclosure}, {@code RetentionRule}, a
 * {@code LocalizedText} …), never text made of them: an added part has only {@link #after()}, a removed one only
 * {@link #before()}, a changed one both.
 *
 * @param <T> the type of the part
 * @param kind added, removed or changed
 * @param section the part of the register it is in
 * @param path where the part is
 * @param before the part in the old register
 * @param after the part in the new register
 * @param priorNotice why the subjects must be told before the changed processing starts, when they must
 */
public record Change<T>(Kind kind, Section section, RegisterPath path, Optional<T> before, Optional<T> after,
        Optional<PriorNotice> priorNotice) {

    /** What happened to the part, with stable codes. */
    public enum Kind implements Coded {
        /** The part is new. */
        ADDED,
        /** The part is gone. */
        REMOVED,
        /** The part is there in both, different. */
        CHANGED;

        /**
         * The kind of a stable code.
         *
         * @throws NullPointerException if {@code code} is null
         * @throws IllegalArgumentException naming the code and the codes that exist
         */
        public static Kind ofCode(String code) {
            return Coded.ofCode(Kind.class, code, "change kind");
        }
    }

    /**
     * Creates a change; its values must match its kind.
     *
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if an added change has a value before, a removed one a value after, or a
     *     changed one lacks either
     */
    public Change {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(section, "section");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        Objects.requireNonNull(priorNotice, "priorNotice");
        boolean valid = switch (kind) {
            case ADDED -> before.isEmpty() && after.isPresent();
            case REMOVED -> before.isPresent() && after.isEmpty();
            case CHANGED -> before.isPresent() && after.isPresent();
        };
        if (!valid) {
            throw new IllegalArgumentException("a change of kind " + kind.code() + " at '" + path
                    + "' has a value " + (before.isPresent() ? "before" : "not before") + " and "
                    + (after.isPresent() ? "after" : "not after"));
        }
    }

    /** Whether the controller must inform the subjects of this change before the changed processing starts. */
    public boolean requiresPriorNotice() {
        return priorNotice.isPresent();
    }

    /** {@code changed purposes purposes[1]}: the kind, section and path, never a value (which may be personal). */
    @Override
    public String toString() {
        return kind.code() + " " + section.code() + " " + path;
    }
}
