package fi.rekisteri.jpa;

import fi.rekisteri.core.policy.ProcessingScope;
import fi.rekisteri.jpa.internal.PersonalDataScan;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import java.util.List;
import java.util.Optional;

/**
 * A Jakarta Persistence entity listener that enforces the register's purposes on an application's own entities: an
 * entity with {@link PersonalData} fields is loaded, persisted or updated only inside a {@link ProcessingScope} whose
 * purpose covers every category it holds, for that subject; each allowed access is recorded as one entry in the
 * {@link PersonalDataGuard installed guard}'s processing log.
 *
 * <p>A denied access throws core's {@link fi.rekisteri.core.policy.PurposeViolationException} (purpose, category,
 * reason, never the entity's values) and records nothing; access outside any scope, or with no guard installed,
 * throws {@link MissingProcessingScopeException} unless the guard says {@link OutsideScope#ALLOW_UNRECORDED}. By the
 * Jakarta Persistence rules an exception from a callback marks the transaction for rollback; discard the entity
 * manager after a refused load.
 *
 * <p>Register it on each entity with {@code @EntityListeners(PersonalDataListener.class)}, or for every entity of a
 * persistence unit by adding the mapping file {@value #ORM_XML} — not both, or each access is recorded twice.
 * Entities without annotated fields pass untouched, at the cost of one class-value lookup. Writes are checked when the
 * provider flushes: flush or commit inside the scope.
 *
 * <p>The listener sees what the database returns, not what the persistence context serves: an entity already managed
 * is returned by {@code find} or a query with no callback. Use the entity managers of
 * {@link PersonalDataGuard#guard(jakarta.persistence.EntityManagerFactory)}, which check those too; its description
 * says exactly what is checked and what no entity guard can see (projections, native SQL, bulk updates).
 *
 * <p>Each entity loaded or written is one log entry, naming every category its class holds (whether or not a field is
 * null) under the scope's subject: the listener does not know which subject an entity is about, so a scope should
 * load only its own subject's entities.
 */
public class PersonalDataListener {

    /** The mapping file that makes this listener a default listener of a persistence unit that lists it. */
    public static final String ORM_XML = "META-INF/rekisteri-personal-data-orm.xml";

    /** Created by the persistence provider. */
    public PersonalDataListener() {}

    /** Checks and records a load. */
    @PostLoad
    public void loaded(Object entity) {
        enforce(entity, "load");
    }

    /** Checks and records a first write. */
    @PrePersist
    public void persisting(Object entity) {
        enforce(entity, "persist");
    }

    /** Checks and records an update. */
    @PreUpdate
    public void updating(Object entity) {
        enforce(entity, "update");
    }

    /** Checks and records an access to the entity under the thread's scope; throws when it is not allowed. */
    static void enforce(Object entity, String operation) {
        Class<?> type = entity.getClass();
        List<String> categories = PersonalDataScan.categories(type);
        if (categories.isEmpty()) {
            return;
        }
        Optional<PersonalDataGuard> guard = PersonalDataGuard.installed();
        Optional<ProcessingScope> scope = ProcessingScope.current();
        String name = PersonalDataScan.entityClass(type).getName();
        if (scope.isEmpty()) {
            if (guard.isPresent() && guard.get().outsideScope() == OutsideScope.ALLOW_UNRECORDED) {
                GuardCall.noteChecked(entity);
                return;
            }
            throw new MissingProcessingScopeException(name, categories, operation,
                    "no processing scope is bound to this thread; run the access inside ProcessingScope.run/call");
        }
        if (guard.isEmpty()) {
            throw new MissingProcessingScopeException(name, categories, operation,
                    "no PersonalDataGuard is installed to record it; install one at start-up");
        }
        // Checks every category before recording any: a denial throws PurposeViolationException and leaves no entry.
        scope.get().recordTo(guard.get().log(), guard.get().clock(), categories.toArray(String[]::new));
        GuardCall.noteChecked(entity);
    }
}
