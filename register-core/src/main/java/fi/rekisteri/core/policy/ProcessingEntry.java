package fi.rekisteri.core.policy;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One entry of a processing log: who processed which data categories of which subject, for which purpose, when.
 *
 * <p>{@link #toString()} names the subject and the actor by {@linkplain PseudonymKey pseudonym} only, so that an
 * entry logged as it is identifies no one outside the application.
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

    /**
     * {@code ProcessingEntry[subject ~3f2a9c0e17b4d855, purpose billing, categories [contact.email],
     * at 2026-03-01T09:00:00Z, actor ~9d01c2b3a4e5f607]}: the subject and the actor by pseudonym under
     * {@link PseudonymKey#current()}, never the subject id or the actor's name.
     */
    @Override
    public String toString() {
        PseudonymKey key = PseudonymKey.current();
        return "ProcessingEntry[subject ~" + key.pseudonym(subject) + ", purpose " + purpose + ", categories "
                + categories + ", at " + at + ", actor ~" + key.actorPseudonym(actor) + "]";
    }
}
