package fi.rekisteri.jpa;

import fi.rekisteri.core.policy.ProcessingLog;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;

/**
 * What {@link PersonalDataListener} needs besides the thread's {@link fi.rekisteri.core.policy.ProcessingScope}: the
 * processing log it records allowed access to, the clock that times the entries, and what to do outside any scope.
 *
 * <p>The persistence provider instantiates entity listeners itself, so they cannot be handed anything. The scope —
 * which subject, which purpose, which actor, checked against which policy — changes with every unit of work and is
 * bound to the thread by {@code ProcessingScope.run}. The log and the clock are the application's, the same for every
 * unit of work, so they are installed once at start-up, process-wide:
 *
 * <pre>{@code
 * PersonalDataGuard.recordingTo(log).install();                   // at start-up
 * scope.run(() -> em.find(Customer.class, id));                  // checked against scope, recorded in log
 * }</pre>
 *
 * <p>One guard serves the whole class loader; an application that keeps several logs installs one that routes. With
 * no guard installed the listener refuses every annotated entity: an access it cannot record must not happen.
 *
 * <h2>What the guard sees, and what it cannot</h2>
 *
 * <p>The listener alone sees what the <em>database</em> returns: Jakarta Persistence fires {@code @PostLoad} only
 * when an entity is loaded into the persistence context (or refreshed). An entity already in the context, loaded
 * under one purpose, is returned by {@code em.find} or a query under another with no callback at all. So use the
 * entity managers {@link #guard(EntityManagerFactory)} or {@link #guard(EntityManager)} give; they close that gap
 * with the standard API only (any provider):
 *
 * <pre>{@code
 * EntityManagerFactory factory = PersonalDataGuard.guard(persistenceConfiguration.createEntityManagerFactory());
 * scope.run(() -> factory.runInTransaction(em -> em.find(Customer.class, id)));   // checked, wherever it came from
 * }</pre>
 *
 * <ul>
 *   <li><strong>Every entity the application gets back is checked</strong> against the thread's scope: from
 *       {@code find}, {@code getReference} (when already loaded; otherwise its first use loads it and the listener
 *       checks that), {@code merge} (the managed copy it returns, which may be one the context already held), and
 *       query results — {@code getResultList}, {@code getSingleResult}, {@code getSingleResultOrNull},
 *       {@code getResultStream} (each row as it is read), entities inside {@code Object[]} and
 *       {@link jakarta.persistence.Tuple} rows included. {@code refresh} reloads from the database, so the listener
 *       checks it. One fresh from the database was checked by {@code @PostLoad} and is not checked twice; one served
 *       from the persistence context is checked and recorded when it is handed out, once per entity and scope
 *       object.</li>
 *   <li><strong>So is every entity reachable through an association already loaded</strong> from what a call
 *       returns: an order without personal data of its own, returned by {@code find}, brings its customer with it,
 *       so the customer is checked too. An association not loaded yet (a lazy one, or a provider's uninitialised
 *       proxy) is checked by {@code @PostLoad} when its first use loads it, under the scope of that moment. The guard
 *       reads the association's field or getter by reflection: an application in a named module opens its entity
 *       packages to {@code fi.rekisteri.jpa} (as it does to the provider), or a call returning such an entity throws
 *       {@link IllegalStateException} rather than hand out what it could not check.</li>
 *   <li><strong>One persistence context serves one scope.</strong> A guarded entity manager is bound to the first
 *       scope it is used in (purpose, subject, actor and policy); used in another it throws
 *       {@link IllegalStateException} until {@code clear()}ed, because the entities already in its context could be
 *       reached by navigating associations, which no callback reports. Calls outside any scope neither bind nor are
 *       refused, and their results are checked as {@link #outsideScope()} says.</li>
 * </ul>
 *
 * <p>What no entity guard can see, and how an application covers it:
 *
 * <ul>
 *   <li><strong>Scalar and constructor projections</strong> ({@code select c.email from Customer c},
 *       {@code select new EmailView(c.email) …}) return values, not entities: nothing says which category they are.
 *       Require the categories in code before such a query — {@code scope.require(policy.category("contact.email"))}
 *       — and record them with {@code scope.recordTo(log, clock, "contact.email")}; or select the entity.</li>
 *   <li><strong>Native SQL and JDBC</strong> ({@code createNativeQuery} returning columns, {@code runWithConnection},
 *       {@code unwrap}, {@code getDelegate}, which hand out the unguarded provider object) bypass the mapping
 *       entirely: check and record as for projections. A native query mapped to an entity class returns entities and
 *       is checked.</li>
 *   <li><strong>Bulk updates and deletes</strong> ({@code executeUpdate}, {@code CriteriaUpdate},
 *       {@code CriteriaDelete}) change rows without loading entities, so no {@code @PreUpdate} fires: require and
 *       record the categories they change before running one, and prefer loading the entities where each change
 *       must be logged per subject.</li>
 *   <li><strong>References the application already holds</strong>, and entities reached from them by navigation
 *       outside the guarded manager's calls, are the application's: a lazy association loaded then is checked by
 *       {@code @PostLoad} under the scope of the moment, one already loaded is not. Keep an entity within the scope
 *       it was obtained in. The same holds for what {@code unwrap} or {@code getDelegate} return, and for entities
 *       inside embeddables, maps' keys or constructor results ({@code select new OrderView(o) …}).</li>
 * </ul>
 *
 * @param log the log allowed access is recorded to
 * @param clock the clock that times the entries
 * @param outsideScope what happens to access outside any scope
 */
