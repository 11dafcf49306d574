package fi.rekisteri.examples.springboot;

import fi.rekisteri.core.Language;
import org.jspecify.annotations.Nullable;

/**
 * The form a caller asked an answer in: an HTML document in a language ({@code Accept: text/html} and
 * {@code Accept-Language}), or JSON.
 */
sealed interface AnswerFormat {

    /** An HTML document in the language. */
    record Html(Language language) implements AnswerFormat {}

    /** JSON against the schema register-export publishes for the answer. */
    record Json() implements AnswerFormat {}

    /** An HTML document in the best of fi, sv and en by the {@code Accept-Language} header, fi without one. */
    static AnswerFormat html(@Nullable String acceptLanguage) {
        return new Html(ReportLanguage.of(acceptLanguage));
    }

    /** JSON. */
    static AnswerFormat json() {
        return new Json();
    }
}
