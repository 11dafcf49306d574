package fi.rekisteri.core;

import java.util.Objects;
import java.util.Optional;

/**
 * A group of people whose data the register holds (rekisteröityjen ryhmä): customers, their contact persons,
 * employees.
 *
 * @param key stable key, such as {@code customer} or {@code customer.contact-person}
 * @param name the group's name as a statement lists it
 * @param description more on who belongs to the group
 */
public record DataSubjectCategory(String key, LocalizedText name, Optional<LocalizedText> description) {

    /**
     * Creates a subject category; the key must be a valid key.
     *
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if a key is not a valid key
     */
    public DataSubjectCategory {
        Checks.requireKey(key, "key");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
    }

    /**
     * A subject category without a description.
     *
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if a key is not a valid key
     */
    public static DataSubjectCategory of(String key, LocalizedText name) {
        return new DataSubjectCategory(key, name, Optional.empty());
    }

    /**
     * This category with a description.
     *
     * @throws NullPointerException if an argument is null
     */
    public DataSubjectCategory withDescription(LocalizedText description) {
        Objects.requireNonNull(description, "description");
        return new DataSubjectCategory(key, name, Optional.of(description));
    }
}
