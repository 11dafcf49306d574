package fi.rekisteri.core.policy;

import fi.rekisteri.core.identifier.PersonalIdentityCodeFinder;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The application's own opaque identifier of a data subject: a customer number, a UUID. Never a personal identity
 * code: an id that contains one in any form a person types or pastes ({@code 131052-308T}, {@code hetu: 131052 308t},
 * {@code 13.10.52‐308T} with a Unicode dash, {@code FI131052308T}, see {@link PersonalIdentityCodeFinder#inIdentifiers()})
 * is refused, so that a code cannot leak into processing logs or exception messages; so is a value of exactly the
 * code's shape whatever its check character (a mistyped code is still a person's). The refusal never quotes the id.
 *
 * <p>Ordinary ids are accepted: {@code customer-4711}, {@code C-1001}, and UUIDs in their canonical 36-character
 * form. A random UUID reads as a valid-looking code about once in 70,000 (a
 * hexadecimal run may happen to spell a date, a sign and the right check character), and it is the application's
 * own id by construction, so UUIDs are not searched. An id of exactly ten digits is refused when it reads as a code
 * without its century sign with the right check character, about one in 860 of them: give such ids a letter or
 * another length. E-mail addresses are accepted: they are personal data, but ordinary personal data the application
 * may use as a key (only the identity code has a rule of its own, Tietosuojalaki 1050/2018 §29); this type keeps
 * them out of logs as it keeps every id out, by printing a keyed pseudonym. An address changes when its owner's does,
 * though, which splits the subject's processing log: a stable customer number is the better id.
 *
 * <p>{@link #toString()} shows a pseudonym, not the value: an HMAC under the application's {@link PseudonymKey}, so
 * that a subject id logged by accident identifies no one outside the application.
 *
 * @param value the identifier as the application stores it
 */
public record SubjectId(String value) {

    private static final int MAX_LENGTH = 256;

    /** The canonical shape of a henkilötunnus, refused as a whole value even with a wrong check character. */
    private static final Pattern IDENTITY_CODE_SHAPE =
            Pattern.compile("\\d{6}[-+ABCDEFUVWXY]\\d{3}[0-9A-FHJ-NPR-Y]", Pattern.CASE_INSENSITIVE);

    private static final Pattern UUID =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    /**
     * Creates an id.
     *
     * @throws IllegalArgumentException if the value is blank (spaces and invisible characters only), longer than 256
     *     characters or contains a personal identity code; the message never quotes the value
     */
    public SubjectId {
        Objects.requireNonNull(value, "value");
        if (isBlank(value)) {
            throw new IllegalArgumentException("subject id is blank");
        }
        if (value.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("subject id is " + value.length() + " characters long; at most "
                    + MAX_LENGTH + " are allowed");
        }
        if (IDENTITY_CODE_SHAPE.matcher(value.strip()).matches()
                || (PersonalIdentityCodeFinder.inIdentifiers().containsCode(value) && !UUID.matcher(value).matches())) {
            throw new IllegalArgumentException("subject id contains a personal identity code (henkilötunnus):"
                    + " use the application's own identifier for the subject instead");
        }
    }

    /**
     * The id of the given value.
     *
     * @throws IllegalArgumentException as the constructor does
     */
    public static SubjectId of(String value) {
        return new SubjectId(value);
    }

    /**
     * The id's pseudonym under the key in use ({@link PseudonymKey#current()}): 16 hex digits, for logs.
     *
     * @return the pseudonym
     */
    public String pseudonym() {
        return PseudonymKey.current().pseudonym(this);
    }

    /**
     * The id's pseudonym under the given key: 16 hex digits.
     *
     * @param key the key
     * @return the pseudonym
     * @throws NullPointerException if the key is null
     */
    public String pseudonym(PseudonymKey key) {
        return Objects.requireNonNull(key, "key").pseudonym(this);
    }

    /** {@code SubjectId[~pseudonym]}: never the value itself. */
    @Override
    public String toString() {
        return "SubjectId[~" + pseudonym() + "]";
    }

    private static boolean isBlank(String value) {
        return value.codePoints().allMatch(cp -> Character.isWhitespace(cp) || Character.isSpaceChar(cp)
                || Character.getType(cp) == Character.FORMAT);
    }
}
