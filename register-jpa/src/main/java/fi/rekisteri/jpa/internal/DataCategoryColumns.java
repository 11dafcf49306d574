package fi.rekisteri.jpa.internal;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import org.jspecify.annotations.Nullable;

/**
 * A data category of one revision: a row of {@code rk_revision_data_category}. Its three
 * sensitivities are flags; the subjects it concerns are {@link KeyRefColumns}.
 */
@Embeddable
public class DataCategoryColumns {

    @Column(name = "category_key", length = Columns.KEY, nullable = false)
    String key = "";

    @Embedded
    @AttributeOverride(name = "fi", column = @Column(name = "name_fi", length = Columns.TEXT))
    @AttributeOverride(name = "sv", column = @Column(name = "name_sv", length = Columns.TEXT))
    @AttributeOverride(name = "en", column = @Column(name = "name_en", length = Columns.TEXT))
    @Nullable TextColumns name;

    @Embedded
    @AttributeOverride(name = "fi", column = @Column(name = "description_fi", length = Columns.TEXT))
    @AttributeOverride(name = "sv", column = @Column(name = "description_sv", length = Columns.TEXT))
    @AttributeOverride(name = "en", column = @Column(name = "description_en", length = Columns.TEXT))
    @Nullable TextColumns description;

    @Column(name = "special_category", nullable = false)
    boolean specialCategory;

    @Column(name = "criminal_offence", nullable = false)
    boolean criminalOffence;

    @Column(name = "personal_identity_code", nullable = false)
    boolean personalIdentityCode;

    /** For the persistence provider. */
    protected DataCategoryColumns() {}
}
