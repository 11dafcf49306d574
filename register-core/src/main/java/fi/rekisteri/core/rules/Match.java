package fi.rekisteri.core.rules;

import java.util.Objects;
import java.util.Optional;

/**
 * A combination of conditions on a purpose: its data categories, its own key, its data subjects and its legal
 * basis. A purpose matches when every condition given holds; a match with no conditions matches every purpose.
 *
 * @param dataCategories on the categories the purpose uses
 * @param purposes on the purpose's key
 * @param subjects on the subject categories it concerns (all of the register's when it names none)
 * @param legalBases on the code of its legal basis ({@code consent}, {@code legal-obligation}); a purpose with no
 *     basis has no code
 */
public record Match(Optional<KeyMatch> dataCategories, Optional<KeyMatch> purposes, Optional<KeyMatch> subjects,
        Optional<KeyMatch> legalBases) {

    /**
     * Creates the match.
     *
     * @throws NullPointerException if an argument is null
     */
    public Match {
        Objects.requireNonNull(dataCategories, "dataCategories");
        Objects.requireNonNull(purposes, "purposes");
        Objects.requireNonNull(subjects, "subjects");
        Objects.requireNonNull(legalBases, "legalBases");
    }

    /** The match with no conditions, which every purpose meets. */
    public static Match any() {
        return new Match(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** This match with a condition on data categories. */
    public Match dataCategories(KeyMatch condition) {
        Objects.requireNonNull(condition, "condition");
        return new Match(Optional.of(condition), purposes, subjects, legalBases);
    }

    /** This match with a condition on the purpose's key. */
    public Match purposes(KeyMatch condition) {
        Objects.requireNonNull(condition, "condition");
        return new Match(dataCategories, Optional.of(condition), subjects, legalBases);
    }

    /** This match with a condition on data subjects. */
    public Match subjects(KeyMatch condition) {
        Objects.requireNonNull(condition, "condition");
        return new Match(dataCategories, purposes, Optional.of(condition), legalBases);
    }

    /** This match with a condition on the legal basis. */
    public Match legalBases(KeyMatch condition) {
        Objects.requireNonNull(condition, "condition");
        return new Match(dataCategories, purposes, subjects, Optional.of(condition));
    }
}
