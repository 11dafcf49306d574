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
 * @param includesChildren whether the group includes children (GDPR Art. 8, 12(1); under 13 years in Finland,
 *     Tietosuojalaki 1050/2018 §5)
 * @param guardianConsent how consent is given or authorised by the holder of parental responsibility for a child
 *     under 13, where consent is the basis; empty when the register does not say
 */
public record DataSubjectCategory(
        String key,
        LocalizedText name,
        Optional<LocalizedText> description,
        boolean includesChildren,
        Optional<LocalizedText> guardianConsent) {

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
        Objects.requireNonNull(guardianConsent, "guardianConsent");
    }

    /**
     * A subject category of adults only, or of which the register does not say that it includes children.
     *
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if a key is not a valid key
     */
    public DataSubjectCategory(String key, LocalizedText name, Optional<LocalizedText> description) {
        this(key, name, description, false, Optional.empty());
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
        return new DataSubjectCategory(key, name, Optional.of(description), includesChildren, guardianConsent);
    }

    /** This category marked as including children. */
    public DataSubjectCategory includingChildren() {
        return new DataSubjectCategory(key, name, description, true, guardianConsent);
    }

    /**
     * This category, which includes children, with how the holder of parental responsibility consents for a child.
     *
     * @throws NullPointerException if {@code howGiven} is null
     */
    public DataSubjectCategory withGuardianConsent(LocalizedText howGiven) {
        Objects.requireNonNull(howGiven, "howGiven");
        return new DataSubjectCategory(key, name, description, true, Optional.of(howGiven));
    }
}
