package fi.rekisteri.jpa;

import java.util.Objects;

/**
 * One field or property an entity class marks with {@link PersonalData}.
 *
 * @param entity the entity class
 * @param member the field or property name; {@code address.street} for a field of an embedded value
 * @param category the data category's key
 */
public record PersonalDataField(Class<?> entity, String member, String category) {

    /** Creates a field description. */
    public PersonalDataField {
        Objects.requireNonNull(entity, "entity");
        Objects.requireNonNull(member, "member");
        Objects.requireNonNull(category, "category");
    }

    /** {@code Customer.email → contact.email}. */
    @Override
    public String toString() {
        return entity.getSimpleName() + "." + member + " → " + category;
    }
}
