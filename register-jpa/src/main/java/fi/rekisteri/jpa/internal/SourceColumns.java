package fi.rekisteri.jpa.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.jspecify.annotations.Nullable;

/**
 * A regular source of one revision: a row of {@code rk_revision_source}, its variant by its {@code Source.Kind}
 * code. Its texts are {@link TextRowColumns}: the description of a data-subject or internal source or the name of an
 * external one, and what an external one supplies and why.
 */
@Embeddable
public class SourceColumns {

    @Column(name = "source_kind", length = Columns.CODE, nullable = false)
    String kind = "";

    @Column(name = "business_id", length = Columns.CODE)
    @Nullable String businessId;

    @Column(name = "publicly_accessible", nullable = false)
    boolean publiclyAccessible;

    /** For the persistence provider. */
    protected SourceColumns() {}
}
