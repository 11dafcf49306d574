package fi.rekisteri.jpa.internal;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import org.jspecify.annotations.Nullable;

/**
 * A purpose of one revision: a row of {@code rk_revision_purpose}. The legal basis is its code and
 * its one text (withdrawal, law or interests); the categories and subjects are {@link KeyRefColumns}.
 */
@Embeddable
public class PurposeColumns {

    @Column(name = "purpose_key", length = Columns.KEY, nullable = false)
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

    @Column(name = "legal_basis", length = Columns.CODE)
    @Nullable String legalBasis;

    @Embedded
    @AttributeOverride(name = "fi", column = @Column(name = "legal_basis_text_fi", length = Columns.TEXT))
    @AttributeOverride(name = "sv", column = @Column(name = "legal_basis_text_sv", length = Columns.TEXT))
    @AttributeOverride(name = "en", column = @Column(name = "legal_basis_text_en", length = Columns.TEXT))
    @Nullable TextColumns legalBasisText;

    @Column(name = "direct_marketing", nullable = false)
    boolean directMarketing;

    @Embedded
    @AttributeOverride(name = "fi", column = @Column(name = "objection_fi", length = Columns.TEXT))
    @AttributeOverride(name = "sv", column = @Column(name = "objection_sv", length = Columns.TEXT))
    @AttributeOverride(name = "en", column = @Column(name = "objection_en", length = Columns.TEXT))
    @Nullable TextColumns objection;

    @Column(name = "special_category_condition", length = Columns.CODE)
    @Nullable String specialCategoryCondition;

    @Column(name = "identity_code_ground", length = Columns.CODE)
    @Nullable String identityCodeGround;

    @Embedded
    @AttributeOverride(name = "fi", column = @Column(name = "criminal_authorisation_fi", length = Columns.TEXT))
    @AttributeOverride(name = "sv", column = @Column(name = "criminal_authorisation_sv", length = Columns.TEXT))
    @AttributeOverride(name = "en", column = @Column(name = "criminal_authorisation_en", length = Columns.TEXT))
    @Nullable TextColumns criminalDataAuthorisation;

    /** For the persistence provider. */
    protected PurposeColumns() {}
}
