package fi.rekisteri.core.policy;

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
}
