package fi.rekisteri.core.policy;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One entry of a processing log: who processed which data categories of which subject, for which purpose, when.
 *
 * @param subject the subject whose data was processed
 * @param purpose key of the purpose
 * @param categories keys of the data categories processed, at least one
 * @param at when
 * @param actor who processed it: a user name, a service or a batch job, as the application names them
 */
public record ProcessingEntry(SubjectId subject, String purpose, List<String> categories, Instant at, String actor) {

    /**
     * Creates an entry; it names at least one category and a non-blank actor.
     *
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if there is no category or the actor is blank
     */
    public ProcessingEntry {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(purpose, "purpose");
        categories = List.copyOf(Objects.requireNonNull(categories, "categories"));
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(actor, "actor");
        if (categories.isEmpty()) {
            throw new IllegalArgumentException("a processing entry names at least one data category");
        }
        if (actor.isBlank()) {
            throw new IllegalArgumentException("actor is blank");
        }
    }

}
