package fi.rekisteri.jpa.internal;

import fi.rekisteri.core.policy.SubjectId;
import fi.rekisteri.core.policy.SubjectRequest;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A data subject's request, a row of {@code rk_subject_request}; {@code due_on} is the deadline, kept so that the
 * overdue requests are found by an indexed query.
 */
@Entity(name = "RekisteriSubjectRequest")
@Table(name = "rk_subject_request", indexes = {
        @Index(name = "rk_subject_request_subject_ix", columnList = "subject_id, received_on"),
        @Index(name = "rk_subject_request_due_ix", columnList = "answered_on, due_on")})
@SequenceGenerator(name = "rk_subject_request_seq", sequenceName = "rk_subject_request_seq", allocationSize = 50)
public class SubjectRequestEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "rk_subject_request_seq")
    @Column(name = "request_id", updatable = false)
    @Nullable Long id;

    @Column(name = "subject_id", length = ProcessingEntryEntity.SUBJECT, nullable = false, updatable = false)
    String subjectId = "";

    @Column(name = "request_kind", length = Columns.CODE, nullable = false, updatable = false)
    String kind = "";

    @Column(name = "received_on", nullable = false, updatable = false)
    LocalDate received = LocalDate.EPOCH;

    @Column(name = "identity_verified_on")
    @Nullable LocalDate identityVerified;

    @Column(name = "extended_on")
    @Nullable LocalDate extendedOn;

    @Column(name = "extension_reason", length = Columns.LINE)
    @Nullable String extensionReason;

    @Column(name = "answered_on")
    @Nullable LocalDate answered;

    @Column(name = "due_on", nullable = false)
    LocalDate due = LocalDate.EPOCH;

    /** For the persistence provider. */
    protected SubjectRequestEntity() {}

    /** A row holding the request. */
    public static SubjectRequestEntity of(SubjectRequest request) {
        SubjectRequestEntity e = new SubjectRequestEntity();
        e.subjectId = request.subject().value();
        e.kind = request.kind().code();
        e.received = request.received();
        e.update(request);
        return e;
    }

    /**
     * Writes the request's later facts; its subject, kind and receipt never change.
     *
     * @throws IllegalArgumentException if a text is too long for its column
     */
    public void update(SubjectRequest request) {
        identityVerified = request.identityVerified().orElse(null);
        extendedOn = request.extension().map(SubjectRequest.Extension::on).orElse(null);
        extensionReason = request.extension().map(SubjectRequest.Extension::reason).orElse(null);
        if (extensionReason != null && extensionReason.length() > Columns.LINE) {
            throw new IllegalArgumentException("extension reason of " + extensionReason.length()
                    + " characters is longer than " + Columns.LINE);
        }
        answered = request.answered().orElse(null);
        due = request.deadline();
    }

    /** The row's id. */
    public long id() {
        return Objects.requireNonNull(id, "request not stored yet");
    }

    /** The request the row holds. */
    public SubjectRequest request() {
        Optional<SubjectRequest.Extension> extension = extendedOn == null ? Optional.empty()
                : Optional.of(new SubjectRequest.Extension(extendedOn, Objects.requireNonNullElse(extensionReason, "")));
        return new SubjectRequest(SubjectId.of(subjectId), SubjectRequest.Kind.ofCode(kind), received,
                Optional.ofNullable(identityVerified), extension, Optional.ofNullable(answered));
    }
}
