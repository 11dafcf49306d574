package fi.rekisteri.core;

import java.time.Period;
import java.util.Objects;

/** How long data is kept: a period from an event, or the criteria that set it (GDPR Art. 13(2)(a)). */
public sealed interface Retention {

    /** Kept for {@code period} after {@code event}. */
    static Retention after(Period period, LocalizedText event) {
        return new AfterEvent(period, event);
    }

    /** Kept as long as the criteria say. */
    static Retention criteria(LocalizedText criteria) {
        return new Criteria(criteria);
    }

    /**
     * A fixed period that runs from an event: six years after the end of the financial year, say.
     *
     * @param period how long, not negative and not zero
     * @param event the event the period runs from ({@code asiakkuuden päättyminen})
     */
    record AfterEvent(Period period, LocalizedText event) implements Retention {
        /** Creates the rule; the period must be positive. */
        public AfterEvent {
            Objects.requireNonNull(period, "period");
            Objects.requireNonNull(event, "event");
            if (period.isNegative() || period.isZero()) {
                throw new IllegalArgumentException("retention period " + period + " is not positive");
            }
        }
    }

    /**
     * The criteria that set the storage period, where no fixed period can be given.
     *
     * @param criteria the criteria
     */
    record Criteria(LocalizedText criteria) implements Retention {
        /** Creates the rule. */
        public Criteria {
            Objects.requireNonNull(criteria, "criteria");
        }
    }
}
