package fi.rekisteri.jpa.internal;

import fi.rekisteri.core.policy.ProcessingEntry;
import fi.rekisteri.core.policy.SubjectId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One row of the processing log, {@code rk_processing_entry}: written once, never updated or deleted through the
 * mapping (every column is {@code updatable = false} and the class has no setters).
 *
 * <p>The id comes from a sequence fetched 500 at a time, not from an identity column: with an identity column the
 * provider must insert each row on its own to learn its id, which rules out JDBC batching. 500 rather than the usual
 * 50 because the log is appended in bulk: a bulk append of 100,000 entries makes 200 round trips to the sequence
 * instead of 2,000; the cost, a gap of up to 499 ids after a restart, is none for a log whose ids only order entries
 * recorded at the same time.
 *
 * <p>The categories of an entry are one column, space-separated keys: a child table would double the rows the log
 * writes, and on PostgreSQL the log is partitioned by month, where a foreign key from a child table would have to
 * carry the time as well.
 */
@Entity(name = "RekisteriProcessingEntry")
@Table(name = ProcessingEntryEntity.TABLE, indexes = {
        @Index(name = "rk_processing_entry_subject_ix", columnList = "subject_id, processed_at, entry_id"),
        @Index(name = "rk_processing_entry_time_ix", columnList = "processed_at, entry_id")})
@SequenceGenerator(name = ProcessingEntryEntity.SEQUENCE, sequenceName = ProcessingEntryEntity.SEQUENCE,
        allocationSize = ProcessingEntryEntity.IDS_PER_SEQUENCE_VALUE)
public class ProcessingEntryEntity {

    /** The longest subject id: {@link SubjectId} allows 256 characters. */
    static final int SUBJECT = 256;

    /** The log's table, also written by {@link ProcessingLogRepository}'s bulk insert. */
    static final String TABLE = "rk_processing_entry";

    /** The sequence the ids come from. */
    static final String SEQUENCE = "rk_processing_entry_seq";

    /**
     * The sequence's increment and the mapping's allocation size: each value {@code v} the sequence gives stands
     * for the ids {@code v − 499} to {@code v}, as the provider takes them.
     */
    static final int IDS_PER_SEQUENCE_VALUE = 500;

    static final String ID = "entry_id";
    static final String PROCESSED_AT = "processed_at";
    static final String SUBJECT_ID = "subject_id";
    static final String PURPOSE = "purpose_key";
    static final String CATEGORIES = "category_keys";
    static final String ACTOR = "actor";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = SEQUENCE)
    @Column(name = ID, updatable = false)
    @Nullable Long id;

    @Column(name = PROCESSED_AT, nullable = false, updatable = false)
    Instant processedAt = Instant.EPOCH;

    // The application's opaque id, so that an access request finds the subject's entries; never a hetu.
    @Column(name = SUBJECT_ID, length = SUBJECT, nullable = false, updatable = false)
    String subjectId = "";

    @Column(name = PURPOSE, length = Columns.KEY, nullable = false, updatable = false)
    String purpose = "";

    @Column(name = CATEGORIES, length = Columns.TEXT, nullable = false, updatable = false)
    String categories = "";

    @Column(name = ACTOR, length = Columns.LINE, nullable = false, updatable = false)
    String actor = "";

    /** For the persistence provider. */
    protected ProcessingEntryEntity() {}

    ProcessingEntryEntity(ProcessingEntry entry) {
        this.processedAt = ProcessingLogRepository.stored(entry.at());
        this.subjectId = entry.subject().value();
        this.purpose = entry.purpose();
        this.categories = String.join(" ", entry.categories());
        this.actor = entry.actor();
    }

    /** The entry as recorded. */
    ProcessingEntry toEntry() {
        List<String> keys = Arrays.asList(categories.split(" "));
        return new ProcessingEntry(SubjectId.of(subjectId), purpose, keys, processedAt, actor);
    }

    /** The id the sequence gave; present once persisted. */
    long id() {
        if (id == null) {
            throw new IllegalStateException("processing entry not persisted yet");
        }
        return id;
    }
}
