package fi.rekisteri.core.identifier;

import fi.rekisteri.core.identifier.InvalidIdentifierException.Reason;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A Finnish business ID (Y-tunnus; sv FO-nummer), such as {@code 2135102-9}: seven digits, a hyphen and a check
 * digit. IDs issued with six digits are written with a leading zero.
 *
 * <p>Instances are immutable and thread-safe; two are equal when they denote the same ID. Validity here means the
 * form and the check digit are right, not that the ID is in the trade register.
 */
public final class BusinessId implements Comparable<BusinessId> {

    private static final int LENGTH = 9;
    private static final int SERIAL_DIGITS = 7;
    private static final int SEPARATOR_INDEX = 7;
    private static final int CHECK_INDEX = 8;
    private static final int MAX_SERIAL = 9_999_999;
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2};
    private static final int UNISSUABLE = -1;

    private final int serial;

    private BusinessId(int serial) {
        this.serial = serial;
    }

    /**
     * Parses text of exactly the form {@code NNNNNNN-C}. Nothing is trimmed or otherwise corrected, so that what is
     * stored is what was checked.
     *
     * @param text the business ID
     * @return the business ID
     * @throws InvalidIdentifierException if the text breaks a rule; the message may quote the text
     */
    public static BusinessId parse(CharSequence text) {
        ParseFailure failure = check(text);
        if (failure != null) {
            throw failure.toException(subject(text));
        }
        return new BusinessId(serialOf(text));
    }

    /**
     * Tells whether {@link #parse(CharSequence)} would accept the text, without the cost of an exception.
     *
     * @param text the candidate business ID
     * @return true if the text is a valid business ID
     */
    public static boolean isValid(CharSequence text) {
        return check(text) == null;
    }

    /**
     * Tells whether the text has a business ID's form, {@code NNNNNNN-C} in ASCII digits, whatever its check digit:
     * true for every valid ID, and for one whose check digit is wrong or cannot exist. Readers keep such a text for
     * the compliance check to report, where any other text is no business ID at all.
     *
     * @param text the candidate business ID
     * @return true if the text is of the form, its check digit right or not
     */
    public static boolean hasForm(CharSequence text) {
        ParseFailure failure = check(text);
        return failure == null || failure.reason() == Reason.WRONG_CHECK_CHARACTER
                || failure.reason() == Reason.UNISSUABLE_CHECK_DIGIT;
    }

    /**
     * Returns the business ID with the given serial and its computed check digit, e.g. {@code 2135102} gives
     * {@code 2135102-9}.
     *
     * @param serial the seven-digit serial, 0 to 9 999 999; a six-digit serial gets its leading zero
     * @return the business ID
     * @throws IllegalArgumentException if the serial is out of range
     * @throws InvalidIdentifierException with {@link Reason#UNISSUABLE_CHECK_DIGIT} if no check digit exists
     */
    public static BusinessId ofSerial(int serial) {
        if (serial < 0 || serial > MAX_SERIAL) {
            throw new IllegalArgumentException("A business ID serial must be 0–9999999, was " + serial);
        }
        if (checkDigitOf(serial) == UNISSUABLE) {
            throw unissuable(serial).toException(subject(formatSerial(serial)));
        }
        return new BusinessId(serial);
    }

    /**
     * Returns the seven-digit serial, the part before the hyphen.
     *
     * @return the serial, 0 to 9 999 999
     */
    public int serial() {
        return serial;
    }

    /**
     * Returns the check digit, the part after the hyphen.
     *
     * @return the check digit, 0 to 9
     */
    public int checkDigit() {
        return checkDigitOf(serial);
    }

    /**
     * Orders by serial, which is also the order of the canonical texts.
     *
     * @param other the business ID to compare with
     * @return negative, zero or positive as this ID sorts before, with or after the other
     */
    @Override
    public int compareTo(BusinessId other) {
        Objects.requireNonNull(other, "other");
        return Integer.compare(serial, other.serial);
    }

    /**
     * Tells whether the other object is a business ID with the same serial.
     *
     * @param other the object to compare with
     * @return true if both denote the same business ID
     */
    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof BusinessId that && serial == that.serial;
    }

    /**
     * Returns a hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return Integer.hashCode(serial);
    }

    /**
     * Returns the canonical text {@code NNNNNNN-C}, which {@link #parse(CharSequence)} accepts.
     *
     * @return the business ID as text
     */
    @Override
    public String toString() {
        return formatSerial(serial) + '-' + checkDigit();
    }

    private static @Nullable ParseFailure check(CharSequence text) {
        ParseFailure failure = ParseFailure.ofShape(text, LENGTH, "NNNNNNN-C", SERIAL_DIGITS);
        if (failure != null) {
            return failure;
        }
        if (text.charAt(SEPARATOR_INDEX) != '-') {
            return new ParseFailure(Reason.MISSING_SEPARATOR, SEPARATOR_INDEX,
                    "expected a hyphen (-) at index " + SEPARATOR_INDEX);
        }
        char check = text.charAt(CHECK_INDEX);
        if (!Digits.isDigit(check)) {
            return ParseFailure.notADigit(CHECK_INDEX);
        }
        int serial = serialOf(text);
        int expected = checkDigitOf(serial);
        if (expected == UNISSUABLE) {
            return unissuable(serial);
        }
        if (check - '0' != expected) {
            return new ParseFailure(Reason.WRONG_CHECK_CHARACTER, CHECK_INDEX,
                    "wrong check digit " + check + ", the serial gives " + expected);
        }
        return null;
    }

    private static ParseFailure unissuable(int serial) {
        return new ParseFailure(Reason.UNISSUABLE_CHECK_DIGIT, 0,
                "serial " + formatSerial(serial) + " gives remainder 1, for which no check digit exists");
    }

    // Only called once the first seven characters are known to be ASCII digits.
    private static int serialOf(CharSequence text) {
        return Digits.value(text, 0, SERIAL_DIGITS);
    }

    private static int checkDigitOf(int serial) {
        int sum = 0;
        int rest = serial;
        for (int i = SERIAL_DIGITS - 1; i >= 0; i--) {
            sum += (rest % 10) * WEIGHTS[i];
            rest /= 10;
        }
        int remainder = sum % 11;
        if (remainder == 0) {
            return 0;
        }
        return remainder == 1 ? UNISSUABLE : 11 - remainder;
    }

    private static String formatSerial(int serial) {
        String digits = Integer.toString(serial);
        return "0".repeat(SERIAL_DIGITS - digits.length()) + digits;
    }

    // Quote only text of a business ID's length: longer or shorter text may be something else pasted into the
    // wrong field (a personal identity code has 11 characters), and messages end up in logs.
    private static String subject(CharSequence text) {
        if (text.length() != LENGTH) {
            return "Invalid business ID";
        }
        StringBuilder quoted = new StringBuilder("Invalid business ID \"");
        for (int i = 0; i < LENGTH; i++) {
            char c = text.charAt(i);
            if (c >= ' ' && c <= '~' && c != '"' && c != '\\') {
                quoted.append(c);
            } else {
                // Escaped so that a control character cannot forge a log line, nor a quote end the quotation.
                quoted.append(String.format("\\u%04X", (int) c));
            }
        }
        return quoted.append('"').toString();
    }
}
