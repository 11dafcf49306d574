package fi.rekisteri.jpa.internal;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import org.jspecify.annotations.Nullable;

/**
 * A restriction of a data subject's right of one revision: a row of {@code rk_revision_rights_restriction}, the right
 * by its {@code DataSubjectRight} code.
 */
@Embeddable
public class RightsRestrictionColumns {

    @Column(name = "data_subject_right", length = Columns.CODE, nullable = false)
    String right = "";

    @Embedded
    @AttributeOverride(name = "fi", column = @Column(name = "description_fi", length = Columns.TEXT))
    @AttributeOverride(name = "sv", column = @Column(name = "description_sv", length = Columns.TEXT))
    @AttributeOverride(name = "en", column = @Column(name = "description_en", length = Columns.TEXT))
    @Nullable TextColumns description;

    @Embedded
    @AttributeOverride(name = "fi", column = @Column(name = "law_fi", length = Columns.TEXT))
    @AttributeOverride(name = "sv", column = @Column(name = "law_sv", length = Columns.TEXT))
    @AttributeOverride(name = "en", column = @Column(name = "law_en", length = Columns.TEXT))
    @Nullable TextColumns law;

    /** For the persistence provider. */
    protected RightsRestrictionColumns() {}
}
