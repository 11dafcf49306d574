package fi.rekisteri.jpa.internal;

import fi.rekisteri.core.Register;
import fi.rekisteri.jpa.Change;
import fi.rekisteri.jpa.RegisterRevision;
import fi.rekisteri.jpa.RevisionSummary;
import fi.rekisteri.jpa.StaleRevisionException;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The store's statements, each run in the entity manager and transaction it is given. */
public final class RevisionRepository {

    /**
     * The collection a whole revision's query fetches with the revision's row, so that it costs no statement of its
     * own: one collection only, as two would multiply each other's rows. Such a query is read as a list, which the
     * provider reads whole, so every row of the join reaches the collection; what a stream does with a collection
     * fetch the specification leaves to the provider.
     */
    private static final String FETCH_WITH_ROW = " left join fetch r.acknowledgements";

    private RevisionRepository() {}

    /**
     * Saves a register as the revision after {@code basedOn}.
     *
     * <p>The register's row is updated and flushed first, so that a concurrent save fails on the version check
     * before any row of the snapshot is written.
     *
     * @throws fi.rekisteri.core.RegisterValidationException if a value is too long for its column; nothing is written
     * @throws StaleRevisionException if the current revision, as this entity manager sees it, is not {@code basedOn}
     * @throws jakarta.persistence.PersistenceException if the flush fails, for instance on the version check
     */
    public static RegisterRevision save(
            EntityManager em, Register register, int basedOn, Change change, Instant savedAt) {
        String key = register.key();
        ColumnLimits.check(register, change);
        RegisterEntity head = em.find(RegisterEntity.class, key);
        if (head != null && head.currentRevision() != basedOn) {
            // A long-lived persistence context may hold an old state of the row: judge by the database's.
            em.refresh(head);
        }
        int current = head == null ? 0 : head.currentRevision();
        if (current != basedOn) {
            throw new StaleRevisionException(key, basedOn, current);
        }
        int number = basedOn + 1;
        if (head == null) {
            head = new RegisterEntity(key);
            head.advanceTo(number);
            em.persist(head);
        } else {
            head.advanceTo(number);
        }
        em.flush();
        RevisionEntity revision =
                RegisterMapping.toRevision(head, number, savedAt, change.author(), change.comment(), register);
        em.persist(revision);
        em.flush();
        em.detach(revision);
        return new RegisterRevision(key, number, savedAt, change.author(), change.comment(), register);
    }

    /** The current revision of a register, loaded whole. */
    public static Optional<RegisterRevision> current(EntityManager em, String key) {
        return em.createQuery("select r from RekisteriRevision r join r.register h" + FETCH_WITH_ROW
                        + " where h.key = :key and r.number = h.currentRevision", RevisionEntity.class)
                .setParameter("key", key)
                .getResultList()
                .stream()
                .findFirst()
                .map(r -> load(em, r));
    }

    /** A given revision of a register, loaded whole. */
    public static Optional<RegisterRevision> revision(EntityManager em, String key, int number) {
        return em.createQuery("select r from RekisteriRevision r" + FETCH_WITH_ROW
                        + " where r.registerKey = :key and r.number = :number", RevisionEntity.class)
                .setParameter("key", key)
                .setParameter("number", number)
                .getResultList()
                .stream()
                .findFirst()
                .map(r -> load(em, r));
    }

    /** The revisions of a register, oldest first, without their contents. */
    public static List<RevisionSummary> history(EntityManager em, String key) {
        return em.createQuery("select r from RekisteriRevision r where r.registerKey = :key order by r.number",
                        RevisionEntity.class)
                .setParameter("key", key)
                .getResultStream()
                .map(r -> summary(em, r))
                .toList();
    }

    /** The current revision of every register, by key, without their contents. */
    public static List<RevisionSummary> registers(EntityManager em) {
        return em.createQuery("select r from RekisteriRevision r join r.register h"
                        + " where r.number = h.currentRevision order by h.key", RevisionEntity.class)
                .getResultStream()
                .map(r -> summary(em, r))
                .toList();
    }

    /** A register's current revision number, 0 when it has none. */
    public static int currentNumber(EntityManager em, String key) {
        return em.createQuery("select h.currentRevision from RekisteriRegister h where h.key = :key", Integer.class)
                .setParameter("key", key)
                .getResultStream()
                .findFirst()
                .orElse(0);
    }

    // Revisions never change once written: once mapped, the rows need not stay in a caller's persistence context.

    private static RegisterRevision load(EntityManager em, RevisionEntity r) {
        r.loadCollections();
        RegisterRevision revision = new RegisterRevision(r.registerKey, r.number, r.savedAt,
                Optional.ofNullable(r.author), Optional.ofNullable(r.comment), RegisterMapping.toRegister(r));
        em.detach(r);
        return revision;
    }

    private static RevisionSummary summary(EntityManager em, RevisionEntity r) {
        RevisionSummary summary = new RevisionSummary(r.registerKey, r.number, r.savedAt,
                Optional.ofNullable(r.author), Optional.ofNullable(r.comment));
        em.detach(r);
        return summary;
    }
}
