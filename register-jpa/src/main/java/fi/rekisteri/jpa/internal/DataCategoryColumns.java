package fi.rekisteri.jpa.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.jspecify.annotations.Nullable;

/**
 * A data category of one revision: a row of {@code rk_revision_data_category}. Its three sensitivities are flags;
 * whether it must be provided is null when the register does not say. The subjects it concerns are
 * {@link KeyRefColumns}; its name, description and the consequence of not providing it are {@link TextRowColumns}.
 */
@Embeddable
public class DataCategoryColumns {

    @Column(name = "category_key", length = Columns.KEY, nullable = false)
    String key = "";

    @Column(name = "special_category", nullable = false)
    boolean specialCategory;

    @Column(name = "criminal_offence", nullable = false)
    boolean criminalOffence;

    @Column(name = "personal_identity_code", nullable = false)
    boolean personalIdentityCode;

    @Column(name = "provision_required")
    @Nullable Boolean provisionRequired;

    /** For the persistence provider. */
    protected DataCategoryColumns() {}
}
