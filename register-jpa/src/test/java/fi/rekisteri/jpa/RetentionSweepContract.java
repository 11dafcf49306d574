package fi.rekisteri.jpa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.rekisteri.core.ContactDetails;
import fi.rekisteri.core.DataCategory;
import fi.rekisteri.core.DataSubjectCategory;
import fi.rekisteri.core.LegalBasis;
import fi.rekisteri.core.LocalizedText;
import fi.rekisteri.core.Organisation;
import fi.rekisteri.core.Purpose;
import fi.rekisteri.core.Register;
import fi.rekisteri.core.Retention;
import fi.rekisteri.core.RetentionRule;
import fi.rekisteri.core.policy.InMemoryProcessingLog;
import fi.rekisteri.core.policy.ProcessingEntry;
import fi.rekisteri.core.policy.PurposePolicy;
import fi.rekisteri.core.policy.SubjectId;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceConfiguration;
import jakarta.persistence.PersistenceUnitTransactionType;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What {@link RetentionSweep} erases, logs, keeps on hold and reports, on any database. */
abstract class RetentionSweepContract {

    private static final Instant NOW = Instant.parse("2026-06-01T00:00:00Z");
    private static final Instant DUE = Instant.parse("2019-01-01T00:00:00Z");
    private static final Instant KEPT = Instant.parse("2024-01-01T00:00:00Z");

    private final PurposePolicy policy = PurposePolicy.compile(register(true));

    private EntityManagerFactory factory;
    private String url;
    /** Lets the tests read their rows back outside any scope; the anonymiser test installs a strict one. */
    private PersonalDataGuard.Installation lenientGuard;

    abstract TestDatabase database();

    /** contact (and contact.email under it) six years after the relationship ends; visits one year from collection. */
    static Register register(boolean eventKeys) {
        return register(Retention.after(Period.ofYears(6), LocalizedText.en("the end of the customer relationship")),
                eventKeys ? "customer-relationship-end" : "");
    }

    /** contact kept as given, from the event key unless empty; visits one year from collection. */
    static Register register(Retention contact, String contactEvent) {
        return Register.builder("swept", LocalizedText.en("Customers"),
                        Organisation.of("Example Oy", ContactDetails.none().withEmail("privacy@example.invalid")))
                .subjectCategory(DataSubjectCategory.of("customers", LocalizedText.en("Customers")))
                .dataCategory(DataCategory.of("contact", LocalizedText.en("Contact details")))
                .dataCategory(DataCategory.of("contact.email", LocalizedText.en("E-mail address")))
                .dataCategory(DataCategory.of("visits", LocalizedText.en("Web visits")))
                .purpose(Purpose.builder("billing", LocalizedText.en("Billing"))
                        .legalBasis(LegalBasis.contract()).categories("contact", "visits").build())
                .purpose(Purpose.builder("retention", LocalizedText.en("Erasure when retention ends"))
                        .legalBasis(LegalBasis.legalObligation(LocalizedText.en("GDPR Art. 5(1)(e)")))
                        .categories("contact", "visits").build())
                .retention(keyed(RetentionRule.of(contact, "contact"), contactEvent))
                // No event key: a from-collection rule counts from @RetentionEvent(RetentionEvent.COLLECTION).
                .retention(RetentionRule.of(Retention.fromCollection(Period.ofYears(1)), "visits"))
                .build();
    }

    private static RetentionRule keyed(RetentionRule rule, String event) {
        return event.isEmpty() ? rule : rule.withEvent(event);
    }

    @BeforeEach
    void startDatabase() {
        TestDatabase database = database();
        url = database.freshDatabase();
        PersistenceConfiguration config = new PersistenceConfiguration("sweep-" + database.name())
                .transactionType(PersistenceUnitTransactionType.RESOURCE_LOCAL)
                .property(PersistenceConfiguration.JDBC_URL, url)
                .property(PersistenceConfiguration.JDBC_USER, database.user())
                .property(PersistenceConfiguration.JDBC_PASSWORD, "")
                .property(PersistenceConfiguration.SCHEMAGEN_DATABASE_ACTION, "create")
                .property("hibernate.generate_statistics", "true")
                .managedClass(SweptCustomer.class)
                .managedClass(SweptVisit.class);
        RekisteriPersistence.managedClasses().forEach(config::managedClass);
        factory = config.createEntityManagerFactory();
        lenientGuard = PersonalDataGuard.recordingTo(new InMemoryProcessingLog())
                .withOutsideScope(OutsideScope.ALLOW_UNRECORDED).install();
    }

