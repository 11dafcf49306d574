package fi.rekisteri.examples.springboot;

import fi.rekisteri.core.policy.SubjectId;

/** The shop has no customer of that number; the message names the customer by pseudonym only. */
final class NoSuchCustomerException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    NoSuchCustomerException(String customerNumber) {
        super("no customer ~" + SubjectId.of(customerNumber).pseudonym());
    }
}
