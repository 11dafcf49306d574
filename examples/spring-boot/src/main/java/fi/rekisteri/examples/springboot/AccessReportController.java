package fi.rekisteri.examples.springboot;

import fi.rekisteri.core.policy.SubjectId;
import fi.rekisteri.export.document.SubjectReports;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * The customer's own view of their data, in their session: the access report (GDPR Art. 15), every value the shop
 * holds about them by category, their consents, the processing log's entries about them and the register's Art. 15
 * information, as HTML ({@code Accept: text/html}) or JSON (anything else), in Finnish, Swedish or English by
 * {@code Accept-Language} (Finnish unless one of the others ranks higher); and the data they may take elsewhere
 * (Art. 20) as JSON.
 *
 * <p>These GETs are safe: they record no request in {@link SubjectRequests}, open or answered, and answer none. A
 * browser's prefetch, a crawler or a monitoring probe may fetch them; had a fetch recorded a request as answered, the
 * answer date that shows the shop kept the Art. 12(3) month would say whatever the last fetch said, and a fetch nobody
 * asked for would read as a request the customer made. Seeing one's own data in the session is the direct access of
 * Recital 63, not a request to answer within a month. What a fetch does leave is what every reading leaves: the rows
 * are read under the register's purpose {@code subject-requests}, checked and recorded in the processing log, which
 * is the audit of who read what and when. A request kept by the privacy desk (by mail) is answered by a POST:
 * {@link RequestAnswerController}.
 *
 * <p>This example takes the caller for the customer; a real shop establishes it first (Art. 12(6): the login
 * session), as the report holds everything about them.
 */
@RestController
class AccessReportController {

    private final SubjectAnswers answers;

    AccessReportController(SubjectAnswers answers) {
        this.answers = answers;
    }

    /** The report as an HTML document, for a browser. */
    @GetMapping(value = "/customers/{customer}/access-report", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> html(@PathVariable("customer") String customer,
            @RequestHeader(value = HttpHeaders.ACCEPT_LANGUAGE, required = false) @Nullable String languages) {
        return answers.access(SubjectId.of(customer), AnswerFormat.html(languages)).response(true, Optional.empty());
    }

    /** The report as JSON, valid against register-export's {@value SubjectReports#ACCESS_SCHEMA}. */
    @GetMapping("/customers/{customer}/access-report")
    ResponseEntity<String> json(@PathVariable("customer") String customer) {
        return answers.access(SubjectId.of(customer), AnswerFormat.json()).response(true, Optional.empty());
    }

    /**
     * What the customer provided and the shop processes on their consent or a contract with them (Art. 20), as JSON
     * valid against register-export's {@value SubjectReports#PORTABILITY_SCHEMA}.
     */
    @GetMapping("/customers/{customer}/portable-data")
    ResponseEntity<String> portable(@PathVariable("customer") String customer) {
        return answers.portable(SubjectId.of(customer)).response(false, Optional.empty());
    }
}
