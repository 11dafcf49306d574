package fi.rekisteri.export.document;

import fi.rekisteri.core.CategoryHierarchy;
import fi.rekisteri.core.DataCategory;
import fi.rekisteri.core.Disclosure;
import fi.rekisteri.core.Purpose;
import fi.rekisteri.core.Register;
import fi.rekisteri.core.RetentionRule;
import fi.rekisteri.core.Transfer;
import fi.rekisteri.core.Transfers;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What of a register concerns one purpose, as a row of the Art. 30 record shows it: the data categories the purpose
 * uses, and the recipients, transfers and retention rules of those categories rather than the register's whole lists.
 *
 * <ul>
 *   <li>The purpose uses the categories it names and everything under them ({@link Register#categoriesCoveredBy}).
 *       A purpose that names none uses none.
 *   <li>Two lists of category keys <em>meet</em> when a category lies within both: the one is the other, or lies
 *       under it ({@code contact.email} meets {@code contact}, and {@code contact} meets {@code contact.email}).
 *       A list that names no category is not itemised and meets every purpose, so that nothing is hidden.
 *   <li>A disclosure that names purposes concerns exactly those: the register says so. One that names none
 *       concerns each purpose whose categories it meets.
 *   <li>A transfer concerns a purpose whose categories it meets. "No transfers" concerns every purpose.
 *   <li>A retention rule concerns a purpose when it governs one of the purpose's categories: a category's own rule,
 *       or else the rule of its nearest ancestor that has one (a rule for a category covers its sub-categories
 *       unless they have a rule of their own).
 * </ul>
 *
 * Every list is in the register's order.
 */
final class PurposeScope {

    private final Register register;
    private final Purpose purpose;
    private final List<DataCategory> categories;
    private final Set<String> used;

    private PurposeScope(Register register, Purpose purpose) {
        this.register = register;
        this.purpose = purpose;
        this.categories = register.categoriesCoveredBy(purpose);
        this.used = new HashSet<>();
        categories.forEach(c -> used.add(c.key()));
    }

    /** The scope of one of the register's purposes. */
    static PurposeScope of(Register register, Purpose purpose) {
        return new PurposeScope(Objects.requireNonNull(register, "register"), Objects.requireNonNull(purpose, "purpose"));
    }

    /** The categories the purpose uses: those it names and everything under them. */
    List<DataCategory> categories() {
        return categories;
    }

    /** The disclosures that serve the purpose. */
    List<Disclosure> disclosures() {
        return register.disclosures().stream()
                .filter(d -> d.purposes().isEmpty() ? meets(d.categories()) : d.purposes().contains(purpose.key()))
                .toList();
    }

    /** The transfers of the purpose's data; empty when the register says nothing of transfers or says "none". */
    List<Transfer> transfers() {
        if (register.transfers().orElse(null) instanceof Transfers.ThirdCountries third) {
            return third.transfers().stream().filter(t -> meets(t.categories())).toList();
        }
        return List.of();
    }

    /** The retention rules that govern one of the purpose's categories. */
    List<RetentionRule> retention() {
        Set<RetentionRule> governing = new HashSet<>();
        CategoryHierarchy hierarchy = register.categoryHierarchy();
        for (DataCategory category : categories) {
            List<RetentionRule> rules = rulesNaming(category.key());
            // Nearest ancestor first: the first that has a rule of its own governs.
            for (DataCategory ancestor : hierarchy.ancestorsOf(category.key())) {
                if (!rules.isEmpty()) {
                    break;
                }
                rules = rulesNaming(ancestor.key());
            }
            governing.addAll(rules);
        }
        return register.retention().stream().filter(governing::contains).toList();
    }

    private List<RetentionRule> rulesNaming(String key) {
        return register.retention().stream().filter(rule -> rule.categories().contains(key)).toList();
    }

    /** Whether the keys name no category, or cover one the purpose uses. */
    private boolean meets(List<String> keys) {
        return keys.isEmpty()
                || register.categoryHierarchy().coveredBy(keys).stream().anyMatch(c -> used.contains(c.key()));
    }
}
