package fi.rekisteri.examples.springboot;

import fi.rekisteri.core.Language;
import fi.rekisteri.core.policy.SubjectId;
import fi.rekisteri.core.policy.SubjectRequest;
import fi.rekisteri.jpa.StoredRequest;
import fi.rekisteri.jpa.SubjectRequestStore;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * The customers' requests to exercise their rights, each kept in {@link SubjectRequestStore} from receipt to answer
 * with its deadline (GDPR Art. 12(3)), so that the shop can show it answered every one in time.
 *
 * <p>A request comes in one of two ways. Made in the customer's own session, it is received, its requester's identity
 * verified (the login) and answered on the same day, by one call of {@link #answer}. Made by mail, the privacy desk
 * {@linkplain #receive receives} it, {@linkplain #verifyIdentity verifies} who sent it, perhaps
 * {@linkplain #extend extends} the deadline, and answers it by its id; an unverified request is not answered
 * (Art. 12(6)): the answer holds everything about the customer.
 */
@Component
class SubjectRequests {

    /** The response header that names the request an answer answered, by its path ({@code /requests/17}). */
    static final String HEADER = "Subject-Request";

    private static final MediaType HTML = new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8);
    private static final MediaType JSON = new MediaType(MediaType.APPLICATION_JSON, StandardCharsets.UTF_8);

    /** A request's answer, and the request as it is kept after it. */
    record Answered<T>(T answer, StoredRequest request) {

        /** The answer as an HTML document in {@code language}, which varies by Accept and Accept-Language. */
        ResponseEntity<String> html(Language language, String html) {
            return ResponseEntity.ok().contentType(HTML).header(HttpHeaders.CONTENT_LANGUAGE, language.tag())
                    .header(HEADER, location(request)).varyBy(HttpHeaders.ACCEPT, HttpHeaders.ACCEPT_LANGUAGE)
                    .body(html);
        }

        /** The answer as JSON; {@code negotiated} when its address serves HTML too, so that it varies by Accept. */
        ResponseEntity<String> json(String json, boolean negotiated) {
            ResponseEntity.BodyBuilder response = ResponseEntity.ok().contentType(JSON)
                    .header(HEADER, location(request));
            return (negotiated ? response.varyBy(HttpHeaders.ACCEPT) : response).body(json);
        }
    }

    private final SubjectRequestStore store;
    private final Clock clock;

    SubjectRequests(SubjectRequestStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** Keeps a request received today, by mail or at the desk: open, its requester not yet identified. */
    StoredRequest receive(String customer, SubjectRequest.Kind kind) {
        return store.receive(SubjectRequest.received(SubjectId.of(customer), kind, today()));
    }

    /** The customer's requests, oldest first. */
    List<StoredRequest> of(String customer) {
        return store.of(SubjectId.of(customer));
    }

    /** The requests not answered yet, the earliest deadline first. */
    List<StoredRequest> open() {
        return store.open();
    }

    /**
     * The request with the id.
     *
     * @throws SubjectRequestException (404) if there is none
     */
    StoredRequest find(long id) {
        return store.find(id).orElseThrow(() -> missing(id));
    }

    /** Records that the requester's identity was verified today. */
    StoredRequest verifyIdentity(long id) {
        return step(id, request -> request.identityVerified(today()));
    }

    /** Extends the deadline by two months today, for the reason the customer is told (Art. 12(3)). */
    StoredRequest extend(long id, String reason) {
        return step(id, request -> request.extended(today(), reason));
    }

    /**
     * Answers a request of the customer with the work's result: the stored request with the id, which must be the
     * customer's, of the kind and with the requester's identity verified; or, without an id, one made in the
     * customer's session, kept as received and verified today. Either is kept as answered today once the work is
     * done; if the work fails, the request stays open.
     *
     * @throws SubjectRequestException (404) if the customer has no request with the id, (409) if it is of another
     *     kind, its requester's identity is not verified or it is answered already
     */
    <T> Answered<T> answer(String customer, SubjectRequest.Kind kind, @Nullable Long id, Supplier<T> work) {
        StoredRequest request;
        if (id == null) {
            LocalDate today = today();
            request = store.receive(SubjectRequest.received(SubjectId.of(customer), kind, today)
                    .identityVerified(today));
        } else {
            request = store.find(id).filter(r -> r.request().subject().equals(SubjectId.of(customer)))
                    .orElseThrow(() -> missing(id));
            SubjectRequest stored = request.request();
            if (stored.kind() != kind) {
                throw new SubjectRequestException(HttpStatus.CONFLICT, "request " + id + " is a request of "
                        + stored.kind().code() + ", not of " + kind.code());
            }
            if (stored.identityVerified().isEmpty()) {
                throw new SubjectRequestException(HttpStatus.CONFLICT, "the identity of request " + id
                        + "'s requester is not verified (GDPR Art. 12(6))");
            }
            if (stored.answered().isPresent()) {
                throw new SubjectRequestException(HttpStatus.CONFLICT, "request " + id + " was answered on "
                        + stored.answered().get());
            }
        }
        T answer = work.get();
        return new Answered<>(answer, step(request.id(), r -> r.answered(today())));
    }

    /** The request's path in the API. */
    static String location(StoredRequest request) {
        return "/requests/" + request.id();
    }

    private StoredRequest step(long id, UnaryOperator<SubjectRequest> change) {
        find(id);
        try {
            return store.update(id, change);
        } catch (IllegalStateException | IllegalArgumentException refused) {
            // The request's own rules: answered or extended already, an extension after the first month.
            throw new SubjectRequestException(HttpStatus.CONFLICT, "request " + id + ": " + refused.getMessage());
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private static SubjectRequestException missing(long id) {
        return new SubjectRequestException(HttpStatus.NOT_FOUND, "no subject request " + id);
    }
}
