package fi.rekisteri.core.policy;

import java.time.Instant;
import java.util.Objects;

/**
 * One event in a consent's life: the state it entered and when.
 *
 * @param status the state the consent entered
 * @param at when it did
 */
public record ConsentEvent(ConsentStatus status, Instant at) {

    /**
     * Creates an event.
     *
     * @throws NullPointerException if an argument is null
     */
    public ConsentEvent {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(at, "at");
    }
}
