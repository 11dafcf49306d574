package fi.rekisteri.core;

import java.util.Objects;

/**
 * A person, role or unit to contact: the contact for register matters or the data protection officer.
 *
 * @param name who to contact: a person's name, a role ({@code Tietosuojavastaava}) or a unit
 * @param contact how to reach them
 */
public record ContactPoint(String name, ContactDetails contact) {

    /**
     * Creates a contact point; the name must not be blank.
     *
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the name is blank
     */
    public ContactPoint {
        Checks.requireText(name, "name");
        Objects.requireNonNull(contact, "contact");
    }

    /**
     * Shorthand for the constructor.
     *
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the name is blank
     */
    public static ContactPoint of(String name, ContactDetails contact) {
        return new ContactPoint(name, contact);
    }
}
