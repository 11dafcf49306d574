package fi.rekisteri.jpa;

import java.util.List;
import java.util.stream.Collectors;

/**
 * How an application's entities and its register match: the personal data the entities hold under categories the
 * register does not declare (the listener would refuse every access to them, and the privacy statement does not tell
 * of them), and the categories the register declares that no entity holds (the statement tells of data the
 * application does not keep, or keeps somewhere unannotated).
 *
 * @param register the register's key
 * @param undeclared annotated fields and properties whose category the register does not declare
 * @param unused keys of declared categories no entity holds, neither the category itself nor one above or below it
 * @param withoutSubject entities that hold personal data but mark no {@link DataSubject}: an access request or a
 *     retention sweep cannot tell whose their rows are
 * @param unrecordedEvents event keys of retention rules ({@code eventKey}, or {@link RetentionEvent#COLLECTION} for
 *     a rule that counts from collection) that no entity marks with {@link RetentionEvent}, of the rules that apply to
 *     a category an entity holds: a sweep finds nothing to count those periods from. A rule no held data falls under
 *     has nothing to sweep and is left out
 */
public record CoverageReport(String register, List<PersonalDataField> undeclared, List<String> unused,
        List<Class<?>> withoutSubject, List<String> unrecordedEvents) {

    /** Creates a report. */
    public CoverageReport {
        undeclared = List.copyOf(undeclared);
        unused = List.copyOf(unused);
        withoutSubject = List.copyOf(withoutSubject);
        unrecordedEvents = List.copyOf(unrecordedEvents);
    }

    /** A report of the categories only, with nothing to say about subjects and events. */
    public CoverageReport(String register, List<PersonalDataField> undeclared, List<String> unused) {
        this(register, undeclared, unused, List.of(), List.of());
    }

    /** Whether every entity with personal data marks its subject and every rule's event key is recorded. */
    public boolean isTraceable() {
        return withoutSubject.isEmpty() && unrecordedEvents.isEmpty();
    }

    /**
     * Throws unless every entity with personal data marks its subject and every rule's event key is recorded by an
     * entity: the assertion an application that sweeps or answers access requests makes.
     *
     * @throws AssertionError naming the entities and event keys
     */
    public void requireTraceable() {
        if (!isTraceable()) {
            throw new AssertionError("register '" + register + "': " + traceLines().strip().replace('\n', ';'));
        }
    }

    /** Whether every annotated category is declared and every declared category is held. */
    public boolean isComplete() {
        return undeclared.isEmpty() && unused.isEmpty();
    }

    /**
     * Throws unless every annotated category is declared: the assertion an application's unit test makes.
     *
     * @throws AssertionError listing each undeclared field as {@code Customer.email → contact.mail}
     */
    public void requireDeclared() {
        if (!undeclared.isEmpty()) {
            throw new AssertionError("register '" + register + "' does not declare the data categories of "
                    + undeclared.size() + " entity field(s): " + undeclared.stream().map(PersonalDataField::toString)
                            .collect(Collectors.joining(", ")));
        }
    }

    /**
     * Lines a person reads: one per undeclared field, one per unused category, or that all is covered; then one per
     * entity without a subject and one per unrecorded event key.
     */
    public String describe() {
        if (isComplete()) {
            return "Every personal-data field's category is declared in register '" + register
                    + "', and every declared category is held by an entity." + (isTraceable() ? ""
                            : "\n" + traceLines());
        }
        StringBuilder text = new StringBuilder();
        for (PersonalDataField field : undeclared) {
            text.append("undeclared: ").append(field).append('\n');
        }
        for (String key : unused) {
            text.append("unused: ").append(key).append(" is declared in register '").append(register)
                    .append("' but no entity holds it\n");
        }
        return text.append(traceLines()).toString();
    }

    private String traceLines() {
        StringBuilder text = new StringBuilder();
        for (Class<?> entity : withoutSubject) {
            text.append("no subject: ").append(entity.getSimpleName())
                    .append(" holds personal data but marks no @DataSubject\n");
        }
        for (String event : unrecordedEvents) {
            text.append("unrecorded event: '").append(event).append("' is a retention rule's event key in register '")
                    .append(register).append("' but no entity marks it @RetentionEvent\n");
        }
        return text.toString();
    }
}
