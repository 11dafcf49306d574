package fi.rekisteri.jpa;

import fi.rekisteri.core.DataCategory;
import fi.rekisteri.core.Register;
import fi.rekisteri.core.RetentionRule;
import fi.rekisteri.core.policy.PurposePolicy;
import fi.rekisteri.core.policy.RetentionSchedule;
import fi.rekisteri.jpa.internal.PersonalDataScan;
import fi.rekisteri.jpa.internal.MarkedMembers;
import fi.rekisteri.jpa.internal.RetentionPeriods;
import jakarta.persistence.metamodel.ManagedType;
import jakarta.persistence.metamodel.Metamodel;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Compares the {@link PersonalData} categories of an application's entities with its register's data categories; run
 * it in a unit test so that a field annotated with a category the register does not declare fails the build:
 *
 * <pre>{@code
 * @Test
 * void everyPersonalDataFieldIsDeclared() {
 *     PersonalDataCoverage.check(register, List.of(Customer.class, Invoice.class)).requireDeclared();
 * }
 * }</pre>
 *
 * <p>A held category must be declared under exactly its key: the policy denies an undeclared key, even when a
 * category above it is declared. A declared category counts as held when an entity holds it, a category below it
 * ({@code contact.email} holds {@code contact}), or a category above it.
 *
 * <p>The report also names the entities that hold personal data but mark no {@link DataSubject}, and the event keys
 * of the retention rules that apply to held data (the rule of a held category, its own or its nearest ancestor's) that
 * no entity marks with {@link RetentionEvent}; {@link CoverageReport#requireTraceable()} asserts there are none. A rule
 * whose categories no entity holds has nothing to sweep, and its event is not asked for.
 */
public final class PersonalDataCoverage {

    private PersonalDataCoverage() {}

    /** Checks the given entity classes (and their superclasses and embedded values) against the register. */
    public static CoverageReport check(Register register, Collection<? extends Class<?>> entityClasses) {
        Objects.requireNonNull(register, "register");
        List<PersonalDataField> fields = new ArrayList<>();
        for (Class<?> type : entityClasses) {
            fields.addAll(PersonalDataScan.fields(type));
        }
        Set<String> declared = new LinkedHashSet<>();
        register.dataCategories().forEach(c -> declared.add(c.key()));

        List<PersonalDataField> undeclared = fields.stream().filter(f -> !declared.contains(f.category())).toList();
        Set<String> held = new LinkedHashSet<>();
        fields.forEach(f -> held.add(f.category()));
        List<String> unused = register.dataCategories().stream().map(DataCategory::key)
                .filter(key -> held.stream().noneMatch(h -> related(h, key))).toList();
        List<Class<?>> withoutSubject = new ArrayList<>();
        Set<String> recorded = new LinkedHashSet<>();
        for (Class<?> type : entityClasses) {
            MarkedMembers.Marked marked = MarkedMembers.of(type);
            recorded.addAll(marked.events().keySet());
            if (marked.subject().isEmpty() && !PersonalDataScan.fields(type).isEmpty()) {
                withoutSubject.add(PersonalDataScan.entityClass(type));
            }
        }
        // A rule applies to held data when it is a held category's nearest rule; one that applies to none has nothing
        // to sweep, so its event need not be recorded.
        RetentionSchedule schedule = PurposePolicy.compile(register).retention();
        Set<RetentionRule> applied = new LinkedHashSet<>();
        held.stream().filter(declared::contains).forEach(key -> schedule.ruleFor(key).ifPresent(applied::add));
        List<String> unrecorded = register.retention().stream().filter(applied::contains)
                .flatMap(rule -> RetentionPeriods.eventKey(rule).stream()).distinct()
                .filter(event -> !recorded.contains(event)).toList();
        return new CoverageReport(register.key(), undeclared, unused, withoutSubject, unrecorded);
    }

    /**
     * Checks every entity of a persistence unit's metamodel ({@code entityManagerFactory.getMetamodel()}); embeddables
     * count through the entities that embed them.
     */
    public static CoverageReport check(Register register, Metamodel metamodel) {
        List<Class<?>> entities = metamodel.getEntities().stream().map(ManagedType::getJavaType)
                .<Class<?>>map(t -> t).sorted(java.util.Comparator.comparing(Class::getName)).toList();
        return check(register, entities);
    }

    private static boolean related(String held, String declared) {
        return held.equals(declared) || held.startsWith(declared + ".") || declared.startsWith(held + ".");
    }
}
