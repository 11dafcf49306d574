package fi.rekisteri.core;

import java.time.Period;
import java.util.List;
import java.util.Objects;

/**
 * How long data is kept: a period from an event, or the criteria that set it (GDPR Art. 13(2)(a)). Each variant says
 * which {@link Kind} it is; code that handles every rule switches over the kind, so that a new kind is a compile
 * error wherever it is not handled.
 */
public sealed interface Retention extends Variant<Retention.Kind> {

    /** The kinds of retention, one for each variant, with their stable codes. */
    enum Kind implements Coded {
        /** {@link AfterEvent}. */
        AFTER_EVENT,
        /** {@link Criteria}. */
        CRITERIA;

        /**
         * The kind of a stable code.
         *
         * @throws NullPointerException if {@code code} is null
         * @throws IllegalArgumentException naming the code and the codes that exist
         */
        public static Kind ofCode(String code) {
            return Coded.ofCode(Kind.class, code, "retention kind");
        }
    }

    /**
     * Kept for {@code period} after {@code event}.
     *
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the period is not positive or longer than
     *     {@link AfterEvent#MAX_YEARS} years
     */
    static Retention after(Period period, LocalizedText event) {
        return new AfterEvent(period, event);
    }

    /**
     * Kept as long as the criteria say.
     *
     * @throws NullPointerException if {@code criteria} is null
     */
    static Retention criteria(LocalizedText criteria) {
        return new Criteria(criteria);
    }

    /**
     * A fixed period that runs from an event: six years after the end of the financial year, say.
     *
     * @param period how long, positive and at most {@link #MAX_YEARS} years
     * @param event the event the period runs from ({@code asiakkuuden päättyminen})
     */
    record AfterEvent(Period period, LocalizedText event) implements Retention {

        /**
         * The longest period, in years: data kept longer than a lifetime needs criteria, not a period, and a
         * period of billions of years would make every due date overflow.
         */
        public static final int MAX_YEARS = 100;

        /**
         * Creates the rule; the period must be positive and at most {@link #MAX_YEARS} years.
         *
         * @throws NullPointerException if an argument is null
         * @throws IllegalArgumentException if the period is not positive or longer than {@link #MAX_YEARS} years
         */
        public AfterEvent {
            Objects.requireNonNull(period, "period");
            Objects.requireNonNull(event, "event");
            if (period.isNegative() || period.isZero()) {
                throw new IllegalArgumentException("retention period " + period + " is not positive");
            }
            if (longerThanMaximum(period)) {
                throw new IllegalArgumentException("retention period " + period + " is longer than " + MAX_YEARS
                        + " years, the longest a retention period may be");
            }
        }

        /**
         * Months and days weighed together: 4800 months are 146,097 days (the Gregorian 400-year cycle), exact
         * without floating point and without overflow even for a period's largest values.
         */
        @SuppressWarnings("JavaPeriodGetDays") // the days are added to the months, which toTotalMonths() gives
        private static boolean longerThanMaximum(Period period) {
            return period.toTotalMonths() * 146_097L + period.getDays() * 4_800L > MAX_YEARS * 12L * 146_097L;
        }

        @Override
        public Kind kind() {
            return Kind.AFTER_EVENT;
        }
    }

    /**
     * The criteria that set the storage period, where no fixed period can be given.
     *
     * @param criteria the criteria
     */
    record Criteria(LocalizedText criteria) implements Retention {
        /**
         * Creates the rule.
         *
         * @throws NullPointerException if {@code criteria} is null
         */
        public Criteria {
            Objects.requireNonNull(criteria, "criteria");
        }

        @Override
        public Kind kind() {
            return Kind.CRITERIA;
        }
    }
}
