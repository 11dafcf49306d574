package fi.rekisteri.core;

import java.util.List;
import java.util.Objects;

/**
 * How long the given data categories are kept. A rule for a category applies to its sub-categories too, unless a
 * rule of their own says otherwise.
 *
 * @param categories keys of the data categories the rule covers, at least one
 * @param retention the period or criteria
 */
public record RetentionRule(List<String> categories, Retention retention) {

    /**
     * Creates a rule; it must name at least one category.
     *
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if a key is not a valid key or there is none
     */
    public RetentionRule {
        Objects.requireNonNull(retention, "retention");
        categories = Checks.keys(categories, "categories");
        if (categories.isEmpty()) {
            throw new IllegalArgumentException("a retention rule names at least one data category");
        }
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
}
