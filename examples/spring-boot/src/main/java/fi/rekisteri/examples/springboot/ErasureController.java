package fi.rekisteri.examples.springboot;

import fi.rekisteri.core.Language;
import fi.rekisteri.core.Register;
import fi.rekisteri.core.policy.ErasureReport;
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
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Erases a customer's data on their request (GDPR Art. 17) with {@link SubjectAccess#erase}: the contact details are
 * nulled (the customer row stays, as the kept orders refer to it), the delivery address deleted, and the orders kept,
 * because the bookkeeping law the register's purpose {@code accounting} cites obliges the shop to keep them
 * (Art. 17(3)(b)). The answer says what was erased and what was kept, until when and under which law: as HTML
 * ({@code Accept: text/html}) in fi, sv or en by {@code Accept-Language}, or as JSON valid against register-export's
 * {@value SubjectReports#ERASURE_SCHEMA}.
 *
 * <p>Like the access report, each erasure answers a request kept in {@link SubjectRequests}: the verified one named
 * by {@code ?request=}, or one made in the customer's session.
 */
@RestController
class ErasureController {

    private final SubjectAccess access;
    private final SubjectRequests requests;
    private final Register register;

    ErasureController(SubjectAccess access, SubjectRequests requests, Register register) {
        this.access = access;
        this.requests = requests;
        this.register = register;
    }

    /** The erasure, answered as an HTML document. */
    @PostMapping(value = "/customers/{customer}/erasure", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> html(@PathVariable("customer") String customer,
            @RequestParam(value = "request", required = false) @Nullable Long request,
            @RequestHeader(value = HttpHeaders.ACCEPT_LANGUAGE, required = false) @Nullable String languages) {
        Language language = ReportLanguage.of(languages);
        SubjectRequests.Answered<ErasureReport> answered = erase(customer, request);
        String html = Documents.renderToString(SubjectReports.erasureOutline(answered.answer(), register, language),
                DocumentFormat.HTML);
        return answered.html(language, html);
    }

    /** The erasure, answered as JSON. */
    @PostMapping("/customers/{customer}/erasure")
    ResponseEntity<String> json(@PathVariable("customer") String customer,
            @RequestParam(value = "request", required = false) @Nullable Long request) {
        SubjectRequests.Answered<ErasureReport> answered = erase(customer, request);
        return answered.json(SubjectReports.erasureJson(answered.answer(), register), true);
    }

    private SubjectRequests.Answered<ErasureReport> erase(String customer, @Nullable Long request) {
        return requests.answer(customer, SubjectRequest.Kind.ERASURE, request,
                () -> access.erase(SubjectId.of(customer)));
    }
}
