package fi.rekisteri.core.policy;

import fi.rekisteri.core.LocalizedText;
import fi.rekisteri.core.RetentionRule;
import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;

/** When a category's data is due for erasure, as its retention rule says. */
public sealed interface Erasure {

    /** The key of the data category. */
    String category();

    /**
     * Due on a date: the rule's period after the trigger event.
     *
     * @param category the data category
     * @param dueOn the first day the data must be gone by
     * @param period the retention period
     * @param event the event the period runs from
     * @param rule the rule that applies (the category's own or its nearest ancestor's)
     */
    record Due(String category, LocalDate dueOn, Period period, LocalizedText event, RetentionRule rule)
            implements Erasure {
        /** Creates the answer. */
        public Due {
            Objects.requireNonNull(category, "category");
            Objects.requireNonNull(dueOn, "dueOn");
            Objects.requireNonNull(period, "period");
            Objects.requireNonNull(event, "event");
            Objects.requireNonNull(rule, "rule");
        }

        /** Whether the data is due for erasure on the given date (on or after {@link #dueOn()}). */
        public boolean isDueOn(LocalDate date) {
            Objects.requireNonNull(date, "date");
            return !date.isBefore(dueOn);
        }
    }

    /**
     * The rule gives criteria rather than a period: a person decides.
     *
     * @param category the data category
     * @param criteria the criteria
     * @param rule the rule that applies
     */
    record ByCriteria(String category, LocalizedText criteria, RetentionRule rule) implements Erasure {
        /** Creates the answer. */
        public ByCriteria {
            Objects.requireNonNull(category, "category");
            Objects.requireNonNull(criteria, "criteria");
            Objects.requireNonNull(rule, "rule");
        }
    }

    /**
     * No retention rule covers the category or any category above it; the compliance check reports this.
     *
     * @param category the data category
     */
    record NotStated(String category) implements Erasure {
        /** Creates the answer. */
        public NotStated {
            Objects.requireNonNull(category, "category");
        }
    }
}
