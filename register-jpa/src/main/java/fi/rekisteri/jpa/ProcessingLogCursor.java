package fi.rekisteri.jpa;

import java.time.Instant;
import java.util.Objects;

/**
 * Where the next page of a log query begins: just after the entry recorded at {@code at} with id {@code entryId}.
 * Entries are read in order of time, then of recording; a cursor stays valid however many entries are appended
 * meanwhile, unlike an offset.
 *
 * @param at the time of the last entry of the page before
 * @param entryId the id the log gave that entry
 */
public record ProcessingLogCursor(Instant at, long entryId) {

    /** Checks the parts. */
    public ProcessingLogCursor {
        Objects.requireNonNull(at, "at");
    }
}
