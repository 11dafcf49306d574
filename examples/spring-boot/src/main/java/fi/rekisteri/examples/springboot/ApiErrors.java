package fi.rekisteri.examples.springboot;

import fi.rekisteri.core.policy.PurposeViolationException;
import fi.rekisteri.core.policy.UnknownKeyException;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.HandlerMapping;

/**
 * The API's errors as RFC 9457 problem details. Their texts come from the library's exceptions, which name purposes,
 * categories and pseudonyms, never a customer's data. The {@code instance} is the request's path pattern
 * ({@code /customers/{customer}/orders}), not its path: Spring would put the path there, customer number and all.
 */
@RestControllerAdvice
class ApiErrors {

    /** A purpose check said no: 403, with the purpose, the category and the reason. */
    @ExceptionHandler
    ProblemDetail refused(PurposeViolationException refused, HttpServletRequest request) {
        ProblemDetail problem = problem(HttpStatus.FORBIDDEN, refused.getMessage(), request);
        problem.setTitle("Processing not allowed");
        problem.setProperty("purpose", refused.purpose());
        problem.setProperty("category", refused.category());
        problem.setProperty("reason", refused.code().code());
        return problem;
    }

    /** A purpose or category the register does not have: 404. */
    @ExceptionHandler
    ProblemDetail unknown(UnknownKeyException unknown, HttpServletRequest request) {
        return problem(HttpStatus.NOT_FOUND, unknown.getMessage(), request);
    }

    /** No such customer: 404. */
    @ExceptionHandler
    ProblemDetail noCustomer(NoSuchCustomerException missing, HttpServletRequest request) {
        return problem(HttpStatus.NOT_FOUND, missing.getMessage(), request);
    }

    /** A subject's request that is not there (404) or not ready for the step asked (409), or an unknown kind (400). */
    @ExceptionHandler
    ProblemDetail request(SubjectRequestException refused, HttpServletRequest request) {
        return problem(refused.status(), refused.getMessage(), request);
    }

    private static ProblemDetail problem(HttpStatus status, @Nullable String detail, HttpServletRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        Object pattern = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
        // A URI may not hold the pattern's braces as they are.
        String where = pattern instanceof String p ? p.replace("{", "%7B").replace("}", "%7D") : "/";
        problem.setInstance(URI.create(where));
        return problem;
    }
}
