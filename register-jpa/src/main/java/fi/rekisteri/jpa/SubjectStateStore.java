package fi.rekisteri.jpa;

import fi.rekisteri.core.policy.SubjectId;
import fi.rekisteri.core.policy.SubjectState;
import fi.rekisteri.jpa.internal.SubjectEventRepository;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What each data subject has said, in the table {@code rk_subject_event}: consents (with the version of the consent
 * text), withdrawals, objection to direct marketing, restriction of processing. {@link #load(SubjectId)} gives the
 * {@link SubjectState} that {@link fi.rekisteri.core.policy.PurposePolicy#check(SubjectState, String, String)} takes.
 *
 * <p>The store appends events and derives the state from them rather than updating a row of state: the history is
 * the proof of consent the controller must be able to show (GDPR Art. 7(1)), nothing said is ever overwritten, and
 * two writers recording for the same subject at once both land, with no lost update. A subject has a handful of
 * events, so deriving the state costs one indexed query.
 *
 * <pre>{@code
 * SubjectStateStore subjects = SubjectStateStore.of(entityManagerFactory);
 * subjects.giveConsent(customer, "newsletter", now, "newsletter-consent-v3");
 * Decision d = policy.check(subjects.load(customer), "newsletter", "contact.email");
 * }</pre>
 *
 * <p>Times are kept to the microsecond. Every record operation returns the subject's state with the new event.
 */
public final class SubjectStateStore {

    private final WorkUnit unit;

    private SubjectStateStore(WorkUnit unit) {
        this.unit = unit;
    }

    /** A store that runs each call in a resource-local transaction of its own, on entity managers of the factory. */
    public static SubjectStateStore of(EntityManagerFactory factory) {
        return new SubjectStateStore(WorkUnit.ownTransactions(factory));
    }

    /** A store that works in the caller's entity manager and transaction; recording needs one. */
    public static SubjectStateStore joining(EntityManager entityManager) {
        return new SubjectStateStore(WorkUnit.joining(entityManager, "the subject's event"));
    }

    /** The subject's state now; that of a subject who has said nothing when the store has no event of theirs. */
    public SubjectState load(SubjectId subject) {
        Objects.requireNonNull(subject, "subject");
        return unit.read(em -> SubjectEventRepository.load(em, subject));
    }

    /** Everything the subject has said, oldest first. */
    public List<SubjectEvent> history(SubjectId subject) {
        Objects.requireNonNull(subject, "subject");
        return unit.read(em -> SubjectEventRepository.history(em, subject));
    }

    /**
     * Records a consent to a purpose, given to a version of the consent text; it replaces any earlier consent to the
     * purpose in the state, and stays in the history.
     *
     * @throws IllegalArgumentException if the purpose key (200 characters) or text version (500) is blank or too long
     */
    public SubjectState giveConsent(SubjectId subject, String purposeKey, Instant at, String textVersion) {
        return append(subject, new SubjectEvent.ConsentGiven(purposeKey, at, textVersion));
    }

    /**
     * Records the withdrawal of the consent to a purpose.
     *
     * @throws IllegalStateException if the subject has no live consent to the purpose at that time; nothing is stored
     */
    public SubjectState withdrawConsent(SubjectId subject, String purposeKey, Instant at) {
        return append(subject, new SubjectEvent.ConsentWithdrawn(purposeKey, at));
    }

    /** Records an objection to direct marketing (GDPR Art. 21(2)); an earlier one stays the one in force. */
    public SubjectState objectToDirectMarketing(SubjectId subject, Instant at) {
        return append(subject, new SubjectEvent.ObjectedToDirectMarketing(at));
    }

    /** Records a restriction of processing (GDPR Art. 18); one already in force keeps its start. */
    public SubjectState restrict(SubjectId subject, Instant at) {
        return append(subject, new SubjectEvent.Restricted(at));
    }

    /**
     * Records the end of a restriction of processing.
     *
     * @throws IllegalStateException if processing is not restricted at that time; nothing is stored
     */
    public SubjectState liftRestriction(SubjectId subject, Instant at) {
        return append(subject, new SubjectEvent.RestrictionLifted(at));
    }

    private SubjectState append(SubjectId subject, SubjectEvent event) {
        Objects.requireNonNull(subject, "subject");
        SubjectEvent stored = SubjectEventRepository.stored(event);
        return unit.write((em, own) -> SubjectEventRepository.append(em, subject, stored));
    }
}