    @AfterEach
    void closeFactory() {
        lenientGuard.close();
        factory.close();
    }

    /** Customers 0..count-1; those below {@code due} ended their relationship seven years ago, the rest two. */
    private void seedCustomers(int count, int due) {
        factory.runInTransaction(em -> {
            for (int i = 0; i < count; i++) {
                Instant ended = i < due ? DUE.plusSeconds(i * 3600L) : KEPT;
                em.persist(new SweptCustomer(i, "customer-" + i, "c" + i + "@example.invalid", "+358 40 " + i,
                        ended));
            }
        });
    }

    private RetentionSweep.Builder sweep() {
        return RetentionSweep.builder(factory, policy).purpose("retention")
                .clock(Clock.fixed(NOW, ZoneOffset.UTC)).batchSize(10);
    }

    private SweptCustomer customer(long id) {
        return factory.callInTransaction(em -> em.find(SweptCustomer.class, id));
    }

    private List<ProcessingEntry> logged() {
        return JpaProcessingLog.of(factory).between(Instant.EPOCH, NOW.plusSeconds(1), 1000).entries();
    }

    private Statistics statistics() {
        return factory.unwrap(SessionFactory.class).getStatistics();
    }

    @Test
    void sweepNullsExactlyTheDueFieldsAndLogsEachErasure() {
        seedCustomers(95, 30);
        RetentionSweep sweep = sweep().entity(SweptCustomer.class, ErasureMethod.nullFields()).build();

        SweepReport report = sweep.run();

        for (int i = 0; i < 95; i++) {
            SweptCustomer c = customer(i);
            if (i < 30) {
                assertNull(c.email(), "customer " + i);
                assertNull(c.phone(), "customer " + i);
            } else {
                assertEquals("c" + i + "@example.invalid", c.email(), "customer " + i);
            }
        }
        assertEquals(List.of("contact.email", "contact"), report.lines().stream().map(SweepReport.Line::category)
                .toList());
        assertEquals(List.of(30L, 30L), report.lines().stream().map(SweepReport.Line::erased).toList());
        assertEquals(0, report.held());
        List<ProcessingEntry> erasures = logged().stream().filter(e -> e.purpose().equals("retention")).toList();
        assertEquals(30, erasures.size());
        assertEquals(SubjectId.of("customer-0"), erasures.get(0).subject(), "under the row's @DataSubject");
        assertEquals(List.of("contact.email", "contact"), erasures.get(0).categories());
        assertEquals("retention-sweep", erasures.get(0).actor());
        assertEquals(30, erasures.stream().map(ProcessingEntry::subject).distinct().count(), "one entry per row");

        assertEquals(0, sweep.run().erased(), "a second sweep finds nothing left to erase");
    }

    @Test
    void heldRowAndHeldSubjectAreKeptAndReported() {
        seedCustomers(40, 20);
        LegalHolds holds = LegalHolds.of(factory).withClock(Clock.fixed(NOW, ZoneOffset.UTC));
        LegalHold row = holds.holdRow(SweptCustomer.class, 3L, "claim 2026/17 pending in district court");
        LegalHold subject = holds.holdSubject(SubjectId.of("customer-7"), "authority's preservation order");

        SweepReport report = sweep().entity(SweptCustomer.class, ErasureMethod.nullFields()).build().run();

        assertEquals(18, report.lines().get(0).erased());
        assertEquals(2, report.lines().get(0).held());
        assertEquals(List.of(row, subject), report.holds());
        assertNotNull(customer(3).email());
        assertNotNull(customer(7).email());
        assertNull(customer(4).email());
        assertEquals(List.of(row, subject), holds.all());

        assertTrue(holds.release(row.id()));
        SweepReport after = sweep().entity(SweptCustomer.class, ErasureMethod.nullFields()).build().run();
        assertEquals(1, after.lines().get(0).erased(), "a released row is erased on the next sweep");
        assertEquals(List.of(subject), after.holds());
        assertNull(customer(3).email());
    }

