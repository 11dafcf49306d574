package fi.rekisteri.core;

import java.time.Duration;
import java.time.Period;
import java.util.Objects;
import java.util.Optional;

/**
 * How long data is kept (GDPR Art. 13(2)(a)): a period from an event or from collection, a period of hours and
 * minutes, until a condition is met, or the criteria that set it. Each variant says
 * which {@link Kind} it is; code that handles every rule switches over the kind, so that a new kind is a compile
 * error wherever it is not handled.
 */
public sealed interface Retention extends Variant<Retention.Kind> {

    /** The kinds of retention, one for each variant, with their stable codes. */
    enum Kind implements Coded {
        /** {@link AfterEvent}. */
        AFTER_EVENT,
        /** {@link Criteria}. */
        CRITERIA,
        /** {@link FromCollection}. */
        FROM_COLLECTION,
        /** {@link Timed}. */
        TIMED,
        /** {@link Until}. */
        UNTIL;

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
     * Kept for {@code period} from when the data was collected.
     *
     * @throws NullPointerException if {@code period} is null
     * @throws IllegalArgumentException if the period is not positive or longer than {@link AfterEvent#MAX_YEARS}
     *     years
     */
    static Retention fromCollection(Period period) {
        return new FromCollection(period);
    }

    /**
     * Kept for a period of hours or minutes ({@code PT10M}) from an event.
     *
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the duration is not positive or longer than {@link AfterEvent#MAX_YEARS}
     *     years
     */
    static Retention timed(Duration duration, LocalizedText event) {
        return new Timed(duration, Optional.of(Objects.requireNonNull(event, "event")));
    }

    /**
     * Kept until a condition is met.
     *
     * @throws NullPointerException if {@code condition} is null
     * @throws IllegalArgumentException if the condition is {@link Condition#OTHER}, which needs its description
     */
    static Retention until(Condition condition) {
        return new Until(condition, Optional.empty());
    }

    /** The conditions that end retention, with their stable codes and their words in documents. */
    enum Condition implements Coded {
        /** Until the subject withdraws consent (Art. 7(3)). */
        CONSENT_WITHDRAWN("kunnes suostumus peruutetaan", "tills samtycket återkallas", "until consent is withdrawn"),
        /** Until the subject cancels the subscription (a newsletter, a service). */
        SUBSCRIPTION_CANCELLED("kunnes tilaus perutaan", "tills prenumerationen sägs upp",
                "until the subscription is cancelled"),
        /** Until the membership ends. */
        MEMBERSHIP_ENDED("kunnes jäsenyys päättyy", "tills medlemskapet upphör", "until the membership ends"),
        /** Until the subject objects to the processing (Art. 21). */
        OBJECTION("kunnes rekisteröity vastustaa käsittelyä", "tills den registrerade invänder mot behandlingen",
                "until the data subject objects to the processing"),
        /** Another condition, which the rule's description states. */
        OTHER("kunnes ehto täyttyy", "tills villkoret uppfylls", "until the condition is met");

        @SuppressWarnings("ImmutableEnumChecker") // a LocalizedText: a record of an unmodifiable map, made once here
        private final LocalizedText label;

        Condition(String finnish, String swedish, String english) {
            this.label = LocalizedText.of(finnish, swedish, english);
        }

        /** The condition in words, as documents give it: {@code kunnes suostumus peruutetaan}. */
        public LocalizedText label() {
            return label;
        }

        /**
         * The condition of a stable code.
         *
         * @throws NullPointerException if {@code code} is null
         * @throws IllegalArgumentException naming the code and the codes that exist
         */
        public static Condition ofCode(String code) {
            return Coded.ofCode(Condition.class, code, "retention condition");
        }
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
            Checks.requireBounded(period, "retention period");
            Objects.requireNonNull(event, "event");
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

    /**
     * A fixed period that runs from when the data was collected: a rule with no event of its own.
     *
     * @param period how long, positive and at most {@link AfterEvent#MAX_YEARS} years
     */
    record FromCollection(Period period) implements Retention {

        /** The event the period runs from, as documents and erasure schedules name it. */
        public static final LocalizedText COLLECTION = LocalizedText.of("tietojen keräämisestä",
                "insamlingen av uppgifterna", "the collection of the data");

        /**
         * Creates the rule; the period must be positive and at most {@link AfterEvent#MAX_YEARS} years.
         *
         * @throws NullPointerException if {@code period} is null
         * @throws IllegalArgumentException if the period is not positive or longer than {@link AfterEvent#MAX_YEARS}
         *     years
         */
        public FromCollection {
            Checks.requireBounded(period, "retention period");
        }

        @Override
        public Kind kind() {
            return Kind.FROM_COLLECTION;
        }
    }

    /**
     * A period of hours, minutes or seconds ({@code PT10M}), from an event or from collection: logs, sessions,
     * one-time codes.
     *
     * @param duration how long, positive and at most {@link AfterEvent#MAX_YEARS} years
     * @param event the event the period runs from; empty when it runs from collection
     */
    record Timed(Duration duration, Optional<LocalizedText> event) implements Retention {

        /**
         * Creates the rule.
         *
         * @throws NullPointerException if an argument is null
         * @throws IllegalArgumentException if the duration is not positive or longer than {@link
         *     AfterEvent#MAX_YEARS} years
         */
        public Timed {
            Checks.requireBounded(duration, "retention period");
            Objects.requireNonNull(event, "event");
        }

        @Override
        public Kind kind() {
            return Kind.TIMED;
        }
    }

    /**
     * Kept until a condition is met, with no period after it: until consent is withdrawn, the subscription
     * cancelled, the membership ended.
     *
     * @param condition the condition
     * @param description the register's own words for it; required for {@link Condition#OTHER}
     */
    record Until(Condition condition, Optional<LocalizedText> description) implements Retention {
        /**
         * Creates the rule.
         *
         * @throws NullPointerException if an argument is null
         * @throws IllegalArgumentException if the condition is {@link Condition#OTHER} without a description
         */
        public Until {
            Objects.requireNonNull(condition, "condition");
            Objects.requireNonNull(description, "description");
            if (condition == Condition.OTHER && description.isEmpty()) {
                throw new IllegalArgumentException("the retention condition 'other' needs its description");
            }
        }

        /** The condition in words: the register's own, or else the condition's label. */
        public LocalizedText text() {
            return description.orElse(condition.label());
        }

        @Override
        public Kind kind() {
            return Kind.UNTIL;
        }
    }
}
