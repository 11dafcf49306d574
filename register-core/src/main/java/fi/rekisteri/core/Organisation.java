package fi.rekisteri.core;

import fi.rekisteri.core.identifier.BusinessId;
import java.util.Objects;
import java.util.Optional;

/**
 * An organisation named in a register: the controller, its representative, a source or a recipient.
 *
 * @param name the organisation's registered name ({@code Kotisivutaivas Oy})
 * @param businessId its Finnish business ID, if it has one
 * @param contact how to reach it
 */
public record Organisation(String name, Optional<BusinessId> businessId, ContactDetails contact) {

    /**
     * Creates an organisation; the name must not be blank.
     *
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the name is blank
     */
    public Organisation {
        Checks.requireText(name, "name");
        Objects.requireNonNull(businessId, "businessId");
        Objects.requireNonNull(contact, "contact");
    }

    /**
     * An organisation with a business ID.
     *
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the name is blank
     */
    public static Organisation of(String name, BusinessId businessId, ContactDetails contact) {
        Objects.requireNonNull(businessId, "businessId");
        return new Organisation(name, Optional.of(businessId), contact);
    }

    /**
     * An organisation without a Finnish business ID.
     *
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the name is blank
     */
    public static Organisation of(String name, ContactDetails contact) {
        return new Organisation(name, Optional.empty(), contact);
    }
}