    @Test
    void dryRunReportsCountsAndOldestDueDateAndChangesNothing() {
        seedCustomers(95, 30);
        factory.runInTransaction(em -> {
            em.persist(new SweptVisit(1, "customer-1", "192.0.2.1", LocalDate.parse("2025-03-01")));
            em.persist(new SweptVisit(2, "customer-2", "192.0.2.2", LocalDate.parse("2025-07-01")));
        });
        LegalHolds.of(factory).holdRow(SweptCustomer.class, 0L, "claim");

        SweepReport report = sweep().entity(SweptCustomer.class, ErasureMethod.nullFields())
                .entity(SweptVisit.class, ErasureMethod.deleteRows()).build().dryRun();

        assertTrue(report.dryRun());
        assertEquals(List.of("SweptCustomer/contact.email 29 held 1 due 2025-01-01T01:00:00Z",
                        "SweptCustomer/contact 29 held 1 due 2025-01-01T01:00:00Z",
                        "SweptVisit/visits 1 held 0 due 2026-03-01T00:00:00Z"),
                report.lines().stream().map(l -> l.entity() + "/" + l.category() + " " + l.erased() + " held "
                        + l.held() + " due " + l.oldestDue().orElseThrow()).toList());
        for (int i = 0; i < 95; i++) {
            assertEquals("c" + i + "@example.invalid", customer(i).email());
        }
        assertEquals(Long.valueOf(2), factory.callInTransaction(em -> em.createQuery("select count(v) from SweptVisit v",
                Long.class).getSingleResult()));
        assertEquals(List.of(), logged());
    }

    @Test
    void deletesDueRowsOfAnEntityErasedByDeletion() {
        factory.runInTransaction(em -> {
            em.persist(new SweptVisit(1, "customer-1", "192.0.2.1", LocalDate.parse("2025-03-01")));
            em.persist(new SweptVisit(2, "customer-2", "192.0.2.2", LocalDate.parse("2025-07-01")));
        });

        SweepReport report = sweep().entity(SweptVisit.class, ErasureMethod.deleteRows()).build().run();

        assertEquals(1, report.erased());
        assertEquals(List.of(2L), factory.callInTransaction(em -> em.createQuery("select v.id from SweptVisit v",
                Long.class).getResultList()));
        assertEquals(List.of(List.of("visits")), logged().stream().map(ProcessingEntry::categories).toList());
    }

    @Test
    void anonymiserRunsInsideTheSweepsScopeWhichTheListenerChecksAndRecords() {
        seedCustomers(25, 12);
        InMemoryProcessingLog guardLog = new InMemoryProcessingLog();
        try (PersonalDataGuard.Installation guard = PersonalDataGuard.recordingTo(guardLog).install()) {
            SweepReport report = sweep().entity(SweptCustomer.class,
                    ErasureMethod.anonymise(SweptCustomer::anonymise)).build().run();
            assertEquals(12, report.lines().get(0).erased());
        }
        assertEquals(24, guardLog.entries().stream().filter(e -> e.purpose().equals("retention")).count(),
                "the listener checked and recorded each anonymised row's load and write under the sweep's purpose");
        assertEquals(12, guardLog.entries().stream().map(ProcessingEntry::subject).distinct().count(),
                "each under its own subject's scope");
        SweptCustomer first = factory.callInTransaction(em -> em.createQuery(
                "select c from SweptCustomer c where c.id = 0", SweptCustomer.class).getSingleResult());
        assertNull(first.email());
        assertEquals("anonymous", first.phone());
        assertEquals(12, logged().size());
    }

    @Test
    void batchesBoundWhatASweepHoldsAtOnce() {
        seedCustomers(95, 95);
        statistics().clear();

        SweepReport report = sweep().entity(SweptCustomer.class, ErasureMethod.nullFields()).build().run();

        assertEquals(95, report.lines().get(0).erased());
        assertEquals(0, statistics().getEntityLoadCount(), "the bulk path loads no entity");
        long selects = Arrays.stream(statistics().getQueries()).filter(q -> q.startsWith("select e.id"))
                .mapToLong(q -> statistics().getQueryStatistics(q).getExecutionCount()).sum();
        assertEquals(10, selects, "95 rows in pages of at most 10 ids");
    }

