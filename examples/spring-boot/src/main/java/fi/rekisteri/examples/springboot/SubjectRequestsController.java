package fi.rekisteri.examples.springboot;

import fi.rekisteri.core.policy.SubjectRequest;
import fi.rekisteri.jpa.StoredRequest;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The privacy desk's view of the customers' requests (access, portability, erasure, …): a request received by mail
 * kept with its deadline, its requester's identity verified, its deadline extended; a customer's requests; the open
 * ones, the earliest deadline first. These GETs only read the store; a request is answered by a POST to
 * {@link RequestAnswerController}.
 */
@RestController
class SubjectRequestsController {

    private final SubjectRequests requests;
    private final Clock clock;

    SubjectRequestsController(SubjectRequests requests, Clock clock) {
        this.requests = requests;
        this.clock = clock;
    }

    /** A request received: which right it exercises, by its code ({@code access}, {@code erasure}, …). */
    record NewRequest(String kind) {}

    /** Why the deadline is extended, as the customer is told. */
    record NewExtension(String reason) {}

    /**
     * A request as the API shows it; days are ISO dates, absent ones null. {@code status} is {@code open},
     * {@code overdue}, {@code answered-in-time} or {@code answered-late}.
     */
    record RequestView(long id, String customer, String kind, String received, @Nullable String identityVerified,
            @Nullable String extendedOn, @Nullable String extensionReason, String deadline, @Nullable String answered,
            String status) {

        static RequestView of(StoredRequest stored, LocalDate today) {
            SubjectRequest r = stored.request();
            String status = r.answered().isPresent() ? (r.answeredInTime() ? "answered-in-time" : "answered-late")
                    : r.isOverdueOn(today) ? "overdue" : "open";
            return new RequestView(stored.id(), r.subject().value(), r.kind().code(), r.received().toString(),
                    r.identityVerified().map(LocalDate::toString).orElse(null),
                    r.extension().map(e -> e.on().toString()).orElse(null),
                    r.extension().map(SubjectRequest.Extension::reason).orElse(null), r.deadline().toString(),
                    r.answered().map(LocalDate::toString).orElse(null), status);
        }
    }

    @PostMapping("/customers/{customer}/requests")
    ResponseEntity<RequestView> receive(@PathVariable("customer") String customer, @RequestBody NewRequest request) {
        SubjectRequest.Kind kind;
        try {
            kind = SubjectRequest.Kind.ofCode(request.kind());
        } catch (IllegalArgumentException unknown) {
            throw new SubjectRequestException(HttpStatus.BAD_REQUEST,
                    Objects.requireNonNullElse(unknown.getMessage(), "unknown request kind"));
        }
        StoredRequest stored = requests.receive(customer, kind);
        return ResponseEntity.created(URI.create(SubjectRequests.location(stored))).body(view(stored));
    }

    @GetMapping("/customers/{customer}/requests")
    List<RequestView> ofCustomer(@PathVariable("customer") String customer) {
        return requests.of(customer).stream().map(this::view).toList();
    }

    @GetMapping("/requests/open")
    List<RequestView> open() {
        return requests.open().stream().map(this::view).toList();
    }

    @GetMapping("/requests/{id}")
    RequestView find(@PathVariable("id") long id) {
        return view(requests.find(id));
    }

    @PostMapping("/requests/{id}/identity-verified")
    RequestView verifyIdentity(@PathVariable("id") long id) {
        return view(requests.verifyIdentity(id));
    }

    @PostMapping("/requests/{id}/extension")
    RequestView extend(@PathVariable("id") long id, @RequestBody NewExtension extension) {
        // A body without a reason is a blank reason, which the request refuses: Art. 12(3) asks for one.
        return view(requests.extend(id, Objects.requireNonNullElse(extension.reason(), "")));
    }

    private RequestView view(StoredRequest stored) {
        return RequestView.of(stored, LocalDate.now(clock));
    }
}
