package fi.rekisteri.core.identifier;

import fi.rekisteri.core.identifier.InvalidIdentifierException.Reason;
import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A Finnish personal identity code (henkilötunnus; sv personbeteckning) {@code DDMMYYCZZZQ}, such as
 * {@code 131052-308T}: date of birth, century sign, individual number and check character.
 *
 * <p><strong>This is personal data.</strong> {@link #toString()} therefore prints only the {@linkplain #masked()
 * masked} form; the full code comes from {@link #unmasked()} alone, to be stored or sent where it is needed, never
 * logged or put in a message. Exceptions thrown here never contain the code.
 *
 * <p>Instances are immutable and thread-safe. Equality is that of the canonical text, so codes that differ only in
 * a century sign of the same century, such as {@code 010594-9032} and {@code 010594Y9032}, are <em>not</em> equal:
 * the extra signs in use since 2023 exist precisely so that such codes can be issued to different people.
 *
 * <p>Validity here means the form, the date and the check character are right, not that the code has been issued.
 * Codes with individual numbers 900–999 are temporary codes; they are valid, see {@link #isTemporary()}. Dates of
 * birth in the future are not rejected, so that validity does not depend on the clock.
 */
public final class PersonalIdentityCode {

    private static final int LENGTH = 11;
    private static final int CENTURY_INDEX = 6;
    private static final int INDIVIDUAL_INDEX = 7;
    private static final int CHECK_INDEX = 10;
    private static final int MIN_INDIVIDUAL_NUMBER = 2;
    private static final int MAX_INDIVIDUAL_NUMBER = 999;
    private static final int FIRST_TEMPORARY_NUMBER = 900;
    // The remainder mod 31 indexes this; G, I, O, Q and Z are left out as too easily confused.
    private static final String CHECK_CHARACTERS = "0123456789ABCDEFHJKLMNPRSTUVWXY";
    private static final String SUBJECT = "Invalid personal identity code";
    private static final String MASK = "****";
    private static final int UNKNOWN_CENTURY = -1;

    private final String code;
    private final LocalDate birthDate;

    // Only called with text that check() has accepted.
    private PersonalIdentityCode(String code) {
        this.code = code;
        int century = centuryOf(code.charAt(CENTURY_INDEX));
        this.birthDate = LocalDate.of(century + Digits.value(code, 4, 6), Digits.value(code, 2, 4),
                Digits.value(code, 0, 2));
    }

    /**
     * Parses text of exactly the form {@code DDMMYYCZZZQ}. Nothing is trimmed and letters are not upper-cased, so
     * that what is stored is what was checked.
     *
     * @param text the personal identity code
     * @return the personal identity code
     * @throws InvalidIdentifierException if the text breaks a rule; the message never contains the text
     */
    public static PersonalIdentityCode parse(CharSequence text) {
        ParseFailure failure = check(text);
        if (failure != null) {
            throw failure.toException(SUBJECT);
        }
        return new PersonalIdentityCode(text.toString());
    }

    /**
     * Tells whether {@link #parse(CharSequence)} would accept the text, without the cost of an exception.
     *
     * @param text the candidate personal identity code
     * @return true if the text is a valid personal identity code, temporary ones included
     */
    public static boolean isValid(CharSequence text) {
        return check(text) == null;
    }

    /**
     * Builds the code for a date of birth and individual number, with the check character computed and the
     * century's first sign: {@code +} for 1800–1899, {@code -} for 1900–1999, {@code A} for 2000–2099.
     *
     * @param birthDate the date of birth, in 1800–2099
     * @param individualNumber 2 to 999; 900 and above make a temporary code
     * @return the personal identity code
     * @throws IllegalArgumentException if the year has no century sign or the individual number is out of range
     */
    public static PersonalIdentityCode of(LocalDate birthDate, int individualNumber) {
        Objects.requireNonNull(birthDate, "birthDate");
        int year = birthDate.getYear();
        char sign;
        if (year >= 1800 && year <= 1899) {
            sign = '+';
        } else if (year >= 1900 && year <= 1999) {
            sign = '-';
        } else if (year >= 2000 && year <= 2099) {
            sign = 'A';
        } else {
            throw new IllegalArgumentException("A personal identity code needs a birth year in 1800–2099");
        }
        return of(birthDate, sign, individualNumber);
    }

    /**
     * Builds the code for a date of birth, century sign and individual number, with the check character computed.
     *
     * @param birthDate the date of birth
     * @param centurySign a sign of the birth year's century: {@code +}; {@code -} or {@code U}–{@code Y};
     *     {@code A}–{@code F}
     * @param individualNumber 2 to 999; 900 and above make a temporary code
     * @return the personal identity code
     * @throws IllegalArgumentException if the sign is unknown or of another century, or the individual number is out
     *     of range
     */
    public static PersonalIdentityCode of(LocalDate birthDate, char centurySign, int individualNumber) {
        Objects.requireNonNull(birthDate, "birthDate");
        int century = centuryOf(centurySign);
        if (century == UNKNOWN_CENTURY) {
            throw new IllegalArgumentException("Not a century sign: U+" + String.format(Locale.ROOT, "%04X",
                    (int) centurySign));
        }
        int yearOfCentury = birthDate.getYear() - century;
        if (yearOfCentury < 0 || yearOfCentury > 99) {
            // The year is left out of the message: with the sign and a date it narrows down a person.
            throw new IllegalArgumentException("The century sign " + centurySign + " is for the years " + century
                    + "–" + (century + 99) + "; the birth year is outside them");
        }
        if (individualNumber < MIN_INDIVIDUAL_NUMBER || individualNumber > MAX_INDIVIDUAL_NUMBER) {
            throw new IllegalArgumentException("The individual number must be 2–999");
        }
        String body = String.format(Locale.ROOT, "%02d%02d%02d%c%03d", birthDate.getDayOfMonth(),
                birthDate.getMonthValue(), yearOfCentury, centurySign, individualNumber);
        return new PersonalIdentityCode(body + checkCharacterOf(body));
    }

    /**
     * Returns the date of birth, with the year taken from the century sign.
     *
     * @return the date of birth
     */
    public LocalDate birthDate() {
        return birthDate;
    }

    /**
     * Returns the century sign as written: {@code +}; {@code -} or {@code U}–{@code Y}; {@code A}–{@code F}.
     *
     * @return the century sign
     */
    public char centurySign() {
        return code.charAt(CENTURY_INDEX);
    }

    /**
     * Tells whether this is a temporary code, one with an individual number 900–999. Temporary codes are not in the
     * population register, so they cannot be used to match records with it.
     *
     * @return true for a temporary code
     */
    public boolean isTemporary() {
        return Digits.value(code, INDIVIDUAL_INDEX, CHECK_INDEX) >= FIRST_TEMPORARY_NUMBER;
    }

    /**
     * Returns the code with the individual number and check character hidden, e.g. {@code 131052-****}: enough to
     * tell records apart in a log or on a screen, not enough to identify a person.
     *
     * @return the date of birth, the century sign and four asterisks
     */
    public String masked() {
        return code.substring(0, INDIVIDUAL_INDEX) + MASK;
    }

    /**
     * Tells whether the other object is a personal identity code with the same canonical text, century sign
     * included.
     *
     * @param other the object to compare with
     * @return true if both are the same code
     */
    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof PersonalIdentityCode that && code.equals(that.code);
    }

    /**
     * Returns a hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return code.hashCode();
    }

    /**
     * Returns the full code, which {@link #parse(CharSequence)} accepts: the one way to get it, so that every place
     * that needs it names it. It is personal data: store it or send it where it is needed, never log or show it
     * otherwise.
     *
     * @return the full personal identity code, such as {@code 131052-308T}
     */
    public String unmasked() {
        return code;
    }

    /**
     * Returns the {@linkplain #masked() masked} code, such as {@code 131052-****}, so that a code logged or
     * concatenated by accident does not leak. It does not round-trip; {@link #unmasked()} gives the full code.
     *
     * @return the masked code
     */
    @Override
    public String toString() {
        return masked();
    }

    // The details never quote the text, not even in part: the whole message must be safe to log.
    private static @Nullable ParseFailure check(CharSequence text) {
        ParseFailure failure = ParseFailure.ofShape(text, LENGTH, "DDMMYYCZZZQ", CENTURY_INDEX);
        if (failure != null) {
            return failure;
        }
        int century = centuryOf(text.charAt(CENTURY_INDEX));
        if (century == UNKNOWN_CENTURY) {
            return new ParseFailure(Reason.UNKNOWN_CENTURY_SIGN, CENTURY_INDEX,
                    "expected a century sign (+, -, U-Y or A-F) at index " + CENTURY_INDEX);
        }
        failure = ParseFailure.ofDigits(text, INDIVIDUAL_INDEX, CHECK_INDEX);
        if (failure != null) {
            return failure;
        }
        if (!isRealDate(Digits.value(text, 0, 2), Digits.value(text, 2, 4),
                century + Digits.value(text, 4, 6))) {
            return new ParseFailure(Reason.INVALID_DATE, 0,
                    "the date of birth, in the century its sign gives, is not a real date");
        }
        if (Digits.value(text, INDIVIDUAL_INDEX, CHECK_INDEX) < MIN_INDIVIDUAL_NUMBER) {
            return new ParseFailure(Reason.INDIVIDUAL_NUMBER_OUT_OF_RANGE, INDIVIDUAL_INDEX,
                    "the individual number must be 002-999");
        }
        char check = text.charAt(CHECK_INDEX);
        if (CHECK_CHARACTERS.indexOf(check) < 0) {
            return new ParseFailure(Reason.ILLEGAL_CHECK_CHARACTER, CHECK_INDEX,
                    "the check character at index " + CHECK_INDEX + " must be a digit or one of the capital letters "
                            + CHECK_CHARACTERS.substring(10));
        }
        if (check != checkCharacterOf(text)) {
            return new ParseFailure(Reason.WRONG_CHECK_CHARACTER, CHECK_INDEX,
                    "the check character does not match the date of birth and individual number");
        }
        return null;
    }

    private static boolean isRealDate(int day, int month, int year) {
        return month >= 1 && month <= 12 && day >= 1 && day <= Month.of(month).length(Year.isLeap(year));
    }

    // DDMMYY and ZZZ read as the one integer DDMMYYZZZ; below 2^31, so int arithmetic suffices.
    private static char checkCharacterOf(CharSequence code) {
        int value = Digits.value(code, 0, CENTURY_INDEX) * 1000
                + Digits.value(code, INDIVIDUAL_INDEX, CHECK_INDEX);
        return CHECK_CHARACTERS.charAt(value % CHECK_CHARACTERS.length());
    }

    private static int centuryOf(char sign) {
        return switch (sign) {
            case '+' -> 1800;
            case '-', 'U', 'V', 'W', 'X', 'Y' -> 1900;
            case 'A', 'B', 'C', 'D', 'E', 'F' -> 2000;
            default -> UNKNOWN_CENTURY;
        };
    }
}