    @Test
    void writesEachBatchsLogEntriesAsOneStatement() {
        seedCustomers(40, 25);
        CountingDataSource connections = new CountingDataSource(database(), url);

        try (EntityManagerFactory counted = countedFactory(connections, Map.of())) {
            connections.clear();
            SweepReport report = countedSweep(counted).run();

            assertEquals(25, report.lines().get(0).erased());
            assertEquals(List.of(1, 1, 1), connections.executions("insert").stream()
                    .map(e -> e.batch() ? -e.rows() : e.rows()).toList(),
                    "one statement of log rows per batch swept, not a row a statement nor a JDBC batch");
            // The sweep drew the sequence's first values; the provider's ids, drawn after, never meet its ids.
            JpaProcessingLog.of(counted).record(new ProcessingEntry(SubjectId.of("after"), "retention",
                    List.of("contact"), NOW, "a later writer"));
        }
        List<ProcessingEntry> logged = logged();
        assertEquals(26, logged.size());
        List<ProcessingEntry> swept = logged.stream().filter(e -> e.actor().equals("retention-sweep")).toList();
        assertEquals(IntStream.range(0, 25).mapToObj(i -> SubjectId.of("customer-" + i)).collect(Collectors.toSet()),
                swept.stream().map(ProcessingEntry::subject).collect(Collectors.toSet()), "one entry per erased row");
        assertTrue(swept.stream().allMatch(e -> e.purpose().equals("retention") && e.at().equals(NOW)
                && e.categories().equals(swept.get(0).categories()) && e.categories().contains("contact")));
        List<Long> ids = factory.callInTransaction(em -> em.createQuery(
                "select e.id from RekisteriProcessingEntry e order by e.id", Long.class).getResultList());
        assertEquals(26, ids.stream().distinct().count(), "every entry has its own id: " + ids);
        assertTrue(ids.get(0) >= 1, "no id below 1 (the sequence's first value stands for none): " + ids);
    }

    @Test
    void persistsTheLogEntriesInOneJdbcBatchPerBatchOnOtherDatabasesThoughTheFactorySetsNoBatchSize() {
        seedCustomers(40, 25);
        // The same database, reported under another name: the sweep does not know its SQL, so it persists.
        CountingDataSource connections = new CountingDataSource(database(), url).reportingProduct("Other SQL");
        Map<String, String> dialect = Map.of("hibernate.dialect", database() == TestDatabase.H2
                ? "org.hibernate.dialect.H2Dialect" : "org.hibernate.dialect.PostgreSQLDialect");

        try (EntityManagerFactory counted = countedFactory(connections, dialect)) {
            connections.clear();
            SweepReport report = countedSweep(counted).run();

            assertEquals(25, report.lines().get(0).erased());
            assertEquals(List.of(10, 10, 5), connections.executions("insert").stream()
                    .map(e -> e.batch() ? e.rows() : -1).toList(), "one JDBC batch of log rows per batch swept");
        }
        assertEquals(25, logged().size());
    }

    @Test
    void erasesAndLogsOnlyTheRowsStillDueWhenAnotherTransactionErasedOneOfTheBatchMeanwhile() {
        seedCustomers(10, 5);
        // Another instance's sweep (or the application) erases customer 2 between the batch's select and its update.
        CountingDataSource connections = new CountingDataSource(database(), url).beforeFirst("update", () -> {
            try (Connection c = database().connect(url); Statement s = c.createStatement()) {
                assertEquals(1, s.executeUpdate("update SweptCustomer set email = null, phone = null where id = 2"));
            }
        });

        try (EntityManagerFactory counted = countedFactory(connections, Map.of())) {
            SweepReport report = countedSweep(counted).run();
            assertEquals(4, report.lines().get(0).erased(), "the rows this sweep erased");
        }
        assertEquals(Set.of("customer-0", "customer-1", "customer-3", "customer-4"), logged().stream()
                .map(e -> e.subject().value()).collect(Collectors.toSet()), "no entry for the row it did not erase");
        assertEquals(4, logged().size());
        for (long id = 0; id < 5; id++) {
            assertNull(customer(id).email());
        }
        assertNotNull(customer(5L).email());
    }

