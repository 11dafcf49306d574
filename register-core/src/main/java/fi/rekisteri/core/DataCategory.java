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
 */
public record DataCategory(
        String key,
        LocalizedText name,
        Optional<LocalizedText> description,
        Set<Sensitivity> sensitivities,
        List<String> subjects) {

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
    }

    /**
     * An ordinary category with no description, about every subject group.
     *
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the key is not a valid key or is more than {@value
     *     CategoryHierarchy#MAX_DEPTH} levels deep
     */
    public static DataCategory of(String key, LocalizedText name) {
        return new DataCategory(key, name, Optional.empty(), Set.of(), List.of());
    }

    /**
     * This category with a description.
     *
     * @throws NullPointerException if an argument is null
     */
    public DataCategory withDescription(LocalizedText description) {
        Objects.requireNonNull(description, "description");
        return new DataCategory(key, name, Optional.of(description), sensitivities, subjects);
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
        return new DataCategory(key, name, description, more, subjects);
    }

    /**
     * This category limited to the given data subject categories.
     *
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if a key is not a valid key
     */
    public DataCategory aboutSubjects(String... subjectKeys) {
        Objects.requireNonNull(subjectKeys, "subjectKeys");
        return new DataCategory(key, name, description, sensitivities, List.of(subjectKeys));
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
