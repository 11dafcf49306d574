package fi.rekisteri.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * The parts of one kind that a builder holds, in the order they were added: the list work its add, replace-all and
 * remove-if methods share. Not thread-safe, as the builders are not.
 */
class Parts<T> {
    final List<T> list = new ArrayList<>();

    /** Adds a part after those already added; {@code name} names the argument in the exception. */
    final void add(T part, String name) {
        list.add(Objects.requireNonNull(part, name));
    }

    /** Adds parts already checked, such as those of a built aggregate. */
    final void addAll(List<T> parts) {
        list.addAll(parts);
    }

    /** Replaces every part with the given ones, in their order; checked whole first, so a failure changes nothing. */
    final void replaceAll(List<T> parts, String name) {
        Objects.requireNonNull(parts, name);
        for (int i = 0; i < parts.size(); i++) {
            Objects.requireNonNull(parts.get(i), name + "[" + i + "]");
        }
        List<T> copy = List.copyOf(parts);
        list.clear();
        list.addAll(copy);
    }

    /** Removes the parts the filter accepts; removing none is no error. */
    final void removeIf(Predicate<? super T> filter) {
        list.removeIf(Objects.requireNonNull(filter, "filter"));
    }

    /** The parts as an unmodifiable copy. */
    final List<T> toList() {
        return List.copyOf(list);
    }
}
