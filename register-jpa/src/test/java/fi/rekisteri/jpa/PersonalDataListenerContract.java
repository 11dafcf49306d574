package fi.rekisteri.jpa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.rekisteri.core.policy.DenialReason;
import fi.rekisteri.core.policy.InMemoryProcessingLog;
import fi.rekisteri.core.policy.ProcessingEntry;
import fi.rekisteri.core.policy.ProcessingScope;
import fi.rekisteri.core.policy.PurposePolicy;
import fi.rekisteri.core.policy.PurposeViolationException;
import fi.rekisteri.core.policy.SubjectId;
import fi.rekisteri.core.policy.SubjectState;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceConfiguration;
import jakarta.persistence.PersistenceUnitTransactionType;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@link PersonalDataListener} on a real database: what it lets through, what it refuses, what it records. */
abstract class PersonalDataListenerContract {

    private static final Instant NOW = Instant.parse("2026-03-01T09:00:00Z");
    private static final SubjectId CUSTOMER = SubjectId.of("customer-17");
    private static final String EMAIL = "matti.meikalainen@example.invalid";

    private final PurposePolicy policy = PurposePolicy.compile(GuardTestRegisters.customers());
    private final InMemoryProcessingLog log = new InMemoryProcessingLog();
    private EntityManagerFactory factory;
    private PersonalDataGuard.Installation installation;

    abstract TestDatabase database();

    @BeforeEach
    void start() {
        factory = factory(false);
        installation = PersonalDataGuard.recordingTo(log).withClock(Clock.fixed(NOW, ZoneOffset.UTC)).install();
    }

    @AfterEach
    void stop() {
        installation.close();
        factory.close();
    }

    private EntityManagerFactory factory(boolean defaultListener) {
        TestDatabase database = database();
        PersistenceConfiguration config = new PersistenceConfiguration("personal-data-" + database.name())
                .transactionType(PersistenceUnitTransactionType.RESOURCE_LOCAL)
                .property(PersistenceConfiguration.JDBC_URL, database.freshDatabase())
                .property(PersistenceConfiguration.JDBC_USER, database.user())
                .property(PersistenceConfiguration.JDBC_PASSWORD, "")
                .property(PersistenceConfiguration.SCHEMAGEN_DATABASE_ACTION, "create")
                .managedClass(GuardedCustomer.class)
                .managedClass(PlainOrder.class)
                .managedClass(DefaultListenedContact.class);
        if (defaultListener) {
            config.mappingFile(PersonalDataListener.ORM_XML);
        }
        return config.createEntityManagerFactory();
    }

    private ProcessingScope scope(String purpose) {
        return ProcessingScope.of(policy, CUSTOMER, policy.purpose(purpose), "test-job");
    }

    private void inTransaction(EntityManagerFactory emf, Consumer<EntityManager> work) {
        EntityManager em = emf.createEntityManager();
        try {
            em.getTransaction().begin();
            work.accept(em);
            em.getTransaction().commit();
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.close();
        }
    }

    private <T> T read(EntityManagerFactory emf, Function<EntityManager, T> work) {
        try (EntityManager em = emf.createEntityManager()) {
            return work.apply(em);
        }
    }

    private void storeCustomerForBilling() {
        scope("billing").run(() -> inTransaction(factory, em -> em.persist(new GuardedCustomer(17, EMAIL, "040"))));
    }

    @Test
    void recordsAnAllowedPersistWithEveryCategoryTheEntityHolds() {
        storeCustomerForBilling();

        assertEquals(List.of(new ProcessingEntry(CUSTOMER, "billing", List.of("contact.email", "contact"), NOW,
                "test-job")), log.entries());
    }

    @Test
    void recordsAnAllowedLoadInTheLog() {
        storeCustomerForBilling();

        GuardedCustomer loaded = scope("billing").call(() -> read(factory, em -> em.find(GuardedCustomer.class, 17L)));

        assertEquals(EMAIL, loaded.email());
        assertEquals(2, log.entries().size());
        assertEquals(new ProcessingEntry(CUSTOMER, "billing", List.of("contact.email", "contact"), NOW, "test-job"),
                log.entries().get(1));
    }

    @Test
    void purposeAllowedAParentCategoryMayLoadAFieldOfItsSubcategory() {
        // billing is allowed "contact" only; the entity's e-mail is annotated "contact.email", below it.
        storeCustomerForBilling();

        scope("billing").run(() -> read(factory, em -> em.find(GuardedCustomer.class, 17L)));

        assertTrue(log.entries().stream().allMatch(e -> e.categories().contains("contact.email")));
    }

    @Test
    void refusesALoadWhosePurposeDoesNotCoverACategoryAndRecordsNothing() {
        // support is allowed contact.email only, not the phone number under "contact".
        storeCustomerForBilling();
        List<ProcessingEntry> before = log.entries();

        PurposeViolationException refused = assertThrows(PurposeViolationException.class,
                () -> scope("support").run(() -> read(factory, em -> em.find(GuardedCustomer.class, 17L))));

        assertEquals("support", refused.purpose());
        assertEquals("contact", refused.category());
        assertEquals(DenialReason.NOT_COVERED, refused.code());
        assertFalse(refused.getMessage().contains(EMAIL), refused.getMessage());
        assertEquals(before, log.entries());
    }

