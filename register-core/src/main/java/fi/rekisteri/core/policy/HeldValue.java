package fi.rekisteri.core.policy;

import java.util.Objects;

/**
 * One personal data value an application holds about a subject, as an access request (GDPR Art. 15(3)) hands it
 * over: the category it is, and where it is kept.
 *
 * <p>{@link #toString()} names the category and the place, never the value.
 *
 * @param category the key of the register's data category
 * @param entity the name of the entity type that holds it ({@code Customer})
 * @param member the field or property ({@code email}; {@code address.street} inside an embedded value)
 * @param value the value as text
 */
public record HeldValue(String category, String entity, String member, String value) {

    /**
     * Creates a held value.
     *
     * @throws NullPointerException if an argument is null
     */
    public HeldValue {
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(entity, "entity");
        Objects.requireNonNull(member, "member");
        Objects.requireNonNull(value, "value");
    }

    /** {@code HeldValue[contact.email in Customer.email]}: never the value, which is personal data. */
    @Override
    public String toString() {
        return "HeldValue[" + category + " in " + entity + "." + member + "]";
    }
}