    /** A factory on this test's database through the counting connections, with no JDBC batch size set. */
    private EntityManagerFactory countedFactory(CountingDataSource connections, Map<String, String> properties) {
        PersistenceConfiguration config = new PersistenceConfiguration("sweep-counted-" + database().name())
                .transactionType(PersistenceUnitTransactionType.RESOURCE_LOCAL)
                .property("jakarta.persistence.nonJtaDataSource", connections)
                .properties(Map.copyOf(properties))
                .managedClass(SweptCustomer.class);
        RekisteriPersistence.managedClasses().forEach(config::managedClass);
        return config.createEntityManagerFactory();
    }

    private RetentionSweep countedSweep(EntityManagerFactory counted) {
        return RetentionSweep.builder(counted, policy).purpose("retention")
                .clock(Clock.fixed(NOW, ZoneOffset.UTC)).batchSize(10)
                .entity(SweptCustomer.class, ErasureMethod.nullFields()).build();
    }

    /** Customers whose relationship ended the given hours before NOW, ids from 0; null for no end recorded. */
    private void seedEnded(Long... hoursAgo) {
        factory.runInTransaction(em -> {
            for (int i = 0; i < hoursAgo.length; i++) {
                Instant ended = hoursAgo[i] == null ? null : NOW.minus(Duration.ofHours(hoursAgo[i]));
                em.persist(new SweptCustomer(i, "customer-" + i, "c" + i + "@example.invalid", "+358 40 " + i,
                        ended));
            }
        });
    }

    private RetentionSweep.Builder sweep(Register register) {
        return RetentionSweep.builder(factory, PurposePolicy.compile(register)).purpose("retention")
                .clock(Clock.fixed(NOW, ZoneOffset.UTC)).batchSize(10);
    }

    @Test
    void periodOfHoursCountsExactlyFromItsEvent() {
        seedEnded(73L, 71L, 72L, null);
        Register hours = register(Retention.timed(Duration.ofHours(72), LocalizedText.en("the end")),
                "customer-relationship-end");

        SweepReport report = sweep(hours).entity(SweptCustomer.class, ErasureMethod.nullFields()).build().run();

        assertEquals(2, report.lines().get(0).erased(), "72 hours or more since the event");
        assertNull(customer(0).email());
        assertNotNull(customer(1).email());
        assertNull(customer(2).email());
        assertNotNull(customer(3).email(), "no event recorded, never due");
    }

    @Test
    void untilConditionIsSweptOnceTheApplicationRecordsItsEvent() {
        seedEnded(1L, null, 0L);
        Register until = register(Retention.until(Retention.Condition.MEMBERSHIP_ENDED), "customer-relationship-end");

        SweepReport report = sweep(until).entity(SweptCustomer.class, ErasureMethod.nullFields()).build().run();

        assertEquals(2, report.lines().get(0).erased());
        assertNull(customer(0).email());
        assertNotNull(customer(1).email(), "the condition's event is not recorded");
        assertNull(customer(2).email());
    }

    @Test
    void refusesAnUntilRuleWithoutAnEventKey() {
        Register until = register(Retention.until(Retention.Condition.MEMBERSHIP_ENDED), "");

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> sweep(until).entity(SweptCustomer.class, ErasureMethod.nullFields()).build());

        assertTrue(e.getMessage().contains("names no event key"), e.getMessage());
    }

    @Test
    void refusesAnEntityWhoseCategoryRuleNamesNoEventKey() {
        PurposePolicy withoutKeys = PurposePolicy.compile(register(false));

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> RetentionSweep
                .builder(factory, withoutKeys).purpose("retention")
                .entity(SweptCustomer.class, ErasureMethod.nullFields()).build());

        assertEquals("the retention rule of category 'contact.email' (held by SweptCustomer) names no event key: add"
                + " 'eventKey' to the rule so a sweep knows which timestamp it counts from", e.getMessage());
    }
}
