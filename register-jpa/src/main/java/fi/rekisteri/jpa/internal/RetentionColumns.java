package fi.rekisteri.jpa.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.jspecify.annotations.Nullable;

/**
 * A retention rule of one revision: a row of {@code rk_revision_retention}, its variant by its
 * {@code Retention.Kind} code. The period is an ISO 8601 period ({@code P6Y}) or, for a timed rule, a duration
 * ({@code PT10M}); the condition is the code of an until-rule's condition. The text (the event, the criteria or the
 * condition's description) is a {@link TextRowColumns}. The event is the key of the event the period runs from
 * ({@code RetentionRule.event()}).
 */
@Embeddable
public class RetentionColumns {

    @Column(name = "retention_kind", length = Columns.CODE, nullable = false)
    String kind = "";

    @Column(name = "retention_period", length = Columns.CODE)
    @Nullable String period;

    @Column(name = "retention_event", length = Columns.KEY)
    @Nullable String event;

    @Column(name = "retention_condition", length = Columns.CODE)
    @Nullable String condition;

    /** For the persistence provider. */
    protected RetentionColumns() {}
}
