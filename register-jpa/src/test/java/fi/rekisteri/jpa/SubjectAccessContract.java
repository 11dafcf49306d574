package fi.rekisteri.jpa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.rekisteri.core.policy.AccessReport;
import fi.rekisteri.core.policy.ErasureReport;
import fi.rekisteri.core.policy.HeldValue;
import fi.rekisteri.core.policy.ProcessingEntry;
import fi.rekisteri.core.policy.PurposePolicy;
import fi.rekisteri.core.policy.SubjectId;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceConfiguration;
import jakarta.persistence.PersistenceUnitTransactionType;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Access and erasure requests answered from an application's entities on a real database. */
abstract class SubjectAccessContract {

    private static final Instant NOW = Instant.parse("2026-03-01T09:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    private static final SubjectId MATTI = SubjectId.of("c-1");
    private static final SubjectId MAIJA = SubjectId.of("c-2");

    private final PurposePolicy policy = PurposePolicy.compile(RequestTestRegisters.shop());
    private EntityManagerFactory factory;
    private JpaProcessingLog log;
    private PersonalDataGuard.Installation installation;

    abstract TestDatabase database();

    @BeforeEach
    void start() {
        TestDatabase database = database();
        PersistenceConfiguration config = new PersistenceConfiguration("requests-" + database.name())
                .transactionType(PersistenceUnitTransactionType.RESOURCE_LOCAL)
                .property(PersistenceConfiguration.JDBC_URL, database.freshDatabase())
                .property(PersistenceConfiguration.JDBC_USER, database.user())
                .property(PersistenceConfiguration.JDBC_PASSWORD, "")
                .property(PersistenceConfiguration.SCHEMAGEN_DATABASE_ACTION, "create")
                .managedClass(RequestCustomer.class)
                .managedClass(RequestCustomer.Address.class)
                .managedClass(RequestInvoice.class)
                .managedClass(UnmarkedNote.class);
        RekisteriPersistence.managedClasses().forEach(config::managedClass);
        factory = config.createEntityManagerFactory();
        log = JpaProcessingLog.of(factory);
        installation = PersonalDataGuard.recordingTo(log).withClock(CLOCK).withOutsideScope(OutsideScope.ALLOW_UNRECORDED)
                .install();
        factory.runInTransaction(em -> {
            em.persist(new RequestCustomer(1, "c-1", "matti@example.invalid", "Mattilantie 1"));
            em.persist(new RequestInvoice(10, "c-1", "2 x widget", "matti@example.invalid", LocalDate.of(2025, 12, 31)));
            em.persist(new RequestCustomer(2, "c-2", "maija@example.invalid", "Maijankatu 2"));
            em.persist(new RequestInvoice(20, "c-2", "1 x gadget", "maija@example.invalid", LocalDate.of(2025, 12, 31)));
        });
        log.record(new ProcessingEntry(MATTI, "customer-service", List.of("contact.email"), NOW.minusSeconds(60),
                "help-desk"));
        log.record(new ProcessingEntry(MAIJA, "customer-service", List.of("contact"), NOW.minusSeconds(30),
                "help-desk"));
        SubjectStateStore.of(factory).giveConsent(MATTI, "customer-service", NOW.minusSeconds(3600), "terms-v3");
    }

    @AfterEach
    void stop() {
        installation.close();
        factory.close();
    }

    private SubjectAccess requests() {
        return SubjectAccess.of(factory, policy, "privacy-desk").withClock(CLOCK);
    }

    private static Set<String> values(AccessReport report) {
        return report.values().stream().map(v -> v.entity() + "." + v.member() + " " + v.category() + " = " + v.value())
                .collect(Collectors.toSet());
    }

    @Test
    void anAccessReportHoldsEveryValueOfTheSubjectAndNothingOfAnother() {
        AccessReport report = requests().access(MATTI);

        assertEquals(Set.of("RequestCustomer.email contact.email = matti@example.invalid",
                "RequestCustomer.address.street contact = Mattilantie 1",
                "RequestInvoice.lines billing.invoices = 2 x widget",
                "RequestInvoice.sentTo contact.email = matti@example.invalid"), values(report));
        assertEquals(List.of("contact.email", "contact", "billing.invoices"),
                List.copyOf(report.valuesByCategory().keySet()));
        assertEquals(List.of("UnmarkedNote"), report.unsearched());
        assertTrue(report.truncated().isEmpty());
        assertEquals(Optional.of("terms-v3"), report.state().consent("customer-service").orElseThrow().textVersion());
        assertTrue(report.processing().stream().allMatch(entry -> entry.subject().equals(MATTI)));
        assertTrue(report.processing().stream().anyMatch(entry -> entry.actor().equals("help-desk")),
                "the earlier processing is reported");
        assertTrue(report.processing().stream().anyMatch(entry -> entry.purpose().equals(SubjectAccess.PURPOSE)),
                "reading for the report is itself logged");
    }

    @Test
    void portabilityTakesWhatTheSubjectProvidedUnderAContract() {
        List<HeldValue> portable = requests().access(MATTI).portable();

        assertEquals(Set.of("contact.email", "contact"),
                portable.stream().map(HeldValue::category).collect(Collectors.toSet()));
        assertEquals(3, portable.size());
    }

    @Test
    void aRowLimitIsReportedAsTruncation() {
        factory.runInTransaction(em -> em.persist(
                new RequestInvoice(11, "c-1", "3 x widget", "matti@example.invalid", LocalDate.of(2026, 12, 31))));

        AccessReport report = requests().withRowLimit(1).access(MATTI);

        assertEquals(List.of("RequestInvoice"), report.truncated());
        assertFalse(report.isComplete());
    }

    @Test
    void anErasureKeepsWhatBookkeepingLawRequiresAndSaysSo() {
        ErasureReport erasure = requests().erase(MATTI);

        assertEquals(Set.of("RequestCustomer contact.email 1", "RequestCustomer contact 1",
                "RequestInvoice contact.email 1"), erasure.erased().stream()
                        .map(e -> e.entity() + " " + e.category() + " " + e.rows()).collect(Collectors.toSet()));
        ErasureReport.Kept kept = erasure.kept().stream().filter(k -> k.entity().equals("RequestInvoice"))
                .findFirst().orElseThrow();
        assertEquals(1, erasure.kept().size());
        assertEquals("billing.invoices", kept.category());
        assertEquals("bookkeeping", kept.purpose());
        assertEquals(Optional.of(RequestTestRegisters.BOOKKEEPING_LAW), kept.law());
        assertEquals(Optional.of(LocalDate.of(2031, 12, 31)), kept.until());

        assertEquals(Set.of("RequestInvoice.lines billing.invoices = 2 x widget"), values(requests().access(MATTI)),
                "only what the law keeps is left");
        assertEquals(4, requests().access(MAIJA).values().size(), "another subject's data is untouched");
        assertTrue(log.about(MATTI, 1000).entries().stream().anyMatch(entry -> entry.purpose()
                .equals(SubjectAccess.PURPOSE) && Set.copyOf(entry.categories()).equals(Set.of("contact.email",
                        "contact"))), "the erasure is recorded in the processing log");
    }

    @Test
    void theSweepsPurposeKeepsNothingOnceNamedAndKeptRowsStayWithTheirDataErased() {
        PurposePolicy swept = PurposePolicy.compile(RequestTestRegisters.shopWithRetentionPurpose());
        SubjectAccess unnamed = SubjectAccess.of(factory, swept, "privacy-desk").withClock(CLOCK);
        SubjectAccess named = unnamed.withErasingPurpose("retention").withRowsKept(RequestCustomer.class);

        ErasureReport misread = unnamed.erase(MAIJA);
        ErasureReport erasure = named.erase(MATTI);

        assertEquals(Set.of("RequestCustomer contact.email", "RequestCustomer contact", "RequestInvoice contact.email",
                "RequestInvoice billing.invoices"), misread.kept().stream().map(k -> k.entity() + " " + k.category())
                        .collect(Collectors.toSet()), "without it, the sweep's purpose reads as a law keeping all");
        assertEquals(List.of("bookkeeping"), erasure.kept().stream().map(ErasureReport.Kept::purpose).toList());
        assertEquals(Set.of("RequestInvoice.lines billing.invoices = 2 x widget"), values(named.access(MATTI)));
        Long nulled = factory.callInTransaction(em -> em.createQuery(
                "select count(c) from RequestCustomer c where c.customerNumber = 'c-1' and c.email is null",
                Long.class).getSingleResult());
        assertEquals(Long.valueOf(1), nulled, "the customer row stays, its personal data nulled");
    }
}
