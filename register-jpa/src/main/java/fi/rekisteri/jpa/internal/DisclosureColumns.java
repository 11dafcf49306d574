package fi.rekisteri.jpa.internal;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import org.jspecify.annotations.Nullable;

/**
 * A regular disclosure of one revision: a row of {@code rk_revision_disclosure}.
 */
@Embeddable
public class DisclosureColumns {

    @Column(name = "disclosure_key", length = Columns.KEY, nullable = false)
    String key = "";

    @Embedded
    @AttributeOverride(name = "fi", column = @Column(name = "recipient_fi", length = Columns.TEXT))
    @AttributeOverride(name = "sv", column = @Column(name = "recipient_sv", length = Columns.TEXT))
    @AttributeOverride(name = "en", column = @Column(name = "recipient_en", length = Columns.TEXT))
    @Nullable TextColumns recipient;

    @Column(name = "recipient_role", length = Columns.CODE, nullable = false)
    String role = "";

    @Embedded
    @AttributeOverride(name = "fi", column = @Column(name = "basis_fi", length = Columns.TEXT))
    @AttributeOverride(name = "sv", column = @Column(name = "basis_sv", length = Columns.TEXT))
    @AttributeOverride(name = "en", column = @Column(name = "basis_en", length = Columns.TEXT))
    @Nullable TextColumns basis;

    @Column(name = "country", length = 2)
    @Nullable String country;

    /** For the persistence provider. */
    protected DisclosureColumns() {}
}
