package fi.rekisteri.jpa;

import fi.rekisteri.core.policy.ConsentRecord;
import fi.rekisteri.core.policy.ConsentRecords;
import fi.rekisteri.core.policy.SubjectConsent;
import fi.rekisteri.core.policy.SubjectId;
import fi.rekisteri.jpa.internal.ConsentHistory;
import fi.rekisteri.jpa.internal.SubjectEventRepository;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The consent records (ISO/IEC TS 27560, {@link ConsentRecord}) of the consents in {@link SubjectStateStore}'s table
 * {@code rk_subject_event}: one subject's, or every subject's consents to one purpose, streamed for an audit.
 *
 * <pre>{@code
 * ConsentRecordSource source = ConsentRecordSource.of(entityManagerFactory, ConsentRecords.of(register, key));
 * List<ConsentRecord> mine = source.forSubject(customer, Instant.now());
 * ConsentJsonLd.write(source.forPurpose("newsletter", Instant.now(), 500), out);
 * }</pre>
 *
 * <p>Records come from the whole history, not only the state: where {@link SubjectStateStore#load(SubjectId)} keeps
 * the latest consent to each purpose, a subject who consented, withdrew and consented again has two records here,
 * each with its own id and events. A consent given again while the earlier one is still live is a new record too,
 * {@linkplain fi.rekisteri.core.policy.ConsentStatus#RENEWED renewed}, and the earlier record ends
 * {@linkplain fi.rekisteri.core.policy.ConsentStatus#SUPERSEDED superseded} at that time
 * ({@link ConsentRecords#history}), unless it had expired by then.
 *
 * <p>A source made from a factory is thread-safe; one made by {@link #joining(EntityManager, ConsentRecords)} is as
 * thread-safe as its entity manager.
 */
public final class ConsentRecordSource {

    /** The page size {@link #forPurpose(String, Instant)} reads with. */
    public static final int DEFAULT_PAGE_SIZE = 500;

    /** The largest page {@link #forPurpose(String, Instant, int)} reads. */
    public static final int MAX_PAGE_SIZE = 10_000;

    /** Whose consent {@link #checkPurpose} makes a trial record of; never stored or shown. */
    private static final SubjectId TRIAL = SubjectId.of("rekisteri-purpose-check");

    private final WorkUnit unit;
    private final ConsentRecords records;

    private ConsentRecordSource(WorkUnit unit, ConsentRecords records) {
        this.unit = unit;
        this.records = Objects.requireNonNull(records, "records");
    }

    /**
     * A source that reads in a transaction of its own for each subject and each page, on entity managers of the
     * factory.
     *
     * @throws NullPointerException if an argument is null
     */
    public static ConsentRecordSource of(EntityManagerFactory factory, ConsentRecords records) {
        return new ConsentRecordSource(WorkUnit.ownTransactions(factory), records);
    }

    /**
     * A source that reads in the caller's entity manager (and transaction, if any); a stream of it must be read while
     * the entity manager is open. It reads plain values, never entities, so the persistence context does not grow.
     *
     * @throws NullPointerException if an argument is null
     */
    public static ConsentRecordSource joining(EntityManager entityManager, ConsentRecords records) {
        return new ConsentRecordSource(WorkUnit.joining(entityManager, "consent records", "from an"
                + " EntityManagerFactory"), records);
    }

    /**
     * The records of every consent the subject has given, as they stand at {@code asOf}, in order of purpose key,
     * then of when each consent was given; empty when the store has no consent of theirs.
     *
     * @throws NullPointerException if an argument is null
     * @throws fi.rekisteri.core.policy.UnknownKeyException if the register declares no purpose of a stored consent
     * @throws fi.rekisteri.core.policy.MissingConsentRecordFieldException naming the purpose, if one the subject
     *     consented to is not based on consent or does not say how consent to it is withdrawn
     */
    public List<ConsentRecord> forSubject(SubjectId subject, Instant asOf) {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(asOf, "asOf");
        List<SubjectConsent> consents = ConsentHistory.consents(
                unit.read(em -> SubjectEventRepository.history(em, subject)));
        return records.history(subject, consents, asOf);
    }

    /**
     * The records of every subject's consents to a purpose, read {@value #DEFAULT_PAGE_SIZE} events at a time: see
     * {@link #forPurpose(String, Instant, int)}.
     *
     * @throws NullPointerException if an argument is null
     * @throws fi.rekisteri.core.policy.UnknownKeyException if the register declares no such purpose
     * @throws fi.rekisteri.core.policy.MissingConsentRecordFieldException naming the purpose, if it is not based on
     *     consent or does not say how consent to it is withdrawn
     */
    public Stream<ConsentRecord> forPurpose(String purposeKey, Instant asOf) {
        return forPurpose(purposeKey, asOf, DEFAULT_PAGE_SIZE);
    }

    /**
     * The records of every subject's consents to a purpose, as they stand at {@code asOf}, read lazily a page of
     * {@code pageSize} events at a time as the stream is consumed: memory holds one page and one subject's events,
     * however many consents there are. Each page is one query (keyset paging on the index
     * {@code rk_subject_event_purpose_ix}), in a transaction of its own for a source made from a factory; nothing
     * stays open between pages. The order is stable: by the subject's id as the database sorts it, then by when each
     * consent was given. The ids themselves are never in the records, but the order follows them.
     *
     * <p>Each record appears once. Consents recorded while the stream is read may or may not be in it; one given to
     * a subject the stream has passed is not.
     *
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the page size is not between 1 and {@value #MAX_PAGE_SIZE}
     * @throws fi.rekisteri.core.policy.UnknownKeyException if the register declares no such purpose
     * @throws fi.rekisteri.core.policy.MissingConsentRecordFieldException naming the purpose, if it is not based on
     *     consent or does not say how consent to it is withdrawn
     */
    public Stream<ConsentRecord> forPurpose(String purposeKey, Instant asOf, int pageSize) {
        Objects.requireNonNull(purposeKey, "purposeKey");
        Objects.requireNonNull(asOf, "asOf");
        if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("page size " + pageSize + " is not between 1 and " + MAX_PAGE_SIZE);
        }
        checkPurpose(purposeKey);
        return ConsentHistory.ofPurpose(purposeKey, pageSize,
                        after -> unit.read(em -> SubjectEventRepository.consentPage(em, purposeKey, after, pageSize)))
                .flatMap(c -> records.history(c.subject(), c.consents(), asOf).stream());
    }

    /**
     * Fails now, not at the first stored consent, if no record of the purpose can be made: an audit of a misspelt
     * purpose must not come out as an empty document.
     */
    private void checkPurpose(String purposeKey) {
        records.record(TRIAL, new SubjectConsent(purposeKey, Instant.EPOCH, Optional.empty()), Instant.EPOCH);
    }

    /** {@code ConsentRecordSource[the records' register and validity]}. */
    @Override
    public String toString() {
        return "ConsentRecordSource[" + records + "]";
    }
}
