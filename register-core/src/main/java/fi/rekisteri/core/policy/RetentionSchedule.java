package fi.rekisteri.core.policy;

import fi.rekisteri.core.Register;
import fi.rekisteri.core.Retention;
import fi.rekisteri.core.RetentionRule;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The register's retention rules resolved per category: a category's rule is the first rule that names it, or else
 * the nearest rule that names a category above it. A period from collection runs from the date given as the event's;
 * a period of hours or minutes is rounded up to whole days; a rule that keeps data until a condition is met is
 * answered as criteria, since only the condition, not a date, ends it.
 *
 * <pre>{@code
 * Erasure erasure = policy.retention().erasure("billing.invoices", contractEnded);
 * List<Erasure.Due> due = policy.retention().dueOn(today, Map.of("billing.invoices", contractEnded));
 * }</pre>
 */
public final class RetentionSchedule {

    private final String register;
    private final CategoryTree tree;
    private final List<String> keys;
    private final RetentionRule[] ruleOf;

    RetentionSchedule(Register register, CategoryTree tree) {
        this.register = register.key();
        this.tree = tree;
        this.keys = register.dataCategories().stream().map(c -> c.key()).toList();
        RetentionRule[] own = new RetentionRule[tree.size()];
        for (RetentionRule rule : register.retention()) {
            for (String key : rule.categories()) {
                int index = tree.indexOf(key);
                if (own[index] == null) {
                    own[index] = rule;
                }
            }
        }
        this.ruleOf = new RetentionRule[tree.size()];
        for (int i = 0; i < ruleOf.length; i++) {
            for (int ancestor : tree.selfAndAncestors(i)) {
                if (own[ancestor] != null) {
                    ruleOf[i] = own[ancestor];
                    break;
                }
            }
        }
    }

    /**
     * The rule that applies to a category, if any.
     *
     * @throws UnknownKeyException if the register does not declare the category
     */
    public Optional<RetentionRule> ruleFor(String categoryKey) {
        Objects.requireNonNull(categoryKey, "categoryKey");
        return Optional.ofNullable(ruleOf[index(categoryKey)]);
    }

    /**
     * When the category's data is due for erasure, given the date of the event its retention period runs from.
     *
     * @throws UnknownKeyException if the register does not declare the category
     */
    public Erasure erasure(String categoryKey, LocalDate eventDate) {
        Objects.requireNonNull(categoryKey, "categoryKey");
        Objects.requireNonNull(eventDate, "eventDate");
        RetentionRule rule = ruleOf[index(categoryKey)];
        if (rule == null) {
            return new Erasure.NotStated(categoryKey);
        }
        Retention retention = rule.retention();
        return switch (retention.kind()) {
            case AFTER_EVENT -> {
                Retention.AfterEvent after = (Retention.AfterEvent) retention;
                yield new Erasure.Due(categoryKey, eventDate.plus(after.period()), after.period(), after.event(), rule);
            }
            case FROM_COLLECTION -> {
                Period period = ((Retention.FromCollection) retention).period();
                yield new Erasure.Due(categoryKey, eventDate.plus(period), period, Retention.FromCollection.COLLECTION,
                        rule);
            }
            case TIMED -> {
                Retention.Timed timed = (Retention.Timed) retention;
                // The schedule works in dates: a period of hours is due on the day it runs out, rounded up.
                Period days = Period.ofDays(wholeDaysUp(timed.duration()));
                yield new Erasure.Due(categoryKey, eventDate.plus(days), days,
                        timed.event().orElse(Retention.FromCollection.COLLECTION), rule);
            }
            case UNTIL -> new Erasure.ByCriteria(categoryKey, ((Retention.Until) retention).text(), rule);
            case CRITERIA -> new Erasure.ByCriteria(categoryKey, ((Retention.Criteria) retention).criteria(), rule);
        };
    }

    /** Whole days that hold the duration: 1 for {@code PT10M}, 2 for {@code PT25H}; at most 36,600 by its bounds. */
    private static int wholeDaysUp(Duration duration) {
        long days = duration.toDays();
        return Math.toIntExact(duration.equals(Duration.ofDays(days)) ? days : days + 1);
    }

    /**
     * The categories due for erasure on a date, earliest first: of the given categories with the dates of their
     * trigger events, those whose period has run out on or before {@code date}. Categories erased by criteria or
     * with no rule are not listed; ask {@link #erasure} for them.
     *
     * @throws UnknownKeyException if the register does not declare one of the categories
     */
    public List<Erasure.Due> dueOn(LocalDate date, Map<String, LocalDate> eventDates) {
        Objects.requireNonNull(eventDates, "eventDates");
        Objects.requireNonNull(date, "date");
        List<Erasure.Due> due = new ArrayList<>();
        eventDates.forEach((category, eventDate) -> {
            if (erasure(category, eventDate) instanceof Erasure.Due d && d.isDueOn(date)) {
                due.add(d);
            }
        });
        due.sort(Comparator.comparing(Erasure.Due::dueOn).thenComparing(Erasure.Due::category));
        return List.copyOf(due);
    }

    private int index(String categoryKey) {
        int index = tree.indexOf(categoryKey);
        if (index < 0) {
            throw new UnknownKeyException("data category", categoryKey, register, keys);
        }
        return index;
    }
}
