package fi.rekisteri.core;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A text a person reads, in one or more of Finnish, Swedish and English.
 *
 * <p>{@link #in(Language)} gives the exact translation or nothing. {@link #resolve(Language)} never fails: it falls
 * back along an explicit chain — the language asked for, then Finnish, English and Swedish, in that order — and
 * tells which language it actually used, so a document can mark untranslated passages.
 *
 * @param values the translations; at least one, none blank or {@linkplain #looksBlank(String) blank-looking}
 */
public record LocalizedText(Map<Language, String> values) {

    private static final List<Language> FALLBACK = List.of(Language.FI, Language.EN, Language.SV);

    /**
     * Creates a text from its translations.
     *
     * @throws IllegalArgumentException if there is no translation, or one {@linkplain #looksBlank(String) looks
     *     blank} or holds a control character ({@link #unprintable(String)})
     */
    public LocalizedText {
        Objects.requireNonNull(values, "values");
        if (values.isEmpty()) {
            throw new IllegalArgumentException("a localized text needs at least one language");
        }
        EnumMap<Language, String> copy = new EnumMap<>(Language.class);
        values.forEach((language, text) -> {
            Objects.requireNonNull(language, "language");
            Objects.requireNonNull(text, () -> "text in " + language);
            Checks.requirePrintable(text, "the " + language + " text");
            if (Checks.looksBlank(text)) {
                throw new IllegalArgumentException("the " + language + " text " + Checks.blankness(text));
            }
            copy.put(language, text);
        });
        values = Collections.unmodifiableMap(copy);
    }

    /**
     * Whether a text would show as nothing, and so cannot be a translation: empty, or only white space, no-break
     * spaces (U+00A0), zero-width characters (U+200B to U+200D, U+2060), byte order marks (U+FEFF), other invisible
     * format and control characters. Readers of register files use it to report such a text where it is written.
     *
     * @throws NullPointerException if {@code text} is null
     */
    public static boolean looksBlank(String text) {
        Objects.requireNonNull(text, "text");
        return Checks.looksBlank(text);
    }

    /**
     * The first character that no text in the model may hold, if any: a control character other than tab, line feed
     * and carriage return (a NUL, an escape, a bell, DEL, C1 controls), an unpaired surrogate, U+FFFE or U+FFFF.
     * This is the set of characters YAML refuses when written raw; the rule holds however a text was written.
     *
     * @throws NullPointerException if {@code text} is null
     */
    public static OptionalInt unprintable(String text) {
        Objects.requireNonNull(text, "text");
        return Checks.unprintable(text);
    }

    /**
     * A text in Finnish only.
     *
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if a text is blank
     */
    public static LocalizedText fi(String finnish) {
        Objects.requireNonNull(finnish, "finnish");
        return new LocalizedText(Map.of(Language.FI, finnish));
    }

    /**
     * A text in English only.
     *
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if a text is blank
     */
    public static LocalizedText en(String english) {
        Objects.requireNonNull(english, "english");
        return new LocalizedText(Map.of(Language.EN, english));
    }

    /**
     * A text in one language.
     *
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if a text is blank
     */
    public static LocalizedText of(Language language, String text) {
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(text, "text");
        return new LocalizedText(Map.of(language, text));
    }

    /**
     * A text in Finnish, Swedish and English.
     *
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if a text is blank
     */
    public static LocalizedText of(String finnish, String swedish, String english) {
        Objects.requireNonNull(finnish, "finnish");
        Objects.requireNonNull(swedish, "swedish");
        Objects.requireNonNull(english, "english");
        return new LocalizedText(Map.of(Language.FI, finnish, Language.SV, swedish, Language.EN, english));
    }

    /**
     * This text with the translation for {@code language} added or replaced.
     *
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if a text is blank
     */
    public LocalizedText with(Language language, String text) {
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(text, "text");
        EnumMap<Language, String> copy = new EnumMap<>(values);
        copy.put(language, text);
        return new LocalizedText(copy);
    }

    /**
     * The translation in exactly this language, if there is one.
     *
     * @throws NullPointerException if {@code language} is null
     */
    public Optional<String> in(Language language) {
        Objects.requireNonNull(language, "language");
        return Optional.ofNullable(values.get(language));
    }

    /**
     * Whether there is a translation in this language.
     *
     * @throws NullPointerException if {@code language} is null
     */
    public boolean has(Language language) {
        Objects.requireNonNull(language, "language");
        return values.containsKey(language);
    }

    /**
     * The best text for a reader of {@code language}: that translation, else Finnish, else English, else Swedish.
     *
     * @throws NullPointerException if {@code language} is null
     */
    public Resolved resolve(Language language) {
        Objects.requireNonNull(language, "language");
        String exact = values.get(language);
        if (exact != null) {
            return new Resolved(language, exact);
        }
        for (Language fallback : FALLBACK) {
            String text = values.get(fallback);
            if (text != null) {
                return new Resolved(fallback, text);
            }
        }
        throw new IllegalStateException("unreachable: a localized text is never empty");
    }

    /**
     * Shorthand for {@code resolve(language).text()}.
     *
     * @throws NullPointerException if {@code language} is null
     */
    public String text(Language language) {
        Objects.requireNonNull(language, "language");
        return resolve(language).text();
    }

    /**
     * A translation chosen by {@link #resolve(Language)}.
     *
     * @param language the language of {@code text}, which differs from the one asked for after a fallback
     * @param text the text
     */
    public record Resolved(Language language, String text) {
        /**
         * Creates a resolved text.
         *
         * @throws NullPointerException if an argument is null
         */
        public Resolved {
            Objects.requireNonNull(language, "language");
            Objects.requireNonNull(text, "text");
        }
    }
}
