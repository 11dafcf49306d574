package fi.rekisteri.examples.springboot;

import fi.rekisteri.core.Language;
import fi.rekisteri.core.policy.AccessReport;
import fi.rekisteri.core.policy.SubjectId;
import fi.rekisteri.core.policy.SubjectRequest;
import fi.rekisteri.export.document.DocumentFormat;
import fi.rekisteri.export.document.Documents;
import fi.rekisteri.export.document.SubjectReports;
import fi.rekisteri.jpa.SubjectAccess;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A customer's access report (GDPR Art. 15): every value the shop holds about them by category, their consents, the
 * processing log's entries about them and the register's Art. 15 information, as HTML ({@code Accept: text/html}) or
 * JSON (anything else), in Finnish, Swedish or English by {@code Accept-Language} (Finnish unless one of the others
 * ranks higher); and the data they may take elsewhere (Art. 20) as JSON.
 *
 * <p>Each answer is a request kept in {@link SubjectRequests}: the one named by {@code ?request=}, received earlier
 * and its requester's identity verified, or else one made in the customer's session and answered at once. This
 * example takes the caller for the customer; a real shop establishes it first (Art. 12(6): the login session), as the
 * report holds everything about them. Reading the rows is itself processing: it runs under the register's purpose
 * {@code subject-requests} and is logged. {@link SubjectRequests#HEADER} names the request answered.
 */
@RestController
class AccessReportController {

    private final SubjectAccess access;
    private final SubjectRequests requests;

    AccessReportController(SubjectAccess access, SubjectRequests requests) {
        this.access = access;
        this.requests = requests;
    }

    /** The report as an HTML document, for a browser. */
    @GetMapping(value = "/customers/{customer}/access-report", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> html(@PathVariable("customer") String customer,
            @RequestParam(value = "request", required = false) @Nullable Long request,
            @RequestHeader(value = HttpHeaders.ACCEPT_LANGUAGE, required = false) @Nullable String languages) {
        Language language = ReportLanguage.of(languages);
        SubjectRequests.Answered<AccessReport> answered = report(customer, request);
        String html = Documents.renderToString(SubjectReports.accessOutline(answered.answer(), language),
                DocumentFormat.HTML);
        return answered.html(language, html);
    }

    /** The report as JSON, valid against register-export's {@value SubjectReports#ACCESS_SCHEMA}. */
    @GetMapping("/customers/{customer}/access-report")
    ResponseEntity<String> json(@PathVariable("customer") String customer,
            @RequestParam(value = "request", required = false) @Nullable Long request) {
        SubjectRequests.Answered<AccessReport> answered = report(customer, request);
        return answered.json(SubjectReports.accessJson(answered.answer()), true);
    }

    /**
     * What the customer provided and the shop processes on their consent or a contract with them (Art. 20), as JSON
     * valid against register-export's {@value SubjectReports#PORTABILITY_SCHEMA}.
     */
    @GetMapping("/customers/{customer}/portable-data")
    ResponseEntity<String> portable(@PathVariable("customer") String customer,
            @RequestParam(value = "request", required = false) @Nullable Long request) {
        SubjectRequests.Answered<AccessReport> answered = requests.answer(customer, SubjectRequest.Kind.PORTABILITY,
                request, () -> access.access(SubjectId.of(customer)));
        return answered.json(SubjectReports.portabilityJson(answered.answer()), false);
    }

    private SubjectRequests.Answered<AccessReport> report(String customer, @Nullable Long request) {
        return requests.answer(customer, SubjectRequest.Kind.ACCESS, request,
                () -> access.access(SubjectId.of(customer)));
    }
}
