package fi.rekisteri.jpa;

import fi.rekisteri.core.policy.SubjectId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A legal hold: a subject, or one row of an entity, that {@link RetentionSweep} keeps whatever its retention says,
 * until the hold is released (a claim being litigated, an authority's order to preserve).
 *
 * @param id the hold's id in {@code rk_legal_hold}
 * @param subject the held subject; empty for a row hold
 * @param entity the held row's entity name; empty for a subject hold
 * @param row the held row's id as text ({@code String.valueOf(id)}); empty for a subject hold
 * @param reason why the data is held
 * @param placedAt when the hold was placed
 */
public record LegalHold(long id, Optional<SubjectId> subject, Optional<String> entity, Optional<String> row,
        String reason, Instant placedAt) {

    /**
     * Creates a hold description.
     *
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException unless it names either a subject or an entity and a row
     */
    public LegalHold {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(entity, "entity");
        Objects.requireNonNull(row, "row");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(placedAt, "placedAt");
        if (subject.isPresent() == entity.isPresent() || entity.isPresent() != row.isPresent()) {
            throw new IllegalArgumentException("a legal hold names either a subject or an entity and a row");
        }
    }

    /** {@code LegalHold[7, subject ~3f2a…, reason of 42 characters, placed …]}: never the subject id or the reason. */
    @Override
    public String toString() {
        String target = subject.map(s -> "subject " + s).orElseGet(() -> "row of " + entity.orElse(""));
        return "LegalHold[" + id + ", " + target + ", reason of " + reason.length() + " characters, placed " + placedAt
                + "]";
    }
}
