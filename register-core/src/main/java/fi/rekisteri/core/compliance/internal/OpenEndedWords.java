package fi.rekisteri.core.compliance.internal;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the words by which a list says it is not exhaustive, in Finnish, Swedish and English: {@code mm.}, {@code
 * esim.}, {@code muun muassa}, {@code esimerkiksi}, {@code bl.a.}, {@code t.ex.}, {@code bland annat}, {@code till
 * exempel}, {@code among others}, {@code e.g.}, {@code for example}. Only whole words count: {@code summ.} or
 * {@code kumm.} are not {@code mm.}.
 */
public final class OpenEndedWords {

    // A word starts where no letter or digit stands before it; abbreviations end in their dot.
    private static final Pattern WORDS = Pattern.compile(
            "(?<![\\p{L}\\p{N}])(mm\\.|esim\\.|muun\\s+muassa|esimerkiksi|bl\\.\\s?a\\.|t\\.\\s?ex\\.|bland\\s+annat"
                    + "|till\\s+exempel|among\\s+others|e\\.\\s?g\\.|for\\s+example)(?![\\p{L}\\p{N}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private OpenEndedWords() {}

    /** The first such word in a text, as the text writes it. */
    public static Optional<String> firstIn(String text) {
        Matcher matcher = WORDS.matcher(Objects.requireNonNull(text, "text"));
        return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
    }
}
