package fi.rekisteri.examples.springboot;

import fi.rekisteri.core.Language;
import fi.rekisteri.core.policy.AccessReport;
import fi.rekisteri.core.policy.SubjectId;
import fi.rekisteri.export.document.DocumentFormat;
import fi.rekisteri.export.document.Documents;
import fi.rekisteri.export.document.SubjectReports;
import fi.rekisteri.jpa.SubjectAccess;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * A customer's access report (GDPR Art. 15): every value the shop holds about them by category, their consents, the
 * processing log's entries about them and the register's Art. 15 information, as HTML ({@code Accept: text/html}) or
 * JSON (anything else), in Finnish, Swedish or English by {@code Accept-Language} (Finnish unless one of the others
 * ranks higher).
 *
 * <p>This example answers whoever asks. A real shop must first establish that the caller is the customer (Art. 12(6):
 * their login session, or a verified identity for a request by mail) and record the request
 * ({@link fi.rekisteri.jpa.SubjectRequestStore}); the report holds everything about the customer. Reading the rows
 * is itself processing: it runs under the register's purpose {@code subject-requests} and is logged.
 */
@RestController
class AccessReportController {

    private static final List<String> LANGUAGES = List.of("fi", "sv", "en");
    private static final MediaType HTML = new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8);
    private static final MediaType JSON = new MediaType(MediaType.APPLICATION_JSON, StandardCharsets.UTF_8);

    private final SubjectAccess requests;

    AccessReportController(SubjectAccess requests) {
        this.requests = requests;
    }

    /** The report as an HTML document, for a browser. */
    @GetMapping(value = "/customers/{customer}/access-report", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> html(@PathVariable("customer") String customer,
            @RequestHeader(value = HttpHeaders.ACCEPT_LANGUAGE, required = false) @Nullable String languages) {
        Language language = language(languages);
        AccessReport report = requests.access(SubjectId.of(customer));
        String html = Documents.renderToString(SubjectReports.accessOutline(report, language), DocumentFormat.HTML);
        return ResponseEntity.ok().contentType(HTML).header(HttpHeaders.CONTENT_LANGUAGE, language.tag())
                .varyBy(HttpHeaders.ACCEPT, HttpHeaders.ACCEPT_LANGUAGE).body(html);
    }

    /** The report as JSON, valid against register-export's {@value SubjectReports#ACCESS_SCHEMA}. */
    @GetMapping("/customers/{customer}/access-report")
    ResponseEntity<String> json(@PathVariable("customer") String customer) {
        AccessReport report = requests.access(SubjectId.of(customer));
        return ResponseEntity.ok().contentType(JSON).varyBy(HttpHeaders.ACCEPT).body(SubjectReports.accessJson(report));
    }

    /** The best of fi, sv and en by the header's ranking; fi without one, or when it is malformed. */
    static Language language(@Nullable String header) {
        if (header == null || header.isBlank()) {
            return Language.FI;
        }
        try {
            String tag = Locale.lookupTag(Locale.LanguageRange.parse(header), LANGUAGES);
            return tag == null ? Language.FI : Language.ofTag(tag);
        } catch (IllegalArgumentException malformed) {
            return Language.FI;
        }
    }
}
