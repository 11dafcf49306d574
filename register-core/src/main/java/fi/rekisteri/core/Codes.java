package fi.rekisteri.core;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/** Look-up of closed sets by their stable codes, with an error that lists the codes that exist. */
final class Codes {

    private Codes() {}

    // Every caller names its parameter code.
    static <T> T lookUp(T[] values, Function<T, String> code, String wanted, String what) {
        Objects.requireNonNull(wanted, "code");
        for (T value : values) {
            if (code.apply(value).equals(wanted)) {
                return value;
            }
        }
        throw new IllegalArgumentException("unknown " + what + " '" + wanted + "'; expected one of "
                + String.join(", ", list(values, code)));
    }

    /** The codes of the values, in their order. */
    static <T> List<String> list(T[] values, Function<T, String> code) {
        return Arrays.stream(values).map(code).toList();
    }
}
