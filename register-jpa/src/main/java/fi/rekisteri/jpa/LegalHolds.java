package fi.rekisteri.jpa;

import fi.rekisteri.core.policy.SubjectId;
import fi.rekisteri.jpa.internal.LegalHoldEntity;
import jakarta.persistence.EntityManagerFactory;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The legal holds in {@code rk_legal_hold}: place one on a subject or on a row, release it, list them. A
 * {@link RetentionSweep} skips what they hold and reports it as held. Each call runs in a transaction of its own.
 */
public final class LegalHolds {

    private static final int MAX_REASON = 10_000;

    private final EntityManagerFactory factory;
    private final Clock clock;

    private LegalHolds(EntityManagerFactory factory, Clock clock) {
        this.factory = factory;
        this.clock = clock;
    }

    /** The holds of the factory's database, timed by the system clock in UTC. */
    public static LegalHolds of(EntityManagerFactory factory) {
        return new LegalHolds(Objects.requireNonNull(factory, "factory"), Clock.systemUTC());
    }

    /** These holds timed by another clock. */
    public LegalHolds withClock(Clock clock) {
        return new LegalHolds(factory, Objects.requireNonNull(clock, "clock"));
    }

    /**
     * Holds every row of the subject.
     *
     * @throws IllegalArgumentException if the reason is blank or longer than 10,000 characters
     */
    public LegalHold holdSubject(SubjectId subject, String reason) {
        Objects.requireNonNull(subject, "subject");
        return place(new LegalHoldEntity(subject.value(), null, null, reason(reason), clock.instant()));
    }

    /**
     * Holds one row of an entity, by its id.
     *
     * @throws IllegalArgumentException if the class is not an entity of the factory, or the reason is blank or
     *     longer than 10,000 characters
     */
    public LegalHold holdRow(Class<?> entity, Object id, String reason) {
        Objects.requireNonNull(entity, "entity");
        Objects.requireNonNull(id, "id");
        String name = factory.getMetamodel().entity(entity).getName();
        return place(new LegalHoldEntity(null, name, String.valueOf(id), reason(reason), clock.instant()));
    }

    /** Releases a hold; whether there was one with that id. */
    public boolean release(long holdId) {
        return factory.callInTransaction(em -> em.createQuery(
                "delete from RekisteriLegalHold h where h.id = :id").setParameter("id", holdId).executeUpdate() > 0);
    }

    /** The holds in place, oldest first. */
    public List<LegalHold> all() {
        return factory.callInTransaction(em -> em.createQuery(
                "select h from RekisteriLegalHold h order by h.id", LegalHoldEntity.class).getResultList()
                .stream().map(LegalHolds::hold).toList());
    }

    static LegalHold hold(LegalHoldEntity row) {
        return new LegalHold(Objects.requireNonNull(row.id, "hold id"), Optional.ofNullable(row.subjectId)
                .map(SubjectId::new), Optional.ofNullable(row.entityName), Optional.ofNullable(row.rowId),
                row.reason, row.placedAt);
    }

    private LegalHold place(LegalHoldEntity row) {
        return factory.callInTransaction(em -> {
            em.persist(row);
            em.flush();
            return hold(row);
        });
    }

    private static String reason(String reason) {
        Objects.requireNonNull(reason, "reason");
        if (reason.isBlank()) {
            throw new IllegalArgumentException("a legal hold's reason is blank");
        }
        if (reason.length() > MAX_REASON) {
            throw new IllegalArgumentException("a legal hold's reason is " + reason.length()
                    + " characters long; at most " + MAX_REASON + " fit");
        }
        return reason;
    }
}
