package fi.rekisteri.core.identifier;

/**
 * Thrown when text is not a valid {@link BusinessId} or {@link PersonalIdentityCode}.
 *
 * <p>Like {@code java.time.format.DateTimeParseException} it tells where parsing failed ({@link #errorIndex()}), and
 * it tells which rule failed ({@link #reason()}) so that callers can react without parsing the message. Unlike
 * {@code DateTimeParseException} it does not keep the rejected text: for a personal identity code that text is
 * personal data, and exceptions end up in logs. For the same reason the message of an exception about a personal
 * identity code never contains the input or any part of it.
 */
public final class InvalidIdentifierException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** The rule an identifier broke. Each constant says which identifiers it applies to. */
    public enum Reason {
        /** The text has the wrong number of characters (9 for a business ID, 11 for a personal identity code). */
        WRONG_LENGTH,
        /** A business ID lacks the hyphen ({@code -}, U+002D) before its check digit. */
        MISSING_SEPARATOR,
        /** A character that must be an ASCII digit {@code 0}–{@code 9} is something else. */
        NOT_A_DIGIT,
        /** A personal identity code's seventh character is not a century sign. */
        UNKNOWN_CENTURY_SIGN,
        /** A personal identity code's date of birth, read with its century, is not a real date. */
        INVALID_DATE,
        /** A personal identity code's individual number is {@code 000} or {@code 001}. */
        INDIVIDUAL_NUMBER_OUT_OF_RANGE,
        /** A personal identity code ends in a character that no check computation can give. */
        ILLEGAL_CHECK_CHARACTER,
        /** The check digit of a business ID, or the check character of a personal identity code, does not match. */
        WRONG_CHECK_CHARACTER,
        /** A business ID's serial gives remainder 1, so no check digit exists and no such ID is ever issued. */
        UNISSUABLE_CHECK_DIGIT
    }

    private final Reason reason;
    private final int errorIndex;

    InvalidIdentifierException(Reason reason, int errorIndex, String message) {
        super(message);
        this.reason = reason;
        this.errorIndex = errorIndex;
    }

    /**
     * Returns the rule that failed.
     *
     * @return the reason, never null
     */
    public Reason reason() {
        return reason;
    }

    /**
     * Returns the index in the rejected text of the first character found wrong. For {@link Reason#WRONG_LENGTH} it
     * is the shorter of the text's length and the expected length; for rules about a whole field (the date, the
     * individual number, an unissuable serial) it is the field's first index.
     *
     * @return a zero-based index, never negative
     */
    public int errorIndex() {
        return errorIndex;
    }
}
