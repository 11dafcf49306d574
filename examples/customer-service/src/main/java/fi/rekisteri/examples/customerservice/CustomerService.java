package fi.rekisteri.examples.customerservice;

import fi.rekisteri.core.Register;
import fi.rekisteri.core.policy.ProcessingScope;
import fi.rekisteri.core.policy.PurposePolicy;
import fi.rekisteri.core.policy.SubjectId;
import fi.rekisteri.core.policy.SubjectState;
import fi.rekisteri.jpa.CoverageReport;
import fi.rekisteri.jpa.PersonalDataCoverage;
import fi.rekisteri.jpa.PersonalDataGuard;
import fi.rekisteri.jpa.PersonalDataListener;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceConfiguration;
import jakarta.persistence.PersistenceUnitTransactionType;
import java.time.Clock;
import java.util.UUID;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The app's service layer: each operation runs for one purpose, for one customer, inside a {@link ProcessingScope};
 * {@link PersonalDataListener} (the persistence unit's default listener) checks every entity loaded or written
 * against it and records the access, and the {@linkplain PersonalDataGuard#guard guarded} entity managers check what
 * their persistence context serves without a load.
 */
final class CustomerService implements AutoCloseable {

    private final EntityManagerFactory factory;
    private final PurposePolicy policy;
    private final Clock clock;
    private final Outbox outbox;

    private CustomerService(EntityManagerFactory factory, PurposePolicy policy, Clock clock, Outbox outbox) {
        this.factory = factory;
        this.policy = policy;
        this.clock = clock;
        this.outbox = outbox;
    }

    /** Starts the app on a new in-memory H2 database. */
    static CustomerService start(Register register, Clock clock, Outbox outbox) {
        EntityManagerFactory factory = new PersistenceConfiguration("customer-service")
                .transactionType(PersistenceUnitTransactionType.RESOURCE_LOCAL)
                .property(PersistenceConfiguration.JDBC_URL, "jdbc:h2:mem:customer-service-" + UUID.randomUUID()
                        + ";DB_CLOSE_DELAY=-1")
                .property(PersistenceConfiguration.JDBC_USER, "sa")
                .property(PersistenceConfiguration.JDBC_PASSWORD, "")
                .property(PersistenceConfiguration.SCHEMAGEN_DATABASE_ACTION, "create")
                // Every entity is guarded without @EntityListeners on each: the library's mapping file makes
                // PersonalDataListener the unit's default listener.
                .mappingFile(PersonalDataListener.ORM_XML)
                .managedClass(Customer.class)
                .managedClass(Invoice.class)
                .managedClass(MarketingObjection.class)
                .createEntityManagerFactory();
        // Guarded entity managers also check entities served from their persistence context, which the listener
        // never sees, and each serves one processing scope.
        factory = PersonalDataGuard.guard(factory);
        return new CustomerService(factory, PurposePolicy.compile(register), clock, outbox);
    }

    /** Which personal data the entities hold that the register does not declare, and the reverse. */
    CoverageReport coverage() {
        return PersonalDataCoverage.check(policy.register(), factory.getMetamodel());
    }

    /** Takes on a new customer, for the purpose of managing the customer relationship. */
    void onboard(String customerNumber, String name, String email) {
        inTransaction(scope(customerNumber, "customer-relationship", "customer-service"), em -> {
            em.persist(new Customer(customerNumber, name, email));
            return null;
        });
    }

    /** Records that the customer objected to direct marketing. */
    void objectToDirectMarketing(String customerNumber) {
        transaction(em -> {
            em.persist(new MarketingObjection(customerNumber, clock.instant()));
            return null;
        });
    }

    /** Bills the customer: loads the customer, stores the invoice and e-mails it, all for the purpose billing. */
    Invoice sendInvoice(String invoiceNumber, String customerNumber, long amountCents, String payerId) {
        return inTransaction(scope(customerNumber, "billing", "billing-run"), em -> {
            Customer customer = em.find(Customer.class, customerNumber);
            Invoice invoice = new Invoice(invoiceNumber, customerNumber, amountCents, payerId);
            em.persist(invoice);
            outbox.send(customer.email(), "Lasku " + invoiceNumber);
            return invoice;
        });
    }

    /**
     * E-mails the newsletter to the customer, for the purpose direct-marketing.
     *
     * @throws fi.rekisteri.core.policy.PurposeViolationException if the customer objected to direct marketing
     */
    void sendNewsletter(String customerNumber) {
        inTransaction(scope(customerNumber, "direct-marketing", "newsletter"), em -> {
            Customer customer = em.find(Customer.class, customerNumber);
            outbox.send(customer.email(), "Mainostakomon uutiskirje");
            return null;
        });
    }

    /**
     * Opens an invoice for technical support.
     *
     * @throws fi.rekisteri.core.policy.PurposeViolationException always: support may not see billing history
     */
    Invoice openInvoiceForSupport(String customerNumber, String invoiceNumber) {
        return inTransaction(scope(customerNumber, "technical-support", "support-desk"),
                em -> em.find(Invoice.class, invoiceNumber));
    }

    private ProcessingScope scope(String customerNumber, String purpose, String actor) {
        return ProcessingScope.of(policy, stateOf(customerNumber), policy.purpose(purpose), actor);
    }

    /** What the customer has said: an objection to direct marketing, if any. */
    private SubjectState stateOf(String customerNumber) {
        try (EntityManager em = factory.createEntityManager()) {
            SubjectState.Builder state = SubjectState.builder(SubjectId.of(customerNumber));
            MarketingObjection objection = em.find(MarketingObjection.class, customerNumber);
            if (objection != null) {
                state.objectedToDirectMarketing(objection.objectedAt());
            }
            return state.build();
        }
    }

    /** Runs the work in a transaction inside the scope: commits inside it too, as writes are checked on flush. */
    private <T extends @Nullable Object> T inTransaction(ProcessingScope scope, Function<EntityManager, T> work) {
        return scope.call(() -> transaction(work));
    }

    private <T extends @Nullable Object> T transaction(Function<EntityManager, T> work) {
        EntityManager em = factory.createEntityManager();
        try {
            em.getTransaction().begin();
            T result = work.apply(em);
            em.getTransaction().commit();
            return result;
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.close();
        }
    }

    @Override
    public void close() {
        factory.close();
    }
}
