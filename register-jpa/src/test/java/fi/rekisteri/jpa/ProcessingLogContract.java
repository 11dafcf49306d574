package fi.rekisteri.jpa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.rekisteri.core.policy.ProcessingEntry;
import fi.rekisteri.core.policy.SubjectId;
import fi.rekisteri.jpa.internal.ProcessingEntryEntity;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceConfiguration;
import jakarta.persistence.PersistenceUnitTransactionType;
import java.lang.reflect.Field;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.TestInstance;

/** What {@link JpaProcessingLog} does, on any database: each subclass runs it on one. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ProcessingLogContract {

    private static final int BATCH_SIZE = 50;
    private static final String INSERT = "insert into rk_processing_entry"
            + " (actor,category_keys,processed_at,purpose_key,subject_id,entry_id) values (?,?,?,?,?,?)";
    private static final Instant T0 = Instant.parse("2026-11-02T08:00:00Z");

    private CountingDataSource connections;
    private EntityManagerFactory factory;
    private JpaProcessingLog log;

    abstract TestDatabase database();

    @BeforeAll
    void startDatabase() {
        connections = new CountingDataSource(database(), database().freshDatabase());
        PersistenceConfiguration config = new PersistenceConfiguration("rekisteri-log")
                .transactionType(PersistenceUnitTransactionType.RESOURCE_LOCAL)
                .property("jakarta.persistence.nonJtaDataSource", connections)
                .property(PersistenceConfiguration.SCHEMAGEN_DATABASE_ACTION, "create")
                .property("hibernate.jdbc.batch_size", String.valueOf(BATCH_SIZE))
                .property("hibernate.generate_statistics", "true");
        RekisteriPersistence.managedClasses().forEach(config::managedClass);
        factory = config.createEntityManagerFactory();
        log = JpaProcessingLog.of(factory);
    }

    @AfterAll
    void closeFactory() {
        factory.close();
    }

    /** A subject of its own for each test, so that the tests share one database. */
    private static SubjectId subject(TestInfo test, String suffix) {
        return SubjectId.of(test.getTestMethod().orElseThrow().getName() + "-" + suffix);
    }

    private static ProcessingEntry entry(SubjectId subject, Instant at, String... categories) {
        return new ProcessingEntry(subject, "billing", List.of(categories), at, "invoicing-job");
    }

    private Statistics statistics() {
        return factory.unwrap(SessionFactory.class).getStatistics();
    }

    @Test
    void readsBackTheEntriesAboutASubjectOldestFirst(TestInfo test) {
        SubjectId anna = subject(test, "anna");
        SubjectId other = subject(test, "other");
        ProcessingEntry later = new ProcessingEntry(anna, "newsletter", List.of("contact.email"), T0.plusSeconds(60),
                "mailer");
        ProcessingEntry earlier = entry(anna, T0, "contact", "identity-code");

        log.record(later);
        log.record(entry(other, T0, "contact"));
        log.record(earlier);

        ProcessingLogPage page = log.about(anna, 10);
        assertEquals(List.of(earlier, later), page.entries());
        assertTrue(page.next().isEmpty());
    }

    @Test
    void keepsTimesToTheMicrosecond(TestInfo test) {
        SubjectId subject = subject(test, "s");
        Instant withNanos = T0.plusNanos(123_456_789);

        log.record(entry(subject, withNanos, "contact"));

        assertEquals(withNanos.truncatedTo(ChronoUnit.MICROS), log.about(subject, 1).entries().get(0).at());
    }

    @Test
    void pagesThroughEntriesWithCursorsWithoutGapsOrRepeats(TestInfo test) {
        SubjectId subject = subject(test, "s");
        List<ProcessingEntry> entries = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            // Pairs of entries share a time: the cursor must tell them apart by the order they were recorded in.
            entries.add(entry(subject, T0.plusSeconds(i / 2), "contact-" + i));
        }
        log.recordAll(entries);

        List<ProcessingEntry> read = new ArrayList<>();
        List<Integer> pageSizes = new ArrayList<>();
        ProcessingLogPage page = log.about(subject, 10);
        while (true) {
            read.addAll(page.entries());
            pageSizes.add(page.entries().size());
            if (page.next().isEmpty()) {
                break;
            }
            page = log.about(subject, page.next().get(), 10);
        }

        assertEquals(entries, read);
        assertEquals(List.of(10, 10, 5), pageSizes);
    }

    @Test
    void readsTheEntriesOfAHalfOpenTimeRange(TestInfo test) {
        SubjectId subject = subject(test, "s");
        Instant base = Instant.parse("2031-05-01T00:00:00Z"); // no other test writes in this range
        List<ProcessingEntry> entries = new ArrayList<>();
        for (int day = 0; day < 10; day++) {
            entries.add(entry(subject, base.plus(day, ChronoUnit.DAYS), "contact"));
        }
        log.recordAll(entries);

        ProcessingLogPage first = log.between(base.plus(2, ChronoUnit.DAYS), base.plus(7, ChronoUnit.DAYS), 3);
        ProcessingLogPage second = log.between(base.plus(2, ChronoUnit.DAYS), base.plus(7, ChronoUnit.DAYS),
                first.next().orElseThrow(), 3);

        assertEquals(entries.subList(2, 5), first.entries());
        assertEquals(entries.subList(5, 7), second.entries());
        assertTrue(second.next().isEmpty());
    }

    @Test
    void appendsInBulkAsJdbcBatches(TestInfo test) {
        SubjectId subject = subject(test, "s");
        List<ProcessingEntry> entries = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            entries.add(entry(subject, T0.plusMillis(i), "contact"));
        }
        Statistics statistics = statistics();
        statistics.clear();
        connections.clear();

        log.recordAll(entries);

        assertEquals(120, statistics.getEntityInsertCount());
        // What the driver was sent: three JDBC batches of 50, 50 and 20 rows, no insert on its own. The ids come from
        // the sequence 500 at a time, so the provider need not insert row by row to learn each id.
        assertEquals(List.of(new CountingDataSource.Execution(INSERT, true, 50),
                        new CountingDataSource.Execution(INSERT, true, 50),
                        new CountingDataSource.Execution(INSERT, true, 20)),
                connections.executions("insert"));
        assertTrue(connections.executions("select").size() <= 4, connections.executions("select").toString());
        assertEquals(120, log.about(subject, 1000).entries().size());
    }

    @Test
    void neverWritesAChangeToALoadedEntryBackToTheDatabase(TestInfo test) throws Exception {
        SubjectId subject = subject(test, "s");
        ProcessingEntry recorded = entry(subject, T0, "contact");
        log.record(recorded);
        Field actor = ProcessingEntryEntity.class.getDeclaredField("actor");
        actor.setAccessible(true);
        connections.clear();

        factory.runInTransaction(em -> {
            ProcessingEntryEntity row = em.createQuery("select e from RekisteriProcessingEntry e"
                    + " where e.subjectId = :s", ProcessingEntryEntity.class)
                    .setParameter("s", subject.value())
                    .getSingleResult();
            try {
                actor.set(row, "someone-else"); // what no code of the library does: the columns are not updatable
            } catch (IllegalAccessException e) {
                throw new AssertionError(e);
            }
        });

        assertEquals(List.of(), connections.executions("update"));
        assertEquals(List.of(recorded), log.about(subject, 10).entries());
    }

    @Test
    void recordsNoneOfABatchWithAnEntryThatDoesNotFit(TestInfo test) {
        SubjectId subject = subject(test, "s");
        ProcessingEntry tooLong = new ProcessingEntry(subject, "billing", List.of("contact"), T0, "a".repeat(501));

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> log.recordAll(List.of(entry(subject, T0, "contact"), tooLong)));

        assertEquals("entry 1: actor is 501 characters long; the log holds at most 500", e.getMessage());
        assertTrue(log.about(subject, 10).entries().isEmpty());
    }

    @Test
    void rejectsACategoryWithWhiteSpaceThatCouldNotBeReadBack(TestInfo test) {
        SubjectId subject = subject(test, "s");

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> log.record(entry(subject, T0, "contact email")));

        assertTrue(e.getMessage().startsWith("entry 0: category 'contact email'"), e.getMessage());
        assertTrue(log.about(subject, 10).entries().isEmpty());
    }

    @Test
    void joiningLogCommitsAndRollsBackWithTheCallersTransaction(TestInfo test) {
        SubjectId kept = subject(test, "kept");
        SubjectId rolledBack = subject(test, "rolled-back");

        factory.runInTransaction(em -> JpaProcessingLog.joining(em).record(entry(kept, T0, "contact")));
        EntityManager em = factory.createEntityManager();
        try {
            em.getTransaction().begin();
            JpaProcessingLog.joining(em).recordAll(List.of(entry(rolledBack, T0, "contact")));
            em.getTransaction().rollback();
        } finally {
            em.close();
        }

        assertEquals(1, log.about(kept, 10).entries().size());
        assertTrue(log.about(rolledBack, 10).entries().isEmpty());
    }

    @Test
    void joiningLogRefusesToRecordWithoutATransaction(TestInfo test) {
        EntityManager em = factory.createEntityManager();
        try {
            JpaProcessingLog joining = JpaProcessingLog.joining(em);
            ProcessingEntry e = entry(subject(test, "s"), T0, "contact");

            assertThrows(IllegalStateException.class, () -> joining.record(e));
        } finally {
            em.close();
        }
    }

    @Test
    void rejectsAPageSizeOutOfRangeAndARangeEndingBeforeItBegins(TestInfo test) {
        SubjectId subject = subject(test, "s");

        assertThrows(IllegalArgumentException.class, () -> log.about(subject, 0));
        assertThrows(IllegalArgumentException.class, () -> log.about(subject, JpaProcessingLog.MAX_PAGE_SIZE + 1));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> log.between(T0, T0.minusSeconds(1), 10));
        assertFalse(e.getMessage().isBlank());
    }
}