    @Test
    void refusesAPersistForASubjectWhoObjectedAndWritesNothing() {
        SubjectState objected = SubjectState.builder(CUSTOMER).objectedToDirectMarketing(NOW).build();
        ProcessingScope newsletter = ProcessingScope.of(policy, objected, policy.purpose("newsletter"), "mailer");

        try (EntityManagerFactory withDefaults = factory(true)) {
            PurposeViolationException refused = assertThrows(PurposeViolationException.class,
                    () -> newsletter.run(() -> inTransaction(withDefaults,
                            em -> em.persist(new DefaultListenedContact(5, EMAIL)))));

            assertEquals(DenialReason.OBJECTED_TO_DIRECT_MARKETING, refused.code());
            assertEquals("newsletter", refused.purpose());
            assertEquals("contact.email", refused.category());
            assertTrue(log.entries().isEmpty());
            assertNull(read(withDefaults, em -> em.find(DefaultListenedContact.class, 5L)));
        }
    }

    @Test
    void refusesAnUpdateFlushedUnderAPurposeThatDoesNotCoverTheEntityAndKeepsTheStoredValue() {
        storeCustomerForBilling();
        EntityManager em = factory.createEntityManager();
        try {
            em.getTransaction().begin();
            scope("billing").run(() -> em.find(GuardedCustomer.class, 17L).changeEmail("other@example.invalid"));
            int before = log.entries().size();

            // The change is flushed, and so checked, under support, which may not process the phone's "contact".
            PurposeViolationException refused = assertThrows(PurposeViolationException.class,
                    () -> scope("support").run(em::flush));

            assertEquals("contact", refused.category());
            assertEquals(before, log.entries().size());
        } finally {
            em.getTransaction().rollback();
            em.close();
        }

        GuardedCustomer stored = scope("billing").call(() -> read(factory, x -> x.find(GuardedCustomer.class, 17L)));
        assertEquals(EMAIL, stored.email());
    }

    @Test
    void recordsAnAllowedUpdate() {
        storeCustomerForBilling();

        scope("billing").run(() -> inTransaction(factory,
                em -> em.find(GuardedCustomer.class, 17L).changeEmail("other@example.invalid")));

        // persist, load, update
        assertEquals(3, log.entries().size());
        assertEquals(List.of("billing", "billing", "billing"), log.entries().stream().map(ProcessingEntry::purpose)
                .toList());
    }

    @Test
    void refusesALoadOutsideAnyScopeByDefault() {
        storeCustomerForBilling();
        int before = log.entries().size();

        MissingProcessingScopeException refused = assertThrows(MissingProcessingScopeException.class,
                () -> read(factory, em -> em.find(GuardedCustomer.class, 17L)));

        assertEquals(GuardedCustomer.class.getName(), refused.entity());
        assertEquals(List.of("contact.email", "contact"), refused.categories());
        assertFalse(refused.getMessage().contains(EMAIL));
        assertEquals(before, log.entries().size());
    }

    @Test
    void letsALoadOutsideAnyScopeThroughUnrecordedWhenTheGuardSaysSo() {
        storeCustomerForBilling();
        int before = log.entries().size();

        try (var allowing = PersonalDataGuard.recordingTo(log).withOutsideScope(OutsideScope.ALLOW_UNRECORDED)
                .install()) {
            GuardedCustomer loaded = read(factory, em -> em.find(GuardedCustomer.class, 17L));
            assertEquals(EMAIL, loaded.email());
        }

        assertEquals(before, log.entries().size());
    }

    @Test
    void refusesAccessInsideAScopeWhenNoGuardIsInstalledToRecordIt() {
        installation.close();

        assertThrows(MissingProcessingScopeException.class, () -> scope("billing").run(() -> inTransaction(factory,
                em -> em.persist(new GuardedCustomer(18, EMAIL, "040")))));
        assertTrue(log.entries().isEmpty());
    }

    @Test
    void letsEntitiesWithoutPersonalDataThroughOutsideAnyScope() {
        inTransaction(factory, em -> em.persist(new PlainOrder(1, 4200)));

        assertEquals(4200, read(factory, em -> em.find(PlainOrder.class, 1L)).amountCents());
        assertTrue(log.entries().isEmpty());
    }

    @Test
    void guardsEveryEntityThroughTheDefaultListenerOfTheMappingFile() {
        try (EntityManagerFactory withDefaults = factory(true)) {
            assertThrows(MissingProcessingScopeException.class,
                    () -> inTransaction(withDefaults, em -> em.persist(new DefaultListenedContact(1, EMAIL))));

            scope("support").run(() -> inTransaction(withDefaults,
                    em -> em.persist(new DefaultListenedContact(2, EMAIL))));

            assertEquals(List.of(new ProcessingEntry(CUSTOMER, "support", List.of("contact.email"), NOW, "test-job")),
                    log.entries());
        }
    }

    @Test
    void withoutTheMappingFileAnEntityWithoutEntityListenersIsNotGuarded() {
        inTransaction(factory, em -> em.persist(new DefaultListenedContact(3, EMAIL)));

        assertTrue(log.entries().isEmpty());
    }
}
