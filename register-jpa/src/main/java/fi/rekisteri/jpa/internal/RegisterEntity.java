package fi.rekisteri.jpa.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A register's row in {@code rk_register}: its key and which revision is current.
 *
 * <p>Every save moves {@link #currentRevision} forward and so bumps {@link #version}: two saves based on the same
 * revision update the same row with the same version, and the second fails instead of overwriting the first.
 */
@Entity(name = "RekisteriRegister")
@Table(name = "rk_register")
public class RegisterEntity {

    @Id
    @Column(name = "register_key", length = Columns.KEY)
    String key = "";

    @Column(name = "current_revision", nullable = false)
    int currentRevision;

    @Version
    @Column(name = "row_version", nullable = false)
    long version;

    /** For the persistence provider. */
    protected RegisterEntity() {}

    RegisterEntity(String key) {
        this.key = key;
    }

    // Accessors, not fields, for code that may hold a lazy proxy of this entity: a proxy's own fields are empty.

    /** The register's key. */
    public String key() {
        return key;
    }

    /** The number of the register's current revision. */
    public int currentRevision() {
        return currentRevision;
    }

    /** Makes a later revision the current one. */
    public void advanceTo(int revision) {
        this.currentRevision = revision;
    }
}
