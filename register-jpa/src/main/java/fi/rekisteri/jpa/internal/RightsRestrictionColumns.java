package fi.rekisteri.jpa.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * A restriction of a data subject's right of one revision: a row of {@code rk_revision_rights_restriction}, the right
 * by its {@code DataSubjectRight} code. Its description and the law are {@link TextRowColumns}.
 */
@Embeddable
public class RightsRestrictionColumns {

    @Column(name = "data_subject_right", length = Columns.CODE, nullable = false)
    String right = "";

    /** For the persistence provider. */
    protected RightsRestrictionColumns() {}
}
