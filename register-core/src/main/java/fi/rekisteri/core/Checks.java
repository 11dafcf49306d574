package fi.rekisteri.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/** Argument checks shared by the model's constructors; they fail fast on programming errors. */
final class Checks {

    /**
     * A key: lower-case segments of letters, digits and inner hyphens, joined by dots ({@code contact.email},
     * {@code direct-marketing}).
     */
    static final Pattern KEY = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*(?:\\.[a-z0-9]+(?:-[a-z0-9]+)*)*");

    private Checks() {}

    static void requireText(String value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isBlank()) {
            throw new IllegalArgumentException(name + " is blank");
        }
    }

    static void requireKey(String key, String name) {
        Objects.requireNonNull(key, name);
        if (!KEY.matcher(key).matches()) {
            throw new IllegalArgumentException(name + " '" + key + "' is not a key: use lower-case letters, digits"
                    + " and hyphens, with dots between levels, such as 'contact.email'");
        }
    }

    static String requireCountry(String code) {
        Objects.requireNonNull(code, "country");
        if (!code.matches("[A-Z]{2}")) {
            throw new IllegalArgumentException(
                    "country '" + code + "' is not an ISO 3166-1 alpha-2 code such as FI or US");
        }
        return code;
    }

    static List<String> keys(List<String> keys, String name) {
        // Checked before List.copyOf, whose NullPointerException would not say which key is null.
        List<String> copy = new ArrayList<>(Objects.requireNonNull(keys, name));
        for (int i = 0; i < copy.size(); i++) {
            requireKey(copy.get(i), name + "[" + i + "]");
        }
        return List.copyOf(copy);
    }
}
