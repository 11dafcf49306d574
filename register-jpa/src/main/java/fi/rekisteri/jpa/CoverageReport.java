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
 */
public record CoverageReport(String register, List<PersonalDataField> undeclared, List<String> unused) {

    /** Creates a report. */
    public CoverageReport {
        undeclared = List.copyOf(undeclared);
        unused = List.copyOf(unused);
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

    /** Lines a person reads: one per undeclared field, one per unused category, or that all is covered. */
    public String describe() {
        if (isComplete()) {
            return "Every personal-data field's category is declared in register '" + register
                    + "', and every declared category is held by an entity.";
        }
        StringBuilder text = new StringBuilder();
        for (PersonalDataField field : undeclared) {
            text.append("undeclared: ").append(field).append('\n');
        }
        for (String key : unused) {
            text.append("unused: ").append(key).append(" is declared in register '").append(register)
                    .append("' but no entity holds it\n");
        }
        return text.toString();
    }
}
