package fi.rekisteri.jpa;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One saved revision of a register without its contents: what {@link RegisterStore#history(String)} lists.
 *
 * @param registerKey the register's key
 * @param number the revision number: 1 for the first save, one more for each save after it
 * @param savedAt when the revision was saved, to the microsecond
 * @param author who saved it, as the saving application named them
 * @param comment why it was saved
 */
public record RevisionSummary(
        String registerKey, int number, Instant savedAt, Optional<String> author, Optional<String> comment) {

    /** Checks the parts. */
    public RevisionSummary {
        Objects.requireNonNull(registerKey, "registerKey");
        if (number < 1) {
            throw new IllegalArgumentException("revision number " + number + " is not positive");
        }
        Objects.requireNonNull(savedAt, "savedAt");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(comment, "comment");
    }

    /**
     * {@code RevisionSummary[mainostakomo #3, 2026-03-01T09:00:00Z, author ~9d01c2b3a4e5f607, no comment]}: the
     * author by pseudonym, the comment by its length, as either may name a person.
     */
    @Override
    public String toString() {
        return "RevisionSummary[" + registerKey + " #" + number + ", " + savedAt + ", " + Pseudonyms.author(author)
                + ", " + Pseudonyms.comment(comment) + "]";
    }
}
