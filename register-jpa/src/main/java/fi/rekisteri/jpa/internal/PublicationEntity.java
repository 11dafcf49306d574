package fi.rekisteri.jpa.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.time.Instant;

/**
 * A revision marked as published, in {@code rk_revision_publication}: the notice history is the database's. A row is
 * written once and never changed; its key is the revision's own.
 */
@Entity(name = "RekisteriPublication")
@Table(name = "rk_revision_publication", uniqueConstraints = @UniqueConstraint(
        name = "rk_revision_publication_no", columnNames = {"register_key", "revision_no"}))
public class PublicationEntity {

    @Id
    @Column(name = "revision_id")
    long revisionId;

    @Column(name = "register_key", length = Columns.KEY, nullable = false)
    String registerKey = "";

    @Column(name = "revision_no", nullable = false)
    int number;

    @Column(name = "published_at", nullable = false)
    Instant publishedAt = Instant.EPOCH;

    /** For the persistence provider. */
    protected PublicationEntity() {}

    PublicationEntity(long revisionId, String registerKey, int number, Instant publishedAt) {
        this.revisionId = revisionId;
        this.registerKey = registerKey;
        this.number = number;
        this.publishedAt = publishedAt;
    }
}
