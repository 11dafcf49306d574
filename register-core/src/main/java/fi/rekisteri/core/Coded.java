package fi.rekisteri.core;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * An enum whose constants have stable codes, used in files, databases and on the command line.
 *
 * <p>A constant's code is its name in lower case with hyphens for underscores ({@code LEGAL_OBLIGATION} is
 * {@code legal-obligation}) unless the enum overrides {@link #code()}. A code never changes once published, so a
 * constant renamed in Java keeps its old code by overriding it. The static methods look constants up by code and list
 * the codes, so that each enum says only its constants and their other facts.
 */
public interface Coded {

    /** The constant's name; every enum has it. */
    String name();

    /** The stable code: by default the {@linkplain #name() name} in lower case, {@code _} written {@code -}. */
    default String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * The constant of an enum that has this code.
     *
     * @param type the enum
     * @param code the code to find
     * @param what what a constant is, for the message: {@code source kind}
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException naming the code and the codes that exist:
     *     {@code unknown source kind 'x'; expected one of data-subject, internal, external}
     */
    static <E extends Enum<E> & Coded> E ofCode(Class<E> type, String code, String what) {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(what, "what");
        Enum<?> found = Codes.of(type).byCode().get(code);
        if (found == null) {
            throw new IllegalArgumentException("unknown " + what + " '" + code + "'; expected one of "
                    + String.join(", ", codes(type)));
        }
        return type.cast(found);
    }

    /**
     * The codes of an enum's constants, in declaration order.
     *
     * @throws NullPointerException if {@code type} is null
     */
    static <E extends Enum<E> & Coded> List<String> codes(Class<E> type) {
        return Codes.of(Objects.requireNonNull(type, "type")).codes();
    }
}
