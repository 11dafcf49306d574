package fi.rekisteri.examples.springboot;

import org.springframework.http.HttpStatus;

/**
 * A data subject's request cannot be handled as asked: no such request for the customer (404), or not in a state to
 * take the step (409: its identity not verified, answered already, extended twice). The message names the request by
 * its id, never the customer.
 */
final class SubjectRequestException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final HttpStatus status;

    SubjectRequestException(HttpStatus status, String message) {
        super(message);
        this.status = status;
    }

    /** The HTTP status the API answers with. */
    HttpStatus status() {
        return status;
    }
}
