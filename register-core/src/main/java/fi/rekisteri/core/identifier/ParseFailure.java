package fi.rekisteri.core.identifier;

import fi.rekisteri.core.identifier.InvalidIdentifierException.Reason;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Why a text failed a check, kept apart from the exception so that {@code isValid} and the validators need not
 * throw. {@code detail} is safe to put in a message: the identifier classes never put personal data in it.
 */
record ParseFailure(Reason reason, int index, String detail) {

    /**
     * The failure of a text that is not {@code length} characters long ({@code form} shows the form, such as
     * {@code NNNNNNN-C}) or whose first {@code digits} characters are not all ASCII digits; none when it is of that
     * shape, as far as that goes.
     *
     * @throws NullPointerException if {@code text} is null
     */
    static @Nullable ParseFailure ofShape(CharSequence text, int length, String form, int digits) {
        int actual = Objects.requireNonNull(text, "text").length();
        if (actual != length) {
            return new ParseFailure(Reason.WRONG_LENGTH, Math.min(actual, length),
                    "must be " + length + " characters (" + form + "), was " + actual);
        }
        return ofDigits(text, 0, digits);
    }

    /** The failure at the first character from {@code from} to {@code to} that is not an ASCII digit, if any. */
    static @Nullable ParseFailure ofDigits(CharSequence text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Digits.isDigit(text.charAt(i))) {
                return notADigit(i);
            }
        }
        return null;
    }

    /** The failure of a character at {@code index} that should be an ASCII digit. */
    static ParseFailure notADigit(int index) {
        return new ParseFailure(Reason.NOT_A_DIGIT, index, "expected a digit 0-9 at index " + index);
    }

    InvalidIdentifierException toException(String subject) {
        return new InvalidIdentifierException(reason, index, subject + ": " + detail);
    }
}
