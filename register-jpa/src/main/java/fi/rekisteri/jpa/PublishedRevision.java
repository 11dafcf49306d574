package fi.rekisteri.jpa;

import java.time.Instant;
import java.util.Objects;

/**
 * A revision of a register that was published, and when: what {@link RegisterStore#published(String)} lists.
 *
 * @param registerKey the register's key
 * @param number the revision's number
 * @param publishedAt when it was marked published, to the microsecond
 */
public record PublishedRevision(String registerKey, int number, Instant publishedAt) {

    /**
     * Checks the parts.
     *
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the number is not positive
     */
    public PublishedRevision {
        Objects.requireNonNull(registerKey, "registerKey");
        if (number < 1) {
            throw new IllegalArgumentException("revision number " + number + " is not positive");
        }
        Objects.requireNonNull(publishedAt, "publishedAt");
    }
}
