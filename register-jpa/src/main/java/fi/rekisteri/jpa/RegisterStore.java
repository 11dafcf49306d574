package fi.rekisteri.jpa;

import fi.rekisteri.core.Register;
import fi.rekisteri.core.diff.RegisterDiff;
import fi.rekisteri.jpa.internal.PublicationRepository;
import fi.rekisteri.jpa.internal.RevisionRepository;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Registers and every revision of them in a database.
 *
 * <p>Every save stores the whole register as a new revision, numbered 1, 2, 3 … per register, with the time, and the
 * author and comment of its {@link Change}. A save names the revision its edit started from; if someone saved in
 * between, it fails with a {@link StaleRevisionException} and stores nothing, so no edit is lost silently.
 *
 * <p>Transactions: a store made with {@link #of(EntityManagerFactory)} runs each call in a resource-local transaction
 * of its own and commits it (or rolls it back when the call fails); the persistence unit must be
 * {@code RESOURCE_LOCAL}. A store made with {@link #joining(EntityManager)} runs in the caller's entity manager and
 * transaction (JTA or resource-local) and neither begins nor commits: after a failed save the caller must roll back.
 *
 * <p>Every part of the register is kept, its acknowledgements of compliance findings and its statement that no data
 * protection officer is designated among them, so a revision reads back equal to the register saved.
 *
 * <p>Loading a revision costs a fixed number of statements (fourteen: the revision's row with its acknowledgements,
 * then one for each of its other collections), however many parts the register has.
 *
 * <pre>{@code
 * RegisterStore store = RegisterStore.of(entityManagerFactory);
 * RegisterRevision first = store.save(register, 0, Change.by("maija").because("First version"));
 * Register current = store.find(register.key()).orElseThrow().register();
 * store.save(current.toBuilder().purpose(newsletter).build(), first.number(), Change.by("maija"));
 * }</pre>
 *
 * <p>A store is immutable and thread-safe when made from a factory; one made by {@link #joining(EntityManager)} is
 * as thread-safe as its entity manager, that is, not at all.
 */
public final class RegisterStore {

    private final WorkUnit unit;
    private final Clock clock;

    private RegisterStore(WorkUnit unit, Clock clock) {
        this.unit = unit;
        this.clock = clock;
    }

    /** A store that runs each call in a resource-local transaction of its own, on entity managers of the factory. */
    public static RegisterStore of(EntityManagerFactory factory) {
        return new RegisterStore(WorkUnit.ownTransactions(factory), Clock.systemUTC());
    }

    /**
     * A store that works in the caller's entity manager and in whatever transaction it has joined; a save needs one.
     */
    public static RegisterStore joining(EntityManager entityManager) {
        return new RegisterStore(WorkUnit.joining(entityManager, "save the register",
                "with RegisterStore.of(factory)"), Clock.systemUTC());
    }

    /** This store with another clock for the revisions' times. */
    public RegisterStore withClock(Clock clock) {
        return new RegisterStore(unit, Objects.requireNonNull(clock, "clock"));
    }

    /** Saves a register, based on a revision, without author or comment. See {@link #save(Register, int, Change)}. */
    public RegisterRevision save(Register register, int basedOnRevision) {
        return save(register, basedOnRevision, Change.undescribed());
    }

    /**
     * Saves a register as a new revision.
     *
     * @param register the register, whole
     * @param basedOnRevision the revision the edit started from: the number of the revision loaded, 0 for a register
     *     not saved before
     * @param change who made the change and why
     * @return the new revision, numbered {@code basedOnRevision + 1}
     * @throws StaleRevisionException if the register's current revision is not {@code basedOnRevision}; nothing is
     *     stored
     * @throws fi.rekisteri.core.RegisterValidationException if a value is longer than its column holds (keys and
     *     rule ids 200 characters; names, contact details, acknowledged findings' paths and who acknowledged them
     *     500; each language of a text, and each reason, 10,000), listing each with its path; nothing is stored
     * @throws IllegalStateException if the store joins an entity manager that has no transaction
     */
    public RegisterRevision save(Register register, int basedOnRevision, Change change) {
        Objects.requireNonNull(register, "register");
        Objects.requireNonNull(change, "change");
        if (basedOnRevision < 0) {
            throw new IllegalArgumentException("basedOnRevision " + basedOnRevision + " is negative; use 0 for a"
                    + " register not saved before");
        }
        // Databases keep microseconds at best; a revision read back then equals the one returned here.
        var savedAt = clock.instant().truncatedTo(ChronoUnit.MICROS);
        try {
            return unit.write((em, own) -> RevisionRepository.save(em, register, basedOnRevision, change, savedAt));
        } catch (PersistenceException e) {
            int actual = unit.readCommitted(em -> RevisionRepository.currentNumber(em, register.key()));
            if (causedBy(e, OptimisticLockException.class) || actual != basedOnRevision) {
                StaleRevisionException stale = new StaleRevisionException(register.key(), basedOnRevision, actual);
                stale.initCause(e);
                throw stale;
            }
            throw e;
        }
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    /** The current revision of a register; empty if no register has the key. */
    public Optional<RegisterRevision> find(String registerKey) {
        Objects.requireNonNull(registerKey, "registerKey");
        return unit.read(em -> RevisionRepository.current(em, registerKey));
    }

    /** A given revision of a register; empty if the register or the revision does not exist. */
    public Optional<RegisterRevision> find(String registerKey, int revision) {
        Objects.requireNonNull(registerKey, "registerKey");
        return unit.read(em -> RevisionRepository.revision(em, registerKey, revision));
    }

    /** The revisions of a register, oldest first; empty if no register has the key. */
    public List<RevisionSummary> history(String registerKey) {
        Objects.requireNonNull(registerKey, "registerKey");
        return unit.read(em -> RevisionRepository.history(em, registerKey));
    }

    /** The current revision of every register, ordered by register key. */
    public List<RevisionSummary> registers() {
        return unit.read(RevisionRepository::registers);
    }

    /**
     * Marks a revision as published, now by the store's clock; a revision published before keeps its first time.
     *
     * @return the revision and when it was published
     * @throws IllegalArgumentException naming the register and the revision, if it does not exist
     * @throws IllegalStateException if the store joins an entity manager that has no transaction
     */
    public PublishedRevision publish(String registerKey, int revision) {
        Objects.requireNonNull(registerKey, "registerKey");
        var publishedAt = clock.instant().truncatedTo(ChronoUnit.MICROS);
        return unit.write((em, own) -> PublicationRepository.publish(em, registerKey, revision, publishedAt))
                .orElseThrow(() -> noRevision(registerKey, revision));
    }

    /** The published revisions of a register, in the order they were published; empty if none was. */
    public List<PublishedRevision> published(String registerKey) {
        Objects.requireNonNull(registerKey, "registerKey");
        return unit.read(em -> PublicationRepository.published(em, registerKey));
    }

    /**
     * What changed in a register from one stored revision to another ({@link RegisterDiff#between}).
     *
     * @throws IllegalArgumentException naming the register and the revision, if either revision does not exist
     */
    public RegisterDiff diff(String registerKey, int fromRevision, int toRevision) {
        Objects.requireNonNull(registerKey, "registerKey");
        Register before = find(registerKey, fromRevision).orElseThrow(() -> noRevision(registerKey, fromRevision))
                .register();
        Register after = find(registerKey, toRevision).orElseThrow(() -> noRevision(registerKey, toRevision))
                .register();
        return RegisterDiff.between(before, after);
    }

    private static IllegalArgumentException noRevision(String registerKey, int revision) {
        return new IllegalArgumentException("register '" + registerKey + "' has no revision " + revision);
    }
}
