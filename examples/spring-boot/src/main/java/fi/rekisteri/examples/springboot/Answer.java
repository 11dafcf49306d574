package fi.rekisteri.examples.springboot;

import fi.rekisteri.core.Language;
import fi.rekisteri.jpa.StoredRequest;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * An answer to a customer, rendered: an access report, the portable data or an erasure report, as an HTML document in
 * a language or as JSON.
 *
 * @param body the document or the JSON
 * @param language the document's language; empty for JSON
 */
record Answer(String body, Optional<Language> language) {

    private static final MediaType HTML = new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8);
    private static final MediaType JSON = new MediaType(MediaType.APPLICATION_JSON, StandardCharsets.UTF_8);

    /** Checks the parts. */
    Answer {
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(language, "language");
    }

    /** An HTML document in the language. */
    static Answer html(String document, Language language) {
        return new Answer(document, Optional.of(language));
    }

    /** JSON. */
    static Answer json(String json) {
        return new Answer(json, Optional.empty());
    }

    /**
     * The answer as a {@code 200} response. A document says its language and varies by {@code Accept} and
     * {@code Accept-Language}; JSON varies by {@code Accept} when {@code negotiated}, that is when its address serves
     * HTML too. {@code answering}, the kept request this answers, is named in {@link SubjectRequests#HEADER}. Every
     * answer holds the customer's personal data, so no cache may keep it ({@code Cache-Control: no-store}).
     */
    ResponseEntity<String> response(boolean negotiated, Optional<StoredRequest> answering) {
        ResponseEntity.BodyBuilder response = ResponseEntity.ok().cacheControl(CacheControl.noStore());
        answering.ifPresent(request -> response.header(SubjectRequests.HEADER, SubjectRequests.location(request)));
        if (language.isPresent()) {
            return response.contentType(HTML).header(HttpHeaders.CONTENT_LANGUAGE, language.get().tag())
                    .varyBy(HttpHeaders.ACCEPT, HttpHeaders.ACCEPT_LANGUAGE).body(body);
        }
        response.contentType(JSON);
        return (negotiated ? response.varyBy(HttpHeaders.ACCEPT) : response).body(body);
    }
}
