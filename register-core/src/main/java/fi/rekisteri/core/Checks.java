package fi.rekisteri.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Argument checks shared by the model's constructors; they fail fast on programming errors. */
final class Checks {

    /** Keys longer than this are shortened in messages, so that a message stays readable. */
    private static final int SHOWN_KEY_CHARS = 60;

    private Checks() {}

    static void requireText(String value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isBlank()) {
            throw new IllegalArgumentException(name + " is blank");
        }
    }

    /**
     * Requires a key: lower-case segments of letters, digits and inner hyphens, joined by dots ({@code contact.email},
     * {@code direct-marketing}).
     */
    static void requireKey(String key, String name) {
        Objects.requireNonNull(key, name);
        if (!isKey(key)) {
            throw new IllegalArgumentException(name + " '" + shown(key) + "' is not a key: use lower-case letters,"
                    + " digits and hyphens, with dots between levels, such as 'contact.email'");
        }
    }

    /** Requires a data category's key: a key of at most {@link CategoryHierarchy#MAX_DEPTH} dotted segments. */
    static void requireCategoryKey(String key, String name) {
        requireKey(key, name);
        int depth = 1;
        for (int i = 0; i < key.length(); i++) {
            if (key.charAt(i) == '.') {
                depth++;
            }
        }
        if (depth > CategoryHierarchy.MAX_DEPTH) {
            throw new IllegalArgumentException(name + " '" + shown(key) + "' is " + depth + " levels deep: data"
                    + " categories nest at most " + CategoryHierarchy.MAX_DEPTH + " levels");
        }
    }

    /**
     * Whether the text is a key. A loop rather than a regular expression: java.util.regex recurses once per repeated
     * group, so a key of a thousand dotted segments overflowed the stack.
     */
    static boolean isKey(String key) {
        boolean afterLetterOrDigit = false;
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                afterLetterOrDigit = true;
            } else if ((c == '-' || c == '.') && afterLetterOrDigit) {
                afterLetterOrDigit = false;
            } else {
                return false;
            }
        }
        return afterLetterOrDigit;
    }

    private static String shown(String key) {
        return key.length() <= SHOWN_KEY_CHARS ? key : key.substring(0, SHOWN_KEY_CHARS) + "…";
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
