package fi.rekisteri.examples.springboot;

import fi.rekisteri.core.Language;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** The language a report to a customer is written in, chosen by the request's {@code Accept-Language}. */
final class ReportLanguage {

    private static final List<String> LANGUAGES = List.of("fi", "sv", "en");

    private ReportLanguage() {}

    /** The best of fi, sv and en by the header's ranking; fi without one, or when it is malformed. */
    static Language of(@Nullable String header) {
        if (header == null || header.isBlank()) {
            return Language.FI;
        }
        try {
            String tag = Locale.lookupTag(Locale.LanguageRange.parse(header), LANGUAGES);
            return tag == null ? Language.FI : Language.ofTag(tag);
        } catch (IllegalArgumentException malformed) {
            return Language.FI;
        }
    }
}
