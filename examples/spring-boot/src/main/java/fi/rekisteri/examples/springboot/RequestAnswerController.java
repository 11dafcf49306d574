package fi.rekisteri.examples.springboot;

import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Answers a request the privacy desk keeps, by its id: {@code POST /requests/{id}/answer} builds the answer for the
 * request's kind (the access report, the portable data, or the erasure and its report), records the request answered
 * today and returns the answer, which the desk sends to the customer. HTML ({@code Accept: text/html}, in fi, sv or en
 * by {@code Accept-Language}) or JSON, as the customer's own addresses; the portable data is JSON either way.
 *
 * <p>Answering is a POST because it changes the request: its answer date is what shows the shop answered within the
 * Art. 12(3) month, so nothing a client may send unasked (a GET) sets it. Every kind is answered at this one address,
 * the request's own, which already names the customer and the right: the desk cannot pair a request with another
 * customer or kind. A request answered already is refused with {@code 409} and keeps its date; so is one whose
 * requester is not identified (Art. 12(6)), and nothing is read or erased.
 */
@RestController
class RequestAnswerController {

    private final SubjectRequests requests;
    private final SubjectAnswers answers;

    RequestAnswerController(SubjectRequests requests, SubjectAnswers answers) {
        this.requests = requests;
        this.answers = answers;
    }

    /** The answer as an HTML document (JSON for the portable data). */
    @PostMapping(value = "/requests/{id}/answer", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> html(@PathVariable("id") long id,
            @RequestHeader(value = HttpHeaders.ACCEPT_LANGUAGE, required = false) @Nullable String languages) {
        return answer(id, AnswerFormat.html(languages));
    }

    /** The answer as JSON, valid against the schema register-export publishes for its kind. */
    @PostMapping("/requests/{id}/answer")
    ResponseEntity<String> json(@PathVariable("id") long id) {
        return answer(id, AnswerFormat.json());
    }

    /**
     * Refuses the earlier API's {@code ?request=} on the customer's addresses, which answered a kept request there:
     * ignored, a desk still using it would get an answer while the request stayed open, and run late unseen.
     */
    @RequestMapping(path = {"/customers/{customer}/access-report", "/customers/{customer}/portable-data",
            "/customers/{customer}/erasure"}, params = "request")
    ResponseEntity<String> notHere() {
        throw new SubjectRequestException(HttpStatus.BAD_REQUEST, "a kept request is answered with"
                + " POST /requests/{id}/answer; this address takes no ?request=");
    }

    private ResponseEntity<String> answer(long id, AnswerFormat format) {
        SubjectRequests.Answered<Answer> answered = requests.answer(id, request -> answers.answer(request, format));
        return answered.answer().response(true, Optional.of(answered.request()));
    }
}
