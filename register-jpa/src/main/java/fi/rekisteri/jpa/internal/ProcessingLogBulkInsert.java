package fi.rekisteri.jpa.internal;

import fi.rekisteri.core.policy.ProcessingEntry;
import fi.rekisteri.core.policy.SubjectId;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Writes entries that differ only in their subject (a retention sweep's batch) as one SQL statement over the
 * transaction's own JDBC connection: the subjects and their ids go as two arrays, which the database unnests into
 * rows, so that neither the provider (one managed entity, insert action and set of bound values per row) nor the
 * protocol (six bound values per row) costs per row. Only on the databases the shipped schema scripts are for
 * (PostgreSQL and H2, which both have {@code unnest} and {@code nextval}); elsewhere, or where the provider gives
 * no JDBC connection, {@link #tryInsert} declines and the caller persists the entries.
 *
 * <p>The ids come from the log's sequence as the mapping takes them: each value {@code v} it hands out stands for
 * the ids {@code v − 499} to {@code v} ({@link ProcessingEntryEntity#IDS_PER_SEQUENCE_VALUE}), so these ids and the
 * provider's never meet. A value below 500 (only the sequence's first) is skipped rather than giving ids below 1.
 */
final class ProcessingLogBulkInsert {

    /** The {@link java.sql.DatabaseMetaData#getDatabaseProductName()} of the databases this insert is written for. */
    private static final Set<String> DATABASES = Set.of("postgresql", "h2");

    private static final String NEXT_VALUE = "select nextval('" + ProcessingEntryEntity.SEQUENCE + "')";

    private static final String INSERT = "insert into " + ProcessingEntryEntity.TABLE + " ("
            + String.join(", ", ProcessingEntryEntity.ID, ProcessingEntryEntity.PROCESSED_AT,
                    ProcessingEntryEntity.SUBJECT_ID, ProcessingEntryEntity.PURPOSE, ProcessingEntryEntity.CATEGORIES,
                    ProcessingEntryEntity.ACTOR)
            + ") select t.i, cast(? as timestamp(6) with time zone), t.s, ?, ?, ? from unnest(?, ?) as t(i, s)";

    private ProcessingLogBulkInsert() {}

    /**
     * Inserts one entry per subject, each {@code shape} but for its subject, in the entity manager's transaction.
     *
     * @return whether it did; false, having written nothing, if the provider gives no JDBC connection or the
     *     database is neither PostgreSQL nor H2
     * @throws PersistenceException if the database fails
     */
    static boolean tryInsert(EntityManager em, ProcessingEntry shape, List<SubjectId> subjects) {
        try {
            return em.callWithConnection((Object connection) -> connection instanceof Connection c
                    && DATABASES.contains(c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT))
                    && insert(c, shape, subjects));
        } catch (PersistenceException e) {
            throw e;
        } catch (RuntimeException e) {
            // A provider may wrap what the function threw (Hibernate ORM wraps every exception in a bare
            // RuntimeException); the caller is promised a PersistenceException.
            if (e.getCause() instanceof PersistenceException p) {
                throw p;
            }
            throw new PersistenceException("could not write " + subjects.size() + " processing-log entries", e);
        }
    }

    private static boolean insert(Connection c, ProcessingEntry shape, List<SubjectId> subjects) {
        try {
            Long[] ids = ids(c, subjects.size());
            String[] values = new String[subjects.size()];
            for (int i = 0; i < values.length; i++) {
                values[i] = subjects.get(i).value();
            }
            try (PreparedStatement insert = c.prepareStatement(INSERT)) {
                Array idArray = c.createArrayOf("bigint", ids);
                Array subjectArray = c.createArrayOf("varchar", values);
                insert.setObject(1, OffsetDateTime.ofInstant(ProcessingLogRepository.stored(shape.at()),
                        ZoneOffset.UTC));
                insert.setString(2, shape.purpose());
                insert.setString(3, String.join(" ", shape.categories()));
                insert.setString(4, shape.actor());
                insert.setArray(5, idArray);
                insert.setArray(6, subjectArray);
                int inserted = insert.executeUpdate();
                idArray.free();
                subjectArray.free();
                if (inserted != values.length) {
                    throw new PersistenceException("the processing log took " + inserted + " of " + values.length
                            + " entries");
                }
            }
            return true;
        } catch (SQLException e) {
            throw new PersistenceException("could not write " + subjects.size() + " processing-log entries: "
                    + e.getSQLState(), e);
        }
    }

    /** {@code count} fresh ids from the sequence, in ascending order. */
    private static Long[] ids(Connection c, int count) throws SQLException {
        Long[] ids = new Long[count];
        int filled = 0;
        try (PreparedStatement next = c.prepareStatement(NEXT_VALUE)) {
            while (filled < count) {
                long value;
                try (ResultSet r = next.executeQuery()) {
                    if (!r.next()) {
                        throw new SQLException("the sequence " + ProcessingEntryEntity.SEQUENCE + " gave no value");
                    }
                    value = r.getLong(1);
                }
                long first = value - ProcessingEntryEntity.IDS_PER_SEQUENCE_VALUE + 1;
                if (first < 1) {
                    continue;
                }
                for (long id = first; id <= value && filled < count; id++) {
                    ids[filled++] = id;
                }
            }
        }
        return ids;
    }
}
