package fi.rekisteri.jpa.internal;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import org.jspecify.annotations.Nullable;

/**
 * A transfer outside the EU/EEA of one revision: a row of {@code rk_revision_transfer}.
 */
@Embeddable
public class TransferColumns {

    @Column(name = "country", length = 2, nullable = false)
    String country = "";

    @Embedded
    @AttributeOverride(name = "fi", column = @Column(name = "recipient_fi", length = Columns.TEXT))
    @AttributeOverride(name = "sv", column = @Column(name = "recipient_sv", length = Columns.TEXT))
    @AttributeOverride(name = "en", column = @Column(name = "recipient_en", length = Columns.TEXT))
    @Nullable TextColumns recipient;

    @Column(name = "safeguard", length = Columns.CODE)
    @Nullable String safeguard;

    @Embedded
    @AttributeOverride(name = "fi", column = @Column(name = "safeguard_copy_fi", length = Columns.TEXT))
    @AttributeOverride(name = "sv", column = @Column(name = "safeguard_copy_sv", length = Columns.TEXT))
    @AttributeOverride(name = "en", column = @Column(name = "safeguard_copy_en", length = Columns.TEXT))
    @Nullable TextColumns safeguardCopy;

    /** For the persistence provider. */
    protected TransferColumns() {}
}
