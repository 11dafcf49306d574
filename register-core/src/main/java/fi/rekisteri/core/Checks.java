package fi.rekisteri.core;

import fi.rekisteri.core.internal.Keys;
import java.time.Duration;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.Set;

/** Argument checks shared by the model's constructors; they fail fast on programming errors. */
final class Checks {

    /** Keys longer than this are shortened in messages, so that a message stays readable. */
    private static final int SHOWN_KEY_CHARS = 60;

    private Checks() {}

    static void requireText(String value, String name) {
        Objects.requireNonNull(value, name);
        requirePrintable(value, name);
        if (looksBlank(value)) {
            throw new IllegalArgumentException(name + " " + blankness(value));
        }
    }

    /** Refuses a control character (a NUL would not even reach a database) before anything else is checked. */
    static void requirePrintable(String value, String name) {
        OptionalInt bad = unprintable(value);
        if (bad.isPresent()) {
            throw new IllegalArgumentException(String.format(Locale.ROOT, "%s holds U+%04X, a control or"
                    + " unprintable character; a text may hold only printable characters, tabs and line breaks",
                    name, bad.getAsInt()));
        }
    }

    /**
     * The first character a text may not hold, if any: anything outside YAML's printable set (tab, line feed,
     * carriage return, U+0020 to U+007E, U+0085, U+00A0 to U+D7FF, U+E000 to U+FFFD, U+10000 and above), which is
     * the set a YAML reader refuses when written raw; the same set holds however the text was written or escaped.
     */
    static OptionalInt unprintable(String text) {
        return text.codePoints().filter(c -> !printable(c)).findFirst();
    }

    private static boolean printable(int c) {
        return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0x7E) || c == 0x85
                || (c >= 0xA0 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);
    }

    /**
     * Whether a text would show as nothing: empty, or only white space, no-break spaces, control characters,
     * zero-width and other invisible format characters (a byte order mark among them) and the blank fillers.
     */
    static boolean looksBlank(String text) {
        return text.codePoints().allMatch(Checks::invisible);
    }

    /** How a text that {@link #looksBlank looks blank} is described after its name: {@code is blank}, or why not. */
    static String blankness(String text) {
        return text.codePoints().filter(c -> !Character.isWhitespace(c)).boxed().findFirst()
                .map(c -> String.format(Locale.ROOT,
                        "looks blank: it has only white space and invisible characters such as U+%04X", c))
                .orElse("is blank");
    }

    private static boolean invisible(int c) {
        int type = Character.getType(c);
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || type == Character.FORMAT
                || type == Character.CONTROL
                // Hangul fillers and the braille blank are letters and symbols that print as nothing.
                || c == 0x115F || c == 0x1160 || c == 0x3164 || c == 0xFFA0 || c == 0x2800;
    }

    /**
     * Requires a key: lower-case segments of letters, digits and inner hyphens, joined by dots ({@code contact.email},
     * {@code direct-marketing}).
     */
    static void requireKey(String key, String name) {
        Objects.requireNonNull(key, name);
        if (!Keys.isKey(key)) {
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

    private static String shown(String key) {
        return key.length() <= SHOWN_KEY_CHARS ? key : key.substring(0, SHOWN_KEY_CHARS) + "…";
    }

    /** The officially assigned ISO 3166-1 alpha-2 codes, as the JDK knows them. */
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    /**
     * Codes that people write for a country but that ISO 3166-1 does not assign to it: the EU writes EL for Greece,
     * and UK is only reserved at the United Kingdom's request.
     */
    private static final Map<String, String> NOT_ISO = Map.of(
            "EL", "Greece is GR (EL is the EU's own abbreviation)",
            "UK", "the United Kingdom is GB (UK is only reserved)");

    static String requireCountry(String code) {
        Objects.requireNonNull(code, "country");
        if (!COUNTRIES.contains(code)) {
            String hint = NOT_ISO.get(code);
            throw new IllegalArgumentException("country '" + code + "' is not an ISO 3166-1 alpha-2 code"
                    + (hint == null ? " such as FI or US" : ": " + hint));
        }
        return code;
    }

    /**
     * Requires a period of time that dates can be computed with: positive and at most
     * {@link Retention.AfterEvent#MAX_YEARS} years; {@code what} names it in the message ({@code "retention period"}).
     */
    static void requireBounded(Period period, String what) {
        Objects.requireNonNull(period, "period");
        if (period.isNegative() || period.isZero()) {
            throw new IllegalArgumentException(what + " " + period + " is not positive");
        }
        if (longerThanMaximum(period)) {
            throw tooLong(period, what);
        }
    }

    /** Requires a duration as {@link #requireBounded(Period, String)} does a period. */
    static void requireBounded(Duration duration, String what) {
        Objects.requireNonNull(duration, "duration");
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException(what + " " + duration + " is not positive");
        }
        if (duration.compareTo(MAX_DURATION) > 0) {
            throw tooLong(duration, what);
        }
    }

    private static final Duration MAX_DURATION = Duration.ofDays(Retention.AfterEvent.MAX_YEARS * 366L);

    private static IllegalArgumentException tooLong(Object value, String what) {
        return new IllegalArgumentException(what + " " + value + " is longer than " + Retention.AfterEvent.MAX_YEARS
                + " years, the longest a " + what + " may be");
    }

    /**
     * Months and days weighed together: 4800 months are 146,097 days (the Gregorian 400-year cycle), exact without
     * floating point and without overflow even for a period's largest values.
     */
    @SuppressWarnings("JavaPeriodGetDays") // the days are added to the months, which toTotalMonths() gives
    private static boolean longerThanMaximum(Period period) {
        return period.toTotalMonths() * 146_097L + period.getDays() * 4_800L
                > Retention.AfterEvent.MAX_YEARS * 12L * 146_097L;
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
