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
 * <p>An entity may mark several members, one per event key. The key {@code collection} is the convention for rules
 * that count from when the data was collected: mark the row's creation timestamp with it.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.METHOD})
public @interface RetentionEvent {

    /** The key of the event, as the register's retention rule names it; {@code collection} for collection time. */
    String value();
}
