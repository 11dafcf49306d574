package fi.rekisteri.jpa.internal;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import org.jspecify.annotations.Nullable;

/**
 * A data subject category of one revision: a row of {@code rk_revision_subject}.
 */
@Embeddable
public class SubjectCategoryColumns {

    @Column(name = "subject_key", length = Columns.KEY, nullable = false)
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

    /** For the persistence provider. */
    protected SubjectCategoryColumns() {}
}
