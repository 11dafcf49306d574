package fi.rekisteri.core.policy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The application's own opaque identifier of a data subject: a customer number, a UUID. Never a personal identity
 * code: one is rejected, so that it cannot leak into processing logs or exception messages.
 *
 * <p>{@link #toString()} shows a pseudonym, not the value, so that a subject id logged by accident identifies no one
 * outside the application.
 *
 * @param value the identifier as the application stores it
 */
public record SubjectId(String value) {

    /** The shape of a henkilötunnus: DDMMYY, century sign, individual number, check character. */
    private static final Pattern IDENTITY_CODE =
            Pattern.compile("\\d{6}[-+ABCDEFUVWXY]\\d{3}[0-9A-FHJ-NPR-Y]", Pattern.CASE_INSENSITIVE);

    private static final int MAX_LENGTH = 256;

    /** Creates an id; it must not be blank, longer than 256 characters or shaped like a personal identity code. */
    public SubjectId {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("subject id is blank");
        }
        if (value.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("subject id is " + value.length() + " characters long; at most "
                    + MAX_LENGTH + " are allowed");
        }
        if (IDENTITY_CODE.matcher(value.strip()).matches()) {
            throw new IllegalArgumentException("subject id has the shape of a personal identity code (henkilötunnus):"
                    + " use the application's own identifier for the subject instead");
        }
    }

    /** The id of the given value. */
    public static SubjectId of(String value) {
        return new SubjectId(value);
    }

    /** A short stable pseudonym of the value (the first 8 bytes of its SHA-256, in hex), for logs. */
    public String pseudonym() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }

    /** {@code SubjectId[~pseudonym]}: never the value itself. */
    @Override
    public String toString() {
        return "SubjectId[~" + pseudonym() + "]";
    }
}
