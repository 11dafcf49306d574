package fi.rekisteri.jpa;

import fi.rekisteri.core.policy.ProcessingEntry;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One page of entries read from a {@link JpaProcessingLog}, oldest first.
 *
 * @param entries the entries of this page, at most the page size asked for
 * @param next where the next page begins; empty when this page is the last
 */
public record ProcessingLogPage(List<ProcessingEntry> entries, Optional<ProcessingLogCursor> next) {

    /** Checks the parts. */
    public ProcessingLogPage {
        entries = List.copyOf(entries);
        Objects.requireNonNull(next, "next");
    }
}
