package fi.rekisteri.examples.springboot;

import fi.rekisteri.core.policy.SubjectId;
import fi.rekisteri.core.policy.SubjectRequest;
import fi.rekisteri.jpa.StoredRequest;
import fi.rekisteri.jpa.SubjectRequestStore;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * The customers' requests to exercise their rights, each kept in {@link SubjectRequestStore} from receipt to answer
 * with its deadline (GDPR Art. 12(3)), so that the shop can show it answered every one in time.
 *
 * <p>A request made by mail: the privacy desk {@linkplain #receive receives} it, {@linkplain #verifyIdentity
 * verifies} who sent it, perhaps {@linkplain #extend extends} the deadline, and {@linkplain #answer(long, Function)
 * answers} it, which is the only step that records it answered; an unverified request is not answered (Art. 12(6)):
 * the answer holds everything about the customer. An erasure asked in the customer's own session is
 * {@linkplain #answerInSession received, verified and answered} in one call, as it changes the data. Reading one's
 * own data in the session records no request (see {@link AccessReportController}).
 */
@Component
class SubjectRequests {

    /** The response header that names the request an answer answered, by its path ({@code /requests/17}). */
    static final String HEADER = "Subject-Request";

    /** A request's answer, and the request as it is kept after it: answered. */
    record Answered<T>(T answer, StoredRequest request) {}

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
     * Answers the kept request with the id: {@code work} builds the answer from the request, and the request is kept
     * as answered today once it is done; if the work fails, the request stays open.
     *
     * @throws SubjectRequestException (404) if there is no request with the id, (409) if it is answered already or
     *     its requester's identity is not verified, both before the work runs
     */
    <T> Answered<T> answer(long id, Function<SubjectRequest, T> work) {
        SubjectRequest stored = find(id).request();
        if (stored.answered().isPresent()) {
            throw new SubjectRequestException(HttpStatus.CONFLICT, "request " + id + " was answered on "
                    + stored.answered().get() + "; it is not answered again");
        }
        if (stored.identityVerified().isEmpty()) {
            throw new SubjectRequestException(HttpStatus.CONFLICT, "the identity of request " + id
                    + "'s requester is not verified (GDPR Art. 12(6))");
        }
        T answer = work.apply(stored);
        return new Answered<>(answer, step(id, r -> r.answered(today())));
    }

    /**
     * Answers a request the customer makes in their own session (the login verifies them): kept as received and
     * verified today before the work runs, and as answered once it is done; if the work fails, it stays open for the
     * desk.
     */
    <T> Answered<T> answerInSession(String customer, SubjectRequest.Kind kind, Supplier<T> work) {
        LocalDate today = today();
        StoredRequest request = store.receive(SubjectRequest.received(SubjectId.of(customer), kind, today)
                .identityVerified(today));
        T answer = work.get();
        return new Answered<>(answer, step(request.id(), r -> r.answered(today())));
    }

    /** The request's path in the API. */
    static String location(StoredRequest request) {
        return "/requests/" + request.id();
    }

    private StoredRequest step(long id, UnaryOperator<SubjectRequest> change) {
        try {
            return store.update(id, change);
        } catch (NoSuchElementException unknown) {
            throw missing(id);
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
