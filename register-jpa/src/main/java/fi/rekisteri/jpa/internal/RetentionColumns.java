package fi.rekisteri.jpa.internal;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import org.jspecify.annotations.Nullable;

/**
 * A retention rule of one revision: a row of {@code rk_revision_retention}, its variant by its
 * {@code Retention.Kind} code. The text is the event that starts the period, or the criteria;
 * the event is the key of the event the period runs from.
 */
@Embeddable
public class RetentionColumns {

    @Column(name = "retention_kind", length = Columns.CODE, nullable = false)
    String kind = "";

    @Column(name = "retention_period", length = Columns.CODE)
    @Nullable String period;

    @Column(name = "retention_event", length = Columns.KEY)
    @Nullable String event;

    @Embedded
    @AttributeOverride(name = "fi", column = @Column(name = "text_fi", length = Columns.TEXT))
    @AttributeOverride(name = "sv", column = @Column(name = "text_sv", length = Columns.TEXT))
    @AttributeOverride(name = "en", column = @Column(name = "text_en", length = Columns.TEXT))
    @Nullable TextColumns text;

    /** For the persistence provider. */
    protected RetentionColumns() {}
}
