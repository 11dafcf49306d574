package fi.rekisteri.core.policy;

import java.util.List;
import java.util.Objects;

/**
 * Where processing is recorded: who processed which subject's which data, for which purpose, when. An SPI:
 * {@link InMemoryProcessingLog} is for tests and small applications; register-jpa provides a durable one.
 *
 * <p>Implementations must be thread-safe, and append-only: an entry once recorded is never changed.
 */
public interface ProcessingLog {

    /**
     * Records an entry.
     *
     * @throws RuntimeException if the entry could not be recorded; the caller must then not go ahead as if it had
     */
    void record(ProcessingEntry entry);

    /**
     * Records several entries, in order. This default records them one by one; a durable log overrides it to write
     * them together (in batches, in one transaction), which is what a batch job that processes many subjects needs.
     *
     * @throws RuntimeException if the entries could not be recorded; an implementation that overrides this says
     *     whether some may have been recorded (this default may have recorded those before the failing one)
     */
    default void recordAll(List<ProcessingEntry> entries) {
        Objects.requireNonNull(entries, "entries");
        for (ProcessingEntry entry : entries) {
            record(entry);
        }
    }
}
