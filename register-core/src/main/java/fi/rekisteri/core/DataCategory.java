package fi.rekisteri.core;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A kind of personal data the register holds (tietosisältö), such as {@code contact.email}.
 *
 * <p>Categories form a hierarchy through their dotted keys: {@code contact.email} lies under {@code contact}, whose
 * category must exist in the same register, at most {@value CategoryHierarchy#MAX_DEPTH} levels deep. A purpose
 * allowed a category may use everything under it; {@link Register#categoryHierarchy()} answers which categories
 * those are.
 *
 * @param key stable dotted key
 * @param name the category as a statement lists it
 * @param description more on what the category holds
 * @param sensitivities the protections that apply to this data
 * @param subjects keys of the data subject categories this data is about; empty when it concerns every group
 * @param provision whether the subject must provide this data and what follows if not; empty when the register
 *     says it only for the data as a whole ({@link Register#provisionRequirement()})
 */
public record DataCategory(
        String key,
        LocalizedText name,
        Optional<LocalizedText> description,
        Set<Sensitivity> sensitivities,
        List<String> subjects,
        Optional<Provision> provision) {

    /**
     * Creates a data category; keys must be valid keys.
     *
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if a key is not a valid key, or if the category's key is more than {@value
     *     CategoryHierarchy#MAX_DEPTH} levels deep
     */
    public DataCategory {
        Checks.requireCategoryKey(key, "key");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(sensitivities, "sensitivities");
        sensitivities = sensitivities.isEmpty()
                ? Set.of()
                : Collections.unmodifiableSet(EnumSet.copyOf(sensitivities));
        subjects = Checks.keys(subjects, "subjects");
        Objects.requireNonNull(provision, "provision");
    }

    /**
     * A data category with no provision statement of its own.
     *
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if a key is not a valid key, or if the category's key is more than {@value
     *     CategoryHierarchy#MAX_DEPTH} levels deep
     */
    public DataCategory(String key, LocalizedText name, Optional<LocalizedText> description,
            Set<Sensitivity> sensitivities, List<String> subjects) {
        this(key, name, description, sensitivities, subjects, Optional.empty());
    }

    /**
     * An ordinary category with no description, about every subject group.
     *
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the key is not a valid key or is more than {@value
     *     CategoryHierarchy#MAX_DEPTH} levels deep
     */
    public static DataCategory of(String key, LocalizedText name) {
        return new DataCategory(key, name, Optional.empty(), Set.of(), List.of(), Optional.empty());
    }

    /**
     * This category with a description.
     *
     * @throws NullPointerException if an argument is null
     */
    public DataCategory withDescription(LocalizedText description) {
        Objects.requireNonNull(description, "description");
        return new DataCategory(key, name, Optional.of(description), sensitivities, subjects, provision);
    }

    /**
     * This category marked with one more sensitivity.
     *
     * @throws NullPointerException if an argument is null
     */
    public DataCategory with(Sensitivity sensitivity) {
        Objects.requireNonNull(sensitivity, "sensitivity");
        EnumSet<Sensitivity> more = sensitivities.isEmpty()
                ? EnumSet.noneOf(Sensitivity.class)
                : EnumSet.copyOf(sensitivities);
        more.add(sensitivity);
        return new DataCategory(key, name, description, more, subjects, provision);
    }

    /**
     * This category limited to the given data subject categories.
     *
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if a key is not a valid key
     */
    public DataCategory aboutSubjects(String... subjectKeys) {
        Objects.requireNonNull(subjectKeys, "subjectKeys");
        return new DataCategory(key, name, description, sensitivities, List.of(subjectKeys), provision);
    }

    /**
     * This category with whether the subject must provide it and what follows if not.
     *
     * @throws NullPointerException if {@code provision} is null
     */
    public DataCategory withProvision(Provision provision) {
        Objects.requireNonNull(provision, "provision");
        return new DataCategory(key, name, description, sensitivities, subjects, Optional.of(provision));
    }

    /** Whether this data is of the given sensitivity. */
    public boolean is(Sensitivity sensitivity) {
        Objects.requireNonNull(sensitivity, "sensitivity");
        return sensitivities.contains(sensitivity);
    }

    /** The key of the parent category: {@code contact} for {@code contact.email}; empty for a top-level key. */
    public Optional<String> parentKey() {
        int dot = key.lastIndexOf('.');
        return dot < 0 ? Optional.empty() : Optional.of(key.substring(0, dot));
    }
}
