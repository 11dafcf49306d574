package fi.rekisteri.core;

import java.util.Objects;
import java.util.Optional;

/**
 * A person, role or unit to contact: the contact for register matters, the data protection officer, or one of several
 * contact points each with its role ({@code Jäsenasiat}, {@code Tietopyynnöt}).
 *
 * @param name who to contact: a person's name, a role ({@code Tietosuojavastaava}) or a unit
 * @param role what to contact them about, where the register names several contact points
 * @param contact how to reach them
 */
public record ContactPoint(String name, Optional<LocalizedText> role, ContactDetails contact) {

    /**
     * Creates a contact point; the name must not be blank.
     *
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the name is blank
     */
    public ContactPoint {
        Checks.requireText(name, "name");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(contact, "contact");
    }

    /**
     * A contact point without a stated role.
     *
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the name is blank
     */
    public ContactPoint(String name, ContactDetails contact) {
        this(name, Optional.empty(), contact);
    }

    /**
     * Shorthand for the constructor, without a role.
     *
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the name is blank
     */
    public static ContactPoint of(String name, ContactDetails contact) {
        return new ContactPoint(name, contact);
    }

    /**
     * A contact point with its role.
     *
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the name is blank
     */
    public static ContactPoint of(String name, LocalizedText role, ContactDetails contact) {
        Objects.requireNonNull(role, "role");
        return new ContactPoint(name, Optional.of(role), contact);
    }
}
