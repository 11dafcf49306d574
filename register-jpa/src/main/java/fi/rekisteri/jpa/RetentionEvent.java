package fi.rekisteri.jpa;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the persistent timestamp at which the event a retention rule counts from happened for an entity's row, such
 * as the end of the customer relationship; {@link #value()} is the event's key as the register's retention rule names
 * it ({@code event: customer-relationship-end}). A row's data of the rule's category is due for erasure once the
 * timestamp is older than the rule's period; a row whose timestamp is null is not due. The member's type is {@code
 * Instant}, {@code LocalDate}, {@code LocalDateTime} or {@code OffsetDateTime}.
 *
 * <pre>{@code
 * @Entity
 * class Customer {
 *     @RetentionEvent("customer-relationship-end")
 *     private Instant relationshipEnded;
 * }
 * }</pre>
 *
 * <p>An entity may mark several members, one per event key. A rule that counts from collection (a from-collection
 * period, or a period of hours with no event) and names no event key of its own counts from {@link #COLLECTION}: mark
 * the row's creation timestamp {@code @RetentionEvent(RetentionEvent.COLLECTION)}. A rule kept until a condition
 * ({@code until: consent-withdrawn}) or by criteria is due once the application records its event: give the rule an
 * event key and mark the member that records when the condition was met; with no timestamp, no sweep erases it.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.METHOD})
public @interface RetentionEvent {

    /** The event key of the moment the data was collected, which from-collection rules count from. */
    String COLLECTION = "collection";

    /** The key of the event, as the register's retention rule names it; {@link #COLLECTION} for collection time. */
    String value();
}
