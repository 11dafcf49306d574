package fi.rekisteri.core;

import java.util.ListIterator;
import java.util.Objects;
import java.util.function.Function;

/**
 * The parts of one kind that have a key, such as purposes: besides what {@link Parts} does, a part is replaced where
 * the part of its key stands or removed by its key, and an unknown key fails naming the kind and the key.
 */
final class KeyedParts<T> extends Parts<T> {
    private final Function<T, String> keyOf;
    private final String kind;

    /** Parts keyed by {@code keyOf}; {@code kind} names them in messages ({@code "data category"}). */
    KeyedParts(Function<T, String> keyOf, String kind) {
        this.keyOf = keyOf;
        this.kind = kind;
    }

    /**
     * Puts the part in the place of every part of its key, so that a duplicate added by mistake stays one for the
     * builder's check to report; {@code name} names the argument in the exception.
     */
    void replace(T part, String name) {
        Objects.requireNonNull(part, name);
        String partKey = keyOf.apply(part);
        boolean found = false;
        for (ListIterator<T> it = list.listIterator(); it.hasNext(); ) {
            if (keyOf.apply(it.next()).equals(partKey)) {
                it.set(part);
                found = true;
            }
        }
        if (!found) {
            throw unknown(partKey, "replace");
        }
    }

    /** Removes the parts of a key. */
    void remove(String partKey) {
        Objects.requireNonNull(partKey, "key");
        if (!list.removeIf(part -> keyOf.apply(part).equals(partKey))) {
            throw unknown(partKey, "remove");
        }
    }

    private IllegalArgumentException unknown(String partKey, String verb) {
        return new IllegalArgumentException("no " + kind + " '" + partKey + "' to " + verb);
    }
}
