package fi.rekisteri.jpa.internal;

import fi.rekisteri.core.policy.ProcessingEntry;
import fi.rekisteri.core.policy.SubjectId;
import fi.rekisteri.jpa.ProcessingLogCursor;
import fi.rekisteri.jpa.ProcessingLogPage;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The processing log's statements, each run in the entity manager and transaction it is given. */
public final class ProcessingLogRepository {

    /**
     * Entries persisted between flushes: each flush sends them as JDBC batches of the provider's batch size, then
     * they leave the persistence context, so that a bulk append of any size holds at most this many in memory.
     */
    static final int FLUSH_EVERY = 1_000;

    private static final String ORDER = " order by e.processedAt, e.id";
    private static final String AFTER = " and (e.processedAt > :at or (e.processedAt = :at and e.id > :id))";

    private ProcessingLogRepository() {}

    /**
     * Checks that every entry fits its columns, before anything is written.
     *
     * @throws IllegalArgumentException naming the first entry (by its index) and the value that does not fit
     */
    public static void check(List<ProcessingEntry> entries) {
        for (int i = 0; i < entries.size(); i++) {
            ProcessingEntry e = entries.get(i);
            if (e == null) {
                throw new IllegalArgumentException("entry " + i + " is null");
            }
            fit(i, "purpose", e.purpose(), Columns.KEY);
            fit(i, "actor", e.actor(), Columns.LINE);
            for (String category : e.categories()) {
                if (category.isBlank() || category.chars().anyMatch(Character::isWhitespace)) {
                    throw new IllegalArgumentException("entry " + i + ": category '" + category + "' is blank or"
                            + " contains white space; categories are the register's keys");
                }
            }
            fit(i, "categories", String.join(" ", e.categories()), Columns.TEXT);
        }
    }

    private static void fit(int index, String field, String value, int limit) {
        if (value.length() > limit) {
            throw new IllegalArgumentException("entry " + index + ": " + field + " is " + value.length()
                    + " characters long; the log holds at most " + limit);
        }
    }

    /**
     * Appends checked entries in order, flushing every {@link #FLUSH_EVERY} so that the provider batches the inserts.
     *
     * @param ownContext whether the persistence context is the log's own, to be cleared after each flush; otherwise
     *     only the entries persisted here are detached, and the caller's other entities stay managed
     */
    public static void append(EntityManager em, List<ProcessingEntry> entries, boolean ownContext) {
        List<ProcessingEntryEntity> pending = new ArrayList<>(Math.min(entries.size(), FLUSH_EVERY));
        for (ProcessingEntry entry : entries) {
            ProcessingEntryEntity entity = new ProcessingEntryEntity(entry);
            em.persist(entity);
            pending.add(entity);
            if (pending.size() == FLUSH_EVERY) {
                release(em, pending, ownContext);
            }
        }
        if (!pending.isEmpty()) {
            release(em, pending, ownContext);
        }
    }

    /**
     * Appends one entry per subject, each {@code shape} but for its subject: on PostgreSQL and H2 as one statement
     * over the transaction's JDBC connection ({@link ProcessingLogBulkInsert}), elsewhere as {@link #append} does.
     * The caller has {@link #check checked} the shape; subjects always fit. Where the entries are persisted, the
     * persistence context is cleared after each flush: the caller keeps nothing managed in it.
     */
    public static void appendEach(EntityManager em, ProcessingEntry shape, List<SubjectId> subjects) {
        if (subjects.isEmpty() || ProcessingLogBulkInsert.tryInsert(em, shape, subjects)) {
            return;
        }
        List<ProcessingEntry> entries = new ArrayList<>(subjects.size());
        for (SubjectId subject : subjects) {
            entries.add(new ProcessingEntry(subject, shape.purpose(), shape.categories(), shape.at(), shape.actor()));
        }
        append(em, entries, true);
    }

    private static void release(EntityManager em, List<ProcessingEntryEntity> pending, boolean ownContext) {
        em.flush();
        if (ownContext) {
            em.clear();
        } else {
            pending.forEach(em::detach);
        }
        pending.clear();
    }

    /** A page of the entries about a subject, oldest first. */
    public static ProcessingLogPage about(
            EntityManager em, String subjectId, Optional<ProcessingLogCursor> after, int size) {
        String where = "select e from RekisteriProcessingEntry e where e.subjectId = :subject";
        TypedQuery<ProcessingEntryEntity> query =
                em.createQuery(where + (after.isPresent() ? AFTER : "") + ORDER, ProcessingEntryEntity.class)
                        .setParameter("subject", subjectId);
        return page(query, after, size);
    }

    /** A page of the entries recorded at or after {@code from} and before {@code to}, oldest first. */
    public static ProcessingLogPage between(
            EntityManager em, Instant from, Instant to, Optional<ProcessingLogCursor> after, int size) {
        String where = "select e from RekisteriProcessingEntry e where e.processedAt >= :from and e.processedAt < :to";
        TypedQuery<ProcessingEntryEntity> query =
                em.createQuery(where + (after.isPresent() ? AFTER : "") + ORDER, ProcessingEntryEntity.class)
                        .setParameter("from", from)
                        .setParameter("to", to);
        return page(query, after, size);
    }

    private static ProcessingLogPage page(
            TypedQuery<ProcessingEntryEntity> query, Optional<ProcessingLogCursor> after, int size) {
        after.ifPresent(c -> query.setParameter("at", c.at()).setParameter("id", c.entryId()));
        // One row more than the page tells whether another page follows, without counting.
        List<ProcessingEntryEntity> rows = query.setMaxResults(size + 1).getResultList();
        List<ProcessingEntry> entries = new ArrayList<>(Math.min(rows.size(), size));
        for (int i = 0; i < Math.min(rows.size(), size); i++) {
            entries.add(rows.get(i).toEntry());
        }
        Optional<ProcessingLogCursor> next = Optional.empty();
        if (rows.size() > size) {
            ProcessingEntryEntity last = rows.get(size - 1);
            next = Optional.of(new ProcessingLogCursor(last.processedAt, last.id()));
        }
        return new ProcessingLogPage(entries, next);
    }

    /** The time as the log keeps it: databases hold microseconds at best. */
    static Instant stored(Instant at) {
        return at.truncatedTo(ChronoUnit.MICROS);
    }
}
