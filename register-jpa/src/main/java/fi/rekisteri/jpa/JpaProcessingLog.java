package fi.rekisteri.jpa;

import fi.rekisteri.core.policy.ProcessingEntry;
import fi.rekisteri.core.policy.ProcessingLog;
import fi.rekisteri.core.policy.SubjectId;
import fi.rekisteri.jpa.internal.ProcessingLogRepository;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A durable, append-only {@link ProcessingLog} in the table {@code rk_processing_entry}: who processed which
 * subject's which data, for which purpose, when.
 *
 * <p>Append-only: this class can record and read entries, nothing else, and the mapping can neither update nor delete
 * a row. Old entries leave the database only by the application's retention, in SQL: on PostgreSQL the table is
 * partitioned by month, so a month is dropped whole (see the shipped script).
 *
 * <p>{@link #recordAll(List)} writes many entries in one transaction, as JDBC batches when the persistence provider
 * batches inserts (with Hibernate ORM, set {@code hibernate.jdbc.batch_size}, for instance to 50; on PostgreSQL, also
 * {@code reWriteBatchedInserts=true} on the JDBC URL). Times are kept to the microsecond; an entry read back has its
 * time truncated to that.
 *
 * <p>The subject's own opaque id is stored, so that an access request (GDPR Art. 15) finds their entries; nothing here
 * logs it.
 *
 * <pre>{@code
 * ProcessingLog log = JpaProcessingLog.of(entityManagerFactory);
 * scope.recordTo(log, clock, "contact.email");
 * ProcessingLogPage page = log.about(SubjectId.of("customer-4711"), 100);
 * }</pre>
 *
 * <p>A log made from a factory is thread-safe; one made by {@link #joining(EntityManager)} is as thread-safe as its
 * entity manager.
 */
public final class JpaProcessingLog implements ProcessingLog {

    /** The largest page a query returns. */
    public static final int MAX_PAGE_SIZE = 10_000;

    private final WorkUnit unit;

    private JpaProcessingLog(WorkUnit unit) {
        this.unit = unit;
    }

    /** A log that records each call in a resource-local transaction of its own, on entity managers of the factory. */
    public static JpaProcessingLog of(EntityManagerFactory factory) {
        return new JpaProcessingLog(WorkUnit.ownTransactions(factory));
    }

    /**
     * A log that records in the caller's entity manager and transaction, so that the entry commits or rolls back with
     * the processing it records. It never clears the caller's persistence context.
     */
    public static JpaProcessingLog joining(EntityManager entityManager) {
        return new JpaProcessingLog(WorkUnit.joining(entityManager, "the processing log entry"));
    }

    /**
     * Records an entry.
     *
     * @throws IllegalArgumentException if a value does not fit its column (purpose 200 characters, actor 500, the
     *     space-separated categories 10,000) or a category is blank or has white space; nothing is recorded
     * @throws IllegalStateException if the log joins an entity manager that has no transaction
     * @throws jakarta.persistence.PersistenceException if the database fails; nothing is recorded
     */
    @Override
    public void record(ProcessingEntry entry) {
        recordAll(List.of(Objects.requireNonNull(entry, "entry")));
    }

    /**
     * Records entries, in order, all or none: in one transaction, flushed every thousand entries as JDBC batches.
     *
     * @throws IllegalArgumentException naming the entry (by its index) whose value does not fit; nothing is recorded
     * @throws IllegalStateException if the log joins an entity manager that has no transaction
     * @throws jakarta.persistence.PersistenceException if the database fails; nothing is recorded (when joining, the
     *     caller must roll back)
     */
    @Override
    public void recordAll(List<ProcessingEntry> entries) {
        Objects.requireNonNull(entries, "entries");
        ProcessingLogRepository.check(entries);
        if (entries.isEmpty()) {
            return;
        }
        unit.write((em, own) -> {
            ProcessingLogRepository.append(em, entries, own);
            return entries.size();
        });
    }

    /** The first page of the entries about a subject, oldest first: what an access request asks for. */
    public ProcessingLogPage about(SubjectId subject, int pageSize) {
        return about(subject, Optional.empty(), pageSize);
    }

    /** The page of the entries about a subject that begins after the cursor of the page before. */
    public ProcessingLogPage about(SubjectId subject, ProcessingLogCursor after, int pageSize) {
        return about(subject, Optional.of(Objects.requireNonNull(after, "after")), pageSize);
    }

    private ProcessingLogPage about(SubjectId subject, Optional<ProcessingLogCursor> after, int pageSize) {
        Objects.requireNonNull(subject, "subject");
        checkPageSize(pageSize);
        return unit.read(em -> ProcessingLogRepository.about(em, subject.value(), after, pageSize));
    }

    /** The first page of the entries recorded at or after {@code from} and before {@code to}, oldest first. */
    public ProcessingLogPage between(Instant from, Instant to, int pageSize) {
        return between(from, to, Optional.empty(), pageSize);
    }

    /** The page of the entries between two times that begins after the cursor of the page before. */
    public ProcessingLogPage between(Instant from, Instant to, ProcessingLogCursor after, int pageSize) {
        return between(from, to, Optional.of(Objects.requireNonNull(after, "after")), pageSize);
    }

    private ProcessingLogPage between(Instant from, Instant to, Optional<ProcessingLogCursor> after, int pageSize) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("time range ends at " + to + ", before it begins at " + from);
        }
        checkPageSize(pageSize);
        return unit.read(em -> ProcessingLogRepository.between(em, from, to, after, pageSize));
    }

    private static void checkPageSize(int pageSize) {
        if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("page size " + pageSize + " is not between 1 and " + MAX_PAGE_SIZE);
        }
    }
}
