package fi.rekisteri.core.rules;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A condition on one kind of key, as Fides policies write it: {@code ANY} of the values, {@code ALL} of them or
 * {@code NONE} of them among the keys a purpose has, each key counting also as every key it lies within.
 *
 * @param matching how the values must be found
 * @param values the keys (or, for legal bases, the codes) the condition names; not empty
 */
public record KeyMatch(Matching matching, List<String> values) {

    /** How a condition's values must be found among a purpose's keys. */
    public enum Matching {
        /** At least one of the values. */
        ANY,
        /** Every one of the values. */
        ALL,
        /** None of the values. */
        NONE
    }

    /**
     * Creates the condition.
     *
     * @throws NullPointerException if an argument or a value is null
     * @throws IllegalArgumentException if there are no values
     */
    public KeyMatch {
        Objects.requireNonNull(matching, "matching");
        values = List.copyOf(Objects.requireNonNull(values, "values"));
        if (values.isEmpty()) {
            throw new IllegalArgumentException("a " + matching + " condition needs at least one value");
        }
    }

    /**
     * A condition of these values.
     *
     * @throws IllegalArgumentException if there are no values
     */
    public static KeyMatch of(Matching matching, String... values) {
        return new KeyMatch(matching, List.of(Objects.requireNonNull(values, "values")));
    }

    /** Whether the condition holds for a purpose whose keys, with everything they lie within, are {@code keys}. */
    public boolean test(Set<String> keys) {
        Objects.requireNonNull(keys, "keys");
        // Loops rather than streams: a rules file tests this for every purpose of every register.
        return switch (matching) {
            case ANY -> containsAny(keys);
            case ALL -> keys.containsAll(values);
            case NONE -> !containsAny(keys);
        };
    }

    private boolean containsAny(Set<String> keys) {
        for (String value : values) {
            if (keys.contains(value)) {
                return true;
            }
        }
        return false;
    }
}
