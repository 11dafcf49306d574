package fi.rekisteri.jpa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.rekisteri.core.policy.DenialReason;
import fi.rekisteri.core.policy.InMemoryProcessingLog;
import fi.rekisteri.core.policy.ProcessingEntry;
import fi.rekisteri.core.policy.ProcessingScope;
import fi.rekisteri.core.policy.PurposePolicy;
import fi.rekisteri.core.policy.PurposeViolationException;
import fi.rekisteri.core.policy.SubjectId;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceConfiguration;
import jakarta.persistence.PersistenceUnitTransactionType;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@link PersonalDataGuard#guard}: an entity already in the persistence context is checked when it is handed out,
 * and one persistence context serves one processing scope.
 */
abstract class GuardedEntityManagerContract {

    private static final Instant NOW = Instant.parse("2026-03-01T09:00:00Z");
    private static final SubjectId CUSTOMER = SubjectId.of("customer-17");
    private static final String EMAIL = "matti.meikalainen@example.invalid";
    private static final List<String> CATEGORIES = List.of("contact.email", "contact");

    private final PurposePolicy policy = PurposePolicy.compile(GuardTestRegisters.customers());
    private final InMemoryProcessingLog log = new InMemoryProcessingLog();
    private EntityManagerFactory raw;
    private EntityManagerFactory factory;
    private PersonalDataGuard.Installation installation;

    abstract TestDatabase database();

    @BeforeEach
    void start() {
        TestDatabase database = database();
        raw = new PersistenceConfiguration("guarded-" + database.name())
                .transactionType(PersistenceUnitTransactionType.RESOURCE_LOCAL)
                .property(PersistenceConfiguration.JDBC_URL, database.freshDatabase())
                .property(PersistenceConfiguration.JDBC_USER, database.user())
                .property(PersistenceConfiguration.JDBC_PASSWORD, "")
                .property(PersistenceConfiguration.SCHEMAGEN_DATABASE_ACTION, "create")
                .managedClass(GuardedCustomer.class)
                .managedClass(PlainOrder.class)
                .managedClass(CustomerOrder.class)
                .createEntityManagerFactory();
        factory = PersonalDataGuard.guard(raw);
        installation = PersonalDataGuard.recordingTo(log).withClock(Clock.fixed(NOW, ZoneOffset.UTC)).install();
        scope("billing").run(() -> factory.runInTransaction(em -> {
            GuardedCustomer customer = new GuardedCustomer(17, EMAIL, "040");
            em.persist(customer);
            em.persist(new PlainOrder(1, 4200));
            em.persist(new CustomerOrder(2, customer));
        }));
    }

    @AfterEach
    void stop() {
        installation.close();
        raw.close();
    }

    private ProcessingScope scope(String purpose) {
        return ProcessingScope.of(policy, CUSTOMER, policy.purpose(purpose), "test-job");
    }

    private static ProcessingEntry entry(String purpose) {
        return new ProcessingEntry(CUSTOMER, purpose, CATEGORIES, NOW, "test-job");
    }

    /** An entity manager whose context holds the customer, loaded outside any scope and unrecorded. */
    private EntityManager holdingTheCustomerUnchecked(EntityManagerFactory emf) {
        EntityManager em = emf.createEntityManager();
        try (var allowing = PersonalDataGuard.recordingTo(log).withOutsideScope(OutsideScope.ALLOW_UNRECORDED)
                .install()) {
            em.find(GuardedCustomer.class, 17L);
        }
        return em;
    }

    @Test
    void theListenerAloneDoesNotSeeAnEntityServedFromThePersistenceContext() {
        // Why guard(...) exists: no @PostLoad fires for an entity already managed.
        try (EntityManager em = holdingTheCustomerUnchecked(raw)) {
            int before = log.entries().size();
            GuardedCustomer served = scope("support").call(() -> em.find(GuardedCustomer.class, 17L));
            assertEquals(EMAIL, served.email());
            assertEquals(before, log.entries().size());
        }
    }

    @Test
    void refusesAnEntityServedFromThePersistenceContextToAPurposeThatMayNotHaveIt() {
        try (EntityManager em = holdingTheCustomerUnchecked(factory)) {
            List<ProcessingEntry> before = log.entries();

            PurposeViolationException refused = assertThrows(PurposeViolationException.class,
                    () -> scope("support").run(() -> em.find(GuardedCustomer.class, 17L)));

            assertEquals("support", refused.purpose());
            assertEquals("contact", refused.category());
            assertEquals(DenialReason.NOT_COVERED, refused.code());
            assertFalse(refused.getMessage().contains(EMAIL));
            assertEquals(before, log.entries());
        }
    }

