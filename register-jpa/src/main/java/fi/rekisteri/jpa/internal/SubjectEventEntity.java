package fi.rekisteri.jpa.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One thing a data subject said, a row of {@code rk_subject_event}: a consent given or withdrawn, an objection to
 * direct marketing, a restriction imposed or lifted. Written once and never updated ({@code updatable = false}, no
 * setters); a subject's state is derived from its events in order.
 */
@Entity(name = "RekisteriSubjectEvent")
@Table(name = "rk_subject_event", indexes = {
        @Index(name = "rk_subject_event_subject_ix", columnList = "subject_id, occurred_at, event_id"),
        // A purpose's consents in order of subject, for the consent records of a purpose read in pages.
        @Index(name = "rk_subject_event_purpose_ix", columnList = "purpose_key, subject_id, occurred_at, event_id")})
@SequenceGenerator(name = "rk_subject_event_seq", sequenceName = "rk_subject_event_seq", allocationSize = 50)
public class SubjectEventEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "rk_subject_event_seq")
    @Column(name = "event_id", updatable = false)
    @Nullable Long id;

    @Column(name = "subject_id", length = ProcessingEntryEntity.SUBJECT, nullable = false, updatable = false)
    String subjectId = "";

    /** What happened, by stable code: see {@link SubjectEvents}. */
    @Column(name = "event_kind", length = Columns.CODE, nullable = false, updatable = false)
    String kind = "";

    @Column(name = "occurred_at", nullable = false, updatable = false)
    Instant occurredAt = Instant.EPOCH;

    /** The purpose of a consent or its withdrawal; null for the other kinds. */
    @Column(name = "purpose_key", length = Columns.KEY, updatable = false)
    @Nullable String purpose;

    /** The version of the consent text agreed to; null unless a consent named one. */
    @Column(name = "text_version", length = Columns.LINE, updatable = false)
    @Nullable String textVersion;

    /** For the persistence provider. */
    protected SubjectEventEntity() {}

    SubjectEventEntity(String subjectId, String kind, Instant occurredAt, @Nullable String purpose,
            @Nullable String textVersion) {
        this.subjectId = subjectId;
        this.kind = kind;
        this.occurredAt = occurredAt;
        this.purpose = purpose;
        this.textVersion = textVersion;
    }
}