public record PersonalDataGuard(ProcessingLog log, Clock clock, OutsideScope outsideScope) {

    private static final AtomicReference<PersonalDataGuard> INSTALLED = new AtomicReference<>();

    /**
     * Creates a guard; {@link #recordingTo(ProcessingLog)} and the {@code with…} methods read better.
     *
     * @throws NullPointerException if an argument is null
     */
    public PersonalDataGuard {
        Objects.requireNonNull(log, "log");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(outsideScope, "outsideScope");
    }

    /** A guard recording to the log with the system clock in UTC, refusing access outside any scope. */
    public static PersonalDataGuard recordingTo(ProcessingLog log) {
        return new PersonalDataGuard(log, Clock.systemUTC(), OutsideScope.DENY);
    }

    /** This guard timing its entries with the clock. */
    public PersonalDataGuard withClock(Clock clock) {
        return new PersonalDataGuard(log, clock, outsideScope);
    }

    /** This guard doing as told with access outside any scope. */
    public PersonalDataGuard withOutsideScope(OutsideScope outsideScope) {
        return new PersonalDataGuard(log, clock, outsideScope);
    }

    /**
     * Makes this the guard every {@link PersonalDataListener} uses, until the returned installation is closed; closing
     * it restores the guard installed before (tests install one per test with try-with-resources).
     */
    public Installation install() {
        return new Installation(this, INSTALLED.getAndSet(this));
    }

    /**
     * An entity manager factory whose entity managers are {@linkplain #guard(EntityManager) guarded}, including those
     * handed to {@code runInTransaction} and {@code callInTransaction}; everything else is delegated. Guarding a
     * guarded factory returns it unchanged.
     *
     * @param factory the application's factory
     * @return the guarded factory
     */
    public static EntityManagerFactory guard(EntityManagerFactory factory) {
        return GuardedPersistence.factory(Objects.requireNonNull(factory, "factory"));
    }

    /**
     * An entity manager that checks every entity it returns against the thread's scope, also those served from its
     * persistence context without a load, and that serves one scope until cleared (see the class description).
     * Guarding a guarded entity manager returns it unchanged.
     *
     * @param entityManager the provider's entity manager
     * @return the guarded entity manager; closing it closes the provider's
     */
    public static EntityManager guard(EntityManager entityManager) {
        return GuardedPersistence.entityManager(Objects.requireNonNull(entityManager, "entityManager"));
    }

    /** The guard installed now, if any. */
    public static Optional<PersonalDataGuard> installed() {
        return Optional.ofNullable(INSTALLED.get());
    }

    /** {@code PersonalDataGuard[InMemoryProcessingLog[3 entries], DENY]}. */
    @Override
    public String toString() {
        return "PersonalDataGuard[" + log + ", " + outsideScope + "]";
    }

    /** A guard's installation; closing it puts back what was installed before. */
    public static final class Installation implements AutoCloseable {

        private final PersonalDataGuard guard;
        private final @Nullable PersonalDataGuard previous;

        private Installation(PersonalDataGuard guard, @Nullable PersonalDataGuard previous) {
            this.guard = guard;
            this.previous = previous;
        }

        /** The installed guard. */
        public PersonalDataGuard guard() {
            return guard;
        }

        /** Restores the previous guard, unless another has been installed since (then that one stays). */
        @Override
        public void close() {
            INSTALLED.compareAndSet(guard, previous);
        }
    }
}
