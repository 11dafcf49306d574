package fi.rekisteri.jpa;

import fi.rekisteri.core.Register;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A register as saved in one revision.
 *
 * @param registerKey the register's key, the same as {@code register.key()}
 * @param number the revision number: 1 for the first save, one more for each save after it
 * @param savedAt when the revision was saved, to the microsecond
 * @param author who saved it, as the saving application named them
 * @param comment why it was saved
 * @param register the register's contents in this revision
 */
public record RegisterRevision(
        String registerKey,
        int number,
        Instant savedAt,
        Optional<String> author,
        Optional<String> comment,
        Register register) {

    /** Checks the parts. */
    public RegisterRevision {
        Objects.requireNonNull(register, "register");
        if (!register.key().equals(registerKey)) {
            throw new IllegalArgumentException(
                    "revision of register '" + registerKey + "' holds register '" + register.key() + "'");
        }
        new RevisionSummary(registerKey, number, savedAt, author, comment); // the same checks
    }

    /** This revision without its contents. */
    public RevisionSummary summary() {
        return new RevisionSummary(registerKey, number, savedAt, author, comment);
    }

    /**
     * {@code RegisterRevision[mainostakomo #3, 2026-03-01T09:00:00Z, author ~9d01c2b3a4e5f607, no comment,
     * Register[…]]}: the author by pseudonym, the comment by its length, the register as its summary.
     */
    @Override
    public String toString() {
        return "RegisterRevision[" + registerKey + " #" + number + ", " + savedAt + ", " + Pseudonyms.author(author)
                + ", " + Pseudonyms.comment(comment) + ", " + register + "]";
    }
}