    @Test
    void recordsAnEntityServedFromThePersistenceContextOncePerScope() {
        try (EntityManager em = holdingTheCustomerUnchecked(factory)) {
            int before = log.entries().size();
            ProcessingScope billing = scope("billing");

            billing.run(() -> {
                em.find(GuardedCustomer.class, 17L);
                em.find(GuardedCustomer.class, 17L);
            });
            assertEquals(List.of(entry("billing")), log.entries().subList(before, log.entries().size()));

            scope("billing").run(() -> em.find(GuardedCustomer.class, 17L));
            assertEquals(before + 2, log.entries().size());
        }
    }

    @Test
    void recordsAFreshLoadOnceNotAgainWhenItIsHandedOut() {
        int before = log.entries().size();

        try (EntityManager em = factory.createEntityManager()) {
            scope("billing").run(() -> em.find(GuardedCustomer.class, 17L));
        }

        assertEquals(List.of(entry("billing")), log.entries().subList(before, log.entries().size()));
    }

    @Test
    void checksEveryEntityOfAQueryResultInListsRowsAndStreams() {
        try (EntityManager em = holdingTheCustomerUnchecked(factory)) {
            ProcessingScope support = scope("support");

            assertThrows(PurposeViolationException.class, () -> support.run(() -> em.createQuery(
                    "select c from GuardedCustomer c", GuardedCustomer.class).getResultList()));
            assertThrows(PurposeViolationException.class, () -> support.run(() -> em.createQuery(
                    "select c from GuardedCustomer c where c.id = :id", GuardedCustomer.class)
                    .setParameter("id", 17L).getSingleResult()));
            assertThrows(PurposeViolationException.class, () -> support.run(() -> em.createQuery(
                    "select c.id, c from GuardedCustomer c", Object[].class).getResultList()));
            assertThrows(PurposeViolationException.class, () -> support.run(() -> {
                try (Stream<GuardedCustomer> customers = em.createQuery("select c from GuardedCustomer c",
                        GuardedCustomer.class).getResultStream()) {
                    customers.forEach(customer -> { });
                }
            }));
            // Entities without personal data, and scalar values, pass.
            assertEquals(1, support.call(() -> em.createQuery("select o from PlainOrder o", PlainOrder.class)
                    .getResultList().size()));
            assertEquals(List.of(17L), support.call(() -> em.createQuery("select c.id from GuardedCustomer c",
                    Long.class).getResultList()));
        }
    }

    @Test
    void checksAReferenceToAnEntityAlreadyLoaded() {
        try (EntityManager em = holdingTheCustomerUnchecked(factory)) {
            assertThrows(PurposeViolationException.class,
                    () -> scope("support").run(() -> em.getReference(GuardedCustomer.class, 17L)));
        }
    }

    @Test
    void anEntityManagerServesOneScopeUntilCleared() {
        try (EntityManager em = factory.createEntityManager()) {
            scope("billing").run(() -> em.find(GuardedCustomer.class, 17L));
            int before = log.entries().size();

            IllegalStateException refused = assertThrows(IllegalStateException.class,
                    () -> scope("newsletter").run(() -> em.find(PlainOrder.class, 1L)));
            assertTrue(refused.getMessage().contains("'billing'") && refused.getMessage().contains("'newsletter'"),
                    refused.getMessage());
            assertFalse(refused.getMessage().contains("customer-17") || refused.getMessage().contains("test-job"),
                    refused.getMessage());
            assertEquals(before, log.entries().size());

            em.clear();
            PurposeViolationException denied = assertThrows(PurposeViolationException.class,
                    () -> scope("support").run(() -> em.find(GuardedCustomer.class, 17L)));
            assertEquals("contact", denied.category());
        }
    }

    @Test
    void anotherSubjectIsAnotherScope() {
        try (EntityManager em = factory.createEntityManager()) {
            scope("billing").run(() -> em.find(GuardedCustomer.class, 17L));
            ProcessingScope other = ProcessingScope.of(policy, SubjectId.of("customer-18"), policy.purpose("billing"),
                    "test-job");

            IllegalStateException refused = assertThrows(IllegalStateException.class,
                    () -> other.run(() -> em.find(GuardedCustomer.class, 17L)));
            assertTrue(refused.getMessage().contains("another subject or actor"), refused.getMessage());
        }
    }

