package fi.rekisteri.core.identifier;

import fi.rekisteri.core.identifier.InvalidIdentifierException.Reason;

/**
 * Why a text failed a check, kept apart from the exception so that {@code isValid} and the validators need not
 * throw. {@code detail} is safe to put in a message: the identifier classes never put personal data in it.
 */
record ParseFailure(Reason reason, int index, String detail) {

    InvalidIdentifierException toException(String subject) {
        return new InvalidIdentifierException(reason, index, subject + ": " + detail);
    }
}
