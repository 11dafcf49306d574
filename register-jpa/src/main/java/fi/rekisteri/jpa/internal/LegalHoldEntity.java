package fi.rekisteri.jpa.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A legal hold, a row of {@code rk_legal_hold}: a subject, or one row of an application's entity (its entity name and
 * id as text), that retention sweeps skip until the hold is released, which deletes the row.
 */
@Entity(name = "RekisteriLegalHold")
@Table(name = "rk_legal_hold")
@SequenceGenerator(name = "rk_legal_hold_seq", sequenceName = "rk_legal_hold_seq", allocationSize = 50)
public class LegalHoldEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "rk_legal_hold_seq")
    @Column(name = "hold_id", updatable = false)
    public @Nullable Long id;

    @Column(name = "subject_id", length = ProcessingEntryEntity.SUBJECT, updatable = false)
    public @Nullable String subjectId;

    @Column(name = "entity_name", length = Columns.KEY, updatable = false)
    public @Nullable String entityName;

    @Column(name = "row_id", length = Columns.LINE, updatable = false)
    public @Nullable String rowId;

    @Column(name = "reason", length = Columns.TEXT, nullable = false, updatable = false)
    public String reason = "";

    @Column(name = "placed_at", nullable = false, updatable = false)
    public Instant placedAt = Instant.EPOCH;

    /** For the persistence provider. */
    protected LegalHoldEntity() {}

    /** A hold on a subject ({@code entityName} and {@code rowId} null) or on a row ({@code subjectId} null). */
    public LegalHoldEntity(@Nullable String subjectId, @Nullable String entityName, @Nullable String rowId,
            String reason, Instant placedAt) {
        this.subjectId = subjectId;
        this.entityName = entityName;
        this.rowId = rowId;
        this.reason = reason;
        this.placedAt = placedAt;
    }
}
