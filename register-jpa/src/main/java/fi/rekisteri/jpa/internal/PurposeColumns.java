package fi.rekisteri.jpa.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.jspecify.annotations.Nullable;

/**
 * A purpose of one revision: a row of {@code rk_revision_purpose}. The legal basis is its code here, its one text
 * (withdrawal, law or interests) a {@link TextRowColumns}; the categories, subjects and the codes of the alternative
 * bases are {@link KeyRefColumns}.
 */
@Embeddable
public class PurposeColumns {

    @Column(name = "purpose_key", length = Columns.KEY, nullable = false)
    String key = "";

    @Column(name = "legal_basis", length = Columns.CODE)
    @Nullable String legalBasis;

    @Column(name = "direct_marketing", nullable = false)
    boolean directMarketing;

    @Column(name = "special_category_condition", length = Columns.CODE)
    @Nullable String specialCategoryCondition;

    @Column(name = "identity_code_ground", length = Columns.CODE)
    @Nullable String identityCodeGround;

    /** For the persistence provider. */
    protected PurposeColumns() {}
}
