package fi.rekisteri.core;

import java.util.Objects;
import java.util.Optional;

/**
 * The register's explicit statement that no data is disclosed ({@code Tietoja ei luovuteta kolmansille
 * osapuolille.}): a value of its own, unlike a vague general statement in the disclosures' introduction, and it
 * answers Art. 13(1)(e) as fully as a list of recipients does.
 *
 * @param statement the register's own words for it, if it has them
 */
public record NoDisclosures(Optional<LocalizedText> statement) {

    /**
     * Creates the statement.
     *
     * @throws NullPointerException if {@code statement} is null
     */
    public NoDisclosures {
        Objects.requireNonNull(statement, "statement");
    }

    /** No disclosures, without the register's own words. */
    public static NoDisclosures stated() {
        return new NoDisclosures(Optional.empty());
    }

    /**
     * No disclosures, in the register's own words.
     *
     * @throws NullPointerException if {@code statement} is null
     */
    public static NoDisclosures stated(LocalizedText statement) {
        return new NoDisclosures(Optional.of(Objects.requireNonNull(statement, "statement")));
    }
}
