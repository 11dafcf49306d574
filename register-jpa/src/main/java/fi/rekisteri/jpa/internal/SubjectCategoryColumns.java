package fi.rekisteri.jpa.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * A data subject category of one revision: a row of {@code rk_revision_subject}. Its name, description and the
 * guardian's consent are {@link TextRowColumns}.
 */
@Embeddable
public class SubjectCategoryColumns {

    @Column(name = "subject_key", length = Columns.KEY, nullable = false)
    String key = "";

    @Column(name = "includes_children", nullable = false)
    boolean includesChildren;

    /** For the persistence provider. */
    protected SubjectCategoryColumns() {}
}
