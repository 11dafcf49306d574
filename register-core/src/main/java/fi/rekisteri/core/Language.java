package fi.rekisteri.core;

import java.util.Locale;
import java.util.Objects;

/**
 * A language the library writes documents and messages in: Finnish, Swedish (Finland's two national languages) and
 * English.
 */
public enum Language {
    /** Finnish, {@code fi}. */
    FI("fi"),
    /** Swedish, {@code sv}. */
    SV("sv"),
    /** English, {@code en}. */
    EN("en");

    private final String tag;
    private final Locale locale;

    Language(String tag) {
        this.tag = tag;
        this.locale = Locale.forLanguageTag(tag);
    }

    /** The BCP 47 language tag: {@code fi}, {@code sv} or {@code en}. */
    public String tag() {
        return tag;
    }

    /** The locale of this language, for resource bundles and formatting. */
    public Locale locale() {
        return locale;
    }

    /**
     * The language of a BCP 47 tag, exactly {@code fi}, {@code sv} or {@code en}.
     *
     * @throws IllegalArgumentException naming the tag when it is none of those
     */
    public static Language ofTag(String tag) {
        Objects.requireNonNull(tag, "tag");
        for (Language language : values()) {
            if (language.tag.equals(tag)) {
                return language;
            }
        }
        throw new IllegalArgumentException("unknown language '" + tag + "'; expected one of fi, sv, en");
    }

    @Override
    public String toString() {
        return tag;
    }
}