    @Test
    void theFactoryGuardsTheEntityManagersItHandsToTransactions() {
        factory.runInTransaction(em -> {
            assertSame(em, PersonalDataGuard.guard(em));
            scope("billing").run(() -> em.find(GuardedCustomer.class, 17L));
            assertThrows(IllegalStateException.class,
                    () -> scope("support").run(() -> em.find(GuardedCustomer.class, 17L)));
        });
        assertSame(factory, PersonalDataGuard.guard(factory));
    }

    @Test
    void outsideAnyScopeAServedEntityIsRefusedByDefault() {
        try (EntityManager em = factory.createEntityManager()) {
            scope("billing").run(() -> em.find(GuardedCustomer.class, 17L));

            assertThrows(MissingProcessingScopeException.class, () -> em.find(GuardedCustomer.class, 17L));
        }
    }

    /** The customer as loaded under billing by an entity manager since closed. */
    private GuardedCustomer detachedCustomer() {
        return scope("billing").call(() -> {
            try (EntityManager em = factory.createEntityManager()) {
                return em.find(GuardedCustomer.class, 17L);
            }
        });
    }

    @Test
    void checksTheManagedCopyThatMergeReturns() {
        GuardedCustomer detached = detachedCustomer();
        try (EntityManager em = holdingTheCustomerUnchecked(factory)) {
            List<ProcessingEntry> before = log.entries();

            PurposeViolationException refused = assertThrows(PurposeViolationException.class,
                    () -> scope("support").run(() -> em.merge(detached)));

            assertEquals("support", refused.purpose());
            assertEquals(before, log.entries());
        }
    }

    @Test
    void recordsTheManagedCopyThatMergeReturnsOnce() {
        GuardedCustomer detached = detachedCustomer();
        try (EntityManager em = holdingTheCustomerUnchecked(factory)) {
            int before = log.entries().size();

            GuardedCustomer managed = scope("billing").call(() -> em.merge(detached));

            assertEquals(EMAIL, managed.email());
            assertEquals(List.of(entry("billing")), log.entries().subList(before, log.entries().size()));
        }
    }

    @Test
    void checksARefreshAgainstTheScopeOfTheMoment() {
        try (EntityManager em = factory.createEntityManager()) {
            GuardedCustomer held;
            try (var allowing = PersonalDataGuard.recordingTo(log).withOutsideScope(OutsideScope.ALLOW_UNRECORDED)
                    .install()) {
                held = em.find(GuardedCustomer.class, 17L);
            }

            assertThrows(PurposeViolationException.class, () -> scope("support").run(() -> em.refresh(held)));
        }
    }

    @Test
    void checksAnEntityReachedThroughALoadedAssociation() {
        // The order has no personal data, but its customer, already in the context unchecked, comes with it.
        try (EntityManager em = holdingTheCustomerUnchecked(factory)) {
            List<ProcessingEntry> before = log.entries();

            assertThrows(PurposeViolationException.class,
                    () -> scope("support").run(() -> em.find(CustomerOrder.class, 2L)));
            assertThrows(PurposeViolationException.class, () -> scope("support").run(() -> em.createQuery(
                    "select o from CustomerOrder o", CustomerOrder.class).getResultList()));
            assertEquals(before, log.entries());
        }
    }

    @Test
    void checksAnAssociationLoadedLazilyWhenItIsFirstUsed() {
        try (EntityManager em = factory.createEntityManager()) {
            CustomerOrder order = scope("support").call(() -> em.find(CustomerOrder.class, 2L));

            assertThrows(PurposeViolationException.class,
                    () -> scope("support").run(() -> order.customer().email()));
        }
    }

    @Test
    void recordsACustomerReachedThroughAnOrderUnderAPurposeThatMayHaveIt() {
        try (EntityManager em = holdingTheCustomerUnchecked(factory)) {
            int before = log.entries().size();

            CustomerOrder order = scope("billing").call(() -> em.find(CustomerOrder.class, 2L));

            assertEquals(EMAIL, order.customer().email());
            assertEquals(List.of(entry("billing")), log.entries().subList(before, log.entries().size()));
        }
    }
}
