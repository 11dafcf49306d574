package fi.rekisteri.jpa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.rekisteri.core.policy.ProcessingEntry;
import fi.rekisteri.core.policy.SubjectId;
import jakarta.persistence.EntityManagerFactory;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** On PostgreSQL the shipped script partitions the log by month; the script's function creates the months ahead. */
@DisplayName("Processing log partitions on PostgreSQL (embedded server started by the tests)")
class PostgresLogPartitionTest {

    private static final TestDatabase DATABASE = TestDatabase.POSTGRESQL;

    private static Map<String, Integer> rowsByPartition(Connection c) throws SQLException {
        Map<String, Integer> rows = new TreeMap<>();
        try (Statement s = c.createStatement();
                ResultSet r = s.executeQuery("select tableoid::regclass::text, count(*) from rk_processing_entry"
                        + " group by 1")) {
            while (r.next()) {
                rows.put(r.getString(1), r.getInt(2));
            }
        }
        return rows;
    }

    @Test
    void storesEachEntryInTheMonthsPartitionAndTheRestInTheDefaultOne() throws Exception {
        String url = ShippedScripts.freshDatabase(DATABASE);
        try (Connection c = DATABASE.connect(url); Statement s = c.createStatement()) {
            s.execute("select rk_create_processing_entry_partition(date '2026-11-01')");
            s.execute("select rk_create_processing_entry_partition(date '2026-12-17')"); // any day of the month
            s.execute("select rk_create_processing_entry_partition(date '2026-12-01')"); // again: nothing happens
        }
        SubjectId subject = SubjectId.of("customer-4711");
        // The last instant of November in UTC, the first of December, and a month with no partition of its own.
        List<ProcessingEntry> entries = List.of(
                new ProcessingEntry(subject, "billing", List.of("contact"),
                        Instant.parse("2026-11-30T23:59:59.999999Z"), "job"),
                new ProcessingEntry(subject, "billing", List.of("contact"), Instant.parse("2026-12-01T00:00:00Z"),
                        "job"),
                new ProcessingEntry(subject, "billing", List.of("contact"), Instant.parse("2027-03-10T12:00:00Z"),
                        "job"));

        try (EntityManagerFactory factory = DATABASE.factory(url, Map.of("hibernate.hbm2ddl.auto", "validate"))) {
            JpaProcessingLog log = JpaProcessingLog.of(factory);
            log.recordAll(entries);

            assertEquals(entries, log.about(subject, 10).entries());
            assertEquals(entries.subList(1, 2), log.between(Instant.parse("2026-12-01T00:00:00Z"),
                    Instant.parse("2027-01-01T00:00:00Z"), 10).entries());
        }
        try (Connection c = DATABASE.connect(url)) {
            assertEquals(Map.of("rk_processing_entry_2026_11", 1, "rk_processing_entry_2026_12", 1,
                    "rk_processing_entry_default", 1), rowsByPartition(c));
        }
    }

    @Test
    void refusesAMonthsPartitionOnceTheDefaultPartitionHoldsRowsOfThatMonth() throws Exception {
        String url = ShippedScripts.freshDatabase(DATABASE);
        try (EntityManagerFactory factory = DATABASE.factory(url, Map.of("hibernate.hbm2ddl.auto", "validate"))) {
            JpaProcessingLog.of(factory).record(new ProcessingEntry(SubjectId.of("customer-1"), "billing",
                    List.of("contact"), Instant.parse("2027-05-05T00:00:00Z"), "job"));
        }
        // Why the script says to create partitions ahead of their month.
        try (Connection c = DATABASE.connect(url); Statement s = c.createStatement()) {
            SQLException e = assertThrows(SQLException.class,
                    () -> s.execute("select rk_create_processing_entry_partition(date '2027-05-01')"));
            assertTrue(e.getMessage().contains("default partition"), e.getMessage());
        }
    }
}
