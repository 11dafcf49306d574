package fi.rekisteri.core;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How long the given data categories are kept. A rule for a category applies to its sub-categories too, unless a
 * rule of their own says otherwise.
 *
 * @param categories keys of the data categories the rule covers, at least one
 * @param retention the period or criteria
 * @param event the key of the event the period runs from, as applications record it ({@code
 *     customer-relationship-end}): what a retention sweep finds on the entities' timestamps; empty where the rule
 *     names the event only in words
 */
public record RetentionRule(List<String> categories, Retention retention, Optional<String> event) {

    /**
     * Creates a rule; it must name at least one category.
     *
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if a key is not a valid key or there is none
     */
    public RetentionRule {
        Objects.requireNonNull(retention, "retention");
        Objects.requireNonNull(event, "event");
        categories = Checks.keys(categories, "categories");
        if (categories.isEmpty()) {
            throw new IllegalArgumentException("a retention rule names at least one data category");
        }
        event.ifPresent(key -> Checks.requireKey(key, "retention event"));
    }

    /**
     * A rule with no event key.
     *
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if a key is not a valid key or there is none
     */
    public RetentionRule(List<String> categories, Retention retention) {
        this(categories, retention, Optional.empty());
    }

    /**
     * A rule for the given categories.
     *
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if a key is not a valid key or there is none
     */
    public static RetentionRule of(Retention retention, String... categories) {
        Objects.requireNonNull(retention, "retention");
        Objects.requireNonNull(categories, "categories");
        return new RetentionRule(List.of(categories), retention);
    }

    /**
     * This rule with the key of the event its period runs from.
     *
     * @throws NullPointerException if {@code event} is null
     * @throws IllegalArgumentException if {@code event} is not a key
     */
    public RetentionRule withEvent(String event) {
        Objects.requireNonNull(event, "event");
        return new RetentionRule(categories, retention, Optional.of(event));
    }
}
