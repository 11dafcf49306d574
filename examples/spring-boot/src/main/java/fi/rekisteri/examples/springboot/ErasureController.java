package fi.rekisteri.examples.springboot;

import fi.rekisteri.core.policy.SubjectId;
import fi.rekisteri.core.policy.SubjectRequest;
import fi.rekisteri.export.document.SubjectReports;
import fi.rekisteri.jpa.SubjectAccess;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * Erases a customer's data when they ask for it in their session (GDPR Art. 17) with {@link SubjectAccess#erase}: the
 * contact details are nulled (the customer row stays, as the kept orders refer to it), the delivery address deleted,
 * and the orders kept, because the bookkeeping law the register's purpose {@code accounting} cites obliges the shop to
 * keep them (Art. 17(3)(b)). The answer says what was erased and what was kept, until when and under which law: as
 * HTML ({@code Accept: text/html}) in fi, sv or en by {@code Accept-Language}, or as JSON valid against
 * register-export's {@value SubjectReports#ERASURE_SCHEMA}.
 *
 * <p>Each erasure here is a request of its own, kept in {@link SubjectRequests} as received, verified (the login) and
 * answered today, and named in {@link SubjectRequests#HEADER}. An erasure request kept by the desk is answered by
 * {@link RequestAnswerController}, at the request's own address, not here.
 */
@RestController
class ErasureController {

    private final SubjectAnswers answers;
    private final SubjectRequests requests;

    ErasureController(SubjectAnswers answers, SubjectRequests requests) {
        this.answers = answers;
        this.requests = requests;
    }

    /** The erasure, answered as an HTML document. */
    @PostMapping(value = "/customers/{customer}/erasure", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> html(@PathVariable("customer") String customer,
            @RequestHeader(value = HttpHeaders.ACCEPT_LANGUAGE, required = false) @Nullable String languages) {
        return erase(customer, AnswerFormat.html(languages));
    }

    /** The erasure, answered as JSON. */
    @PostMapping("/customers/{customer}/erasure")
    ResponseEntity<String> json(@PathVariable("customer") String customer) {
        return erase(customer, AnswerFormat.json());
    }

    private ResponseEntity<String> erase(String customer, AnswerFormat format) {
        SubjectRequests.Answered<Answer> answered = requests.answerInSession(customer, SubjectRequest.Kind.ERASURE,
                () -> answers.erasure(SubjectId.of(customer), format));
        return answered.answer().response(true, Optional.of(answered.request()));
    }
}
