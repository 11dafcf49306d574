package fi.rekisteri.jpa;

import fi.rekisteri.core.policy.SubjectId;
import fi.rekisteri.core.policy.SubjectRequest;
import fi.rekisteri.jpa.internal.SubjectRequestEntity;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.LockModeType;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Data subjects' requests in the table {@code rk_subject_request}: when each was received, its requester's identity
 * verified, its deadline extended and why, and when it was answered, with the deadline of GDPR Art. 12(3) kept beside,
 * so that the controller can show every request was answered in time and find those that are late.
 *
 * <pre>{@code
 * SubjectRequestStore requests = SubjectRequestStore.of(factory);
 * StoredRequest r = requests.receive(SubjectRequest.received(subject, SubjectRequest.Kind.ACCESS, today));
 * requests.update(r.id(), q -> q.identityVerified(today));
 * List<StoredRequest> open = requests.open();                 // what the privacy desk has to answer, by deadline
 * List<StoredRequest> late = requests.overdueOn(today);
 * }</pre>
 */
public final class SubjectRequestStore {

    /** The most requests one listing returns. */
    public static final int MAX_LISTED = 10_000;

    private final WorkUnit unit;

    private SubjectRequestStore(WorkUnit unit) {
        this.unit = unit;
    }

    /** A store that runs each call in a resource-local transaction of its own, on entity managers of the factory. */
    public static SubjectRequestStore of(EntityManagerFactory factory) {
        return new SubjectRequestStore(WorkUnit.ownTransactions(factory));
    }

    /** A store that works in the caller's entity manager and transaction; writing needs one. */
    public static SubjectRequestStore joining(EntityManager entityManager) {
        return new SubjectRequestStore(WorkUnit.joining(entityManager, "the subject's request"));
    }

    /**
     * Keeps a request.
     *
     * @throws NullPointerException if {@code request} is null
     * @throws IllegalArgumentException if the subject id or the extension reason is too long for its column
     */
    public StoredRequest receive(SubjectRequest request) {
        Objects.requireNonNull(request, "request");
        if (request.subject().value().length() > 256) {
            throw new IllegalArgumentException("subject id of " + request.subject().value().length()
                    + " characters is longer than 256");
        }
        SubjectRequestEntity row = SubjectRequestEntity.of(request);
        return unit.write((em, own) -> {
            em.persist(row);
            em.flush();
            return new StoredRequest(row.id(), row.request());
        });
    }

    /** The request with the id, if the store has it. */
    public Optional<StoredRequest> find(long id) {
        return unit.read(em -> Optional.ofNullable(em.find(SubjectRequestEntity.class, id))
                .map(row -> new StoredRequest(row.id(), row.request())));
    }

    /**
     * Records what happened to a request: {@code change} gets it as stored and returns it with the new fact
     * ({@code q -> q.answered(today)}). The request's row is locked while the change runs, so that concurrent
     * updates of one request run in turn, each seeing the one before ({@code answered} a second time fails).
     *
     * @throws NullPointerException if {@code change} is null
     * @throws java.util.NoSuchElementException if the store has no request with the id
     * @throws IllegalArgumentException if the change alters the subject, kind or receipt, or a day is out of order
     */
    public StoredRequest update(long id, UnaryOperator<SubjectRequest> change) {
        Objects.requireNonNull(change, "change");
        return unit.write((em, own) -> {
            // Locked until the transaction ends, so that two updates of one request (two desks answering it at
            // once) run one after the other and the second sees the first: answering twice fails rather than
            // overwriting the first answer's day.
            SubjectRequestEntity row = em.find(SubjectRequestEntity.class, id, LockModeType.PESSIMISTIC_WRITE);
            if (row == null) {
                throw new java.util.NoSuchElementException("no subject request " + id);
            }
            SubjectRequest before = row.request();
            SubjectRequest after = Objects.requireNonNull(change.apply(before), "changed request");
            if (!after.subject().equals(before.subject()) || after.kind() != before.kind()
                    || !after.received().equals(before.received())) {
                throw new IllegalArgumentException("request " + id + " keeps its subject, kind and day of receipt");
            }
            row.update(after);
            em.flush();
            return new StoredRequest(id, row.request());
        });
    }

    /** The subject's requests, oldest first. */
    public List<StoredRequest> of(SubjectId subject) {
        Objects.requireNonNull(subject, "subject");
        return unit.read(em -> em.createQuery("select r from RekisteriSubjectRequest r where r.subjectId = :subject"
                        + " order by r.received, r.id", SubjectRequestEntity.class)
                .setParameter("subject", subject.value())
                .setMaxResults(MAX_LISTED)
                .getResultStream().map(row -> new StoredRequest(row.id(), row.request())).toList());
    }

    /** The requests not answered yet, the earliest deadline first, at most {@link #MAX_LISTED}. */
    public List<StoredRequest> open() {
        return unit.read(em -> em.createQuery("select r from RekisteriSubjectRequest r where r.answered is null"
                        + " order by r.due, r.id", SubjectRequestEntity.class)
                .setMaxResults(MAX_LISTED)
                .getResultStream().map(row -> new StoredRequest(row.id(), row.request())).toList());
    }

    /**
     * The requests still open after their deadline on a day, the most overdue first, at most {@link #MAX_LISTED}.
     *
     * @throws NullPointerException if {@code today} is null
     */
    public List<StoredRequest> overdueOn(LocalDate today) {
        Objects.requireNonNull(today, "today");
        return unit.read(em -> em.createQuery("select r from RekisteriSubjectRequest r where r.answered is null"
                        + " and r.due < :today order by r.due, r.id", SubjectRequestEntity.class)
                .setParameter("today", today)
                .setMaxResults(MAX_LISTED)
                .getResultStream().map(row -> new StoredRequest(row.id(), row.request())).toList());
    }
}
