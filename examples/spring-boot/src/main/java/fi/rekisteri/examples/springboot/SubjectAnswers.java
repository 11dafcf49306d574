package fi.rekisteri.examples.springboot;

import fi.rekisteri.core.Register;
import fi.rekisteri.core.policy.AccessReport;
import fi.rekisteri.core.policy.ErasureReport;
import fi.rekisteri.core.policy.SubjectId;
import fi.rekisteri.core.policy.SubjectRequest;
import fi.rekisteri.export.document.DocumentFormat;
import fi.rekisteri.export.document.Documents;
import fi.rekisteri.export.document.SubjectReports;
import fi.rekisteri.jpa.SubjectAccess;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Builds what the shop answers a customer with, by the right they exercise: the access report (Art. 15), the
 * portable data (Art. 20) or the erasure and its report (Art. 17), through {@link SubjectAccess} (which reads and
 * erases under the register's purpose {@value SubjectAccess#PURPOSE}, each access logged) and register-export's
 * {@link SubjectReports}. It keeps no request: {@link SubjectRequests} does, for the addresses that answer one.
 */
@Component
class SubjectAnswers {

    private final SubjectAccess access;
    private final Register register;

    SubjectAnswers(SubjectAccess access, Register register) {
        this.access = access;
        this.register = register;
    }

    /**
     * The answer to a request of its kind.
     *
     * @throws SubjectRequestException (409) for a kind the API does not answer (rectification, objection,
     *     restriction), before anything is read
     */
    Answer answer(SubjectRequest request, AnswerFormat format) {
        return switch (request.kind()) {
            case ACCESS -> access(request.subject(), format);
            case PORTABILITY -> portable(request.subject());
            case ERASURE -> erasure(request.subject(), format);
            case RECTIFICATION, OBJECTION, RESTRICTION -> throw new SubjectRequestException(HttpStatus.CONFLICT,
                    "a request of " + request.kind().code() + " is not answered through the API: it answers access,"
                            + " portability and erasure");
        };
    }

    /** Everything the shop holds about the customer and the register's Art. 15 information. */
    Answer access(SubjectId customer, AnswerFormat format) {
        AccessReport report = access.access(customer);
        if (format instanceof AnswerFormat.Html html) {
            return Answer.html(Documents.renderToString(SubjectReports.accessOutline(report, html.language()),
                    DocumentFormat.HTML), html.language());
        }
        return Answer.json(SubjectReports.accessJson(report));
    }

    /**
     * What the customer provided and the shop processes on their consent or a contract with them, as JSON whatever
     * the format asked: Art. 20(1) asks for a machine-readable form, and there is no document of it.
     */
    Answer portable(SubjectId customer) {
        return Answer.json(SubjectReports.portabilityJson(access.access(customer)));
    }

    /** Erases what no law keeps, and says what was erased and what was kept, until when and under which law. */
    Answer erasure(SubjectId customer, AnswerFormat format) {
        ErasureReport report = access.erase(customer);
        if (format instanceof AnswerFormat.Html html) {
            return Answer.html(Documents.renderToString(SubjectReports.erasureOutline(report, register,
                    html.language()), DocumentFormat.HTML), html.language());
        }
        return Answer.json(SubjectReports.erasureJson(report, register));
    }
}
