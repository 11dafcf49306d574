package fi.rekisteri.core;

import fi.rekisteri.core.identifier.BusinessId;
import java.util.Objects;
import java.util.Optional;

/**
 * An organisation named in a register: the controller, a joint controller, its representative, a source or a
 * recipient.
 *
 * @param name the organisation's registered name ({@code Kotisivutaivas Oy}), in each language it has one
 *     ({@code Vaasan kaupunki}, {@code Vasa stad})
 * @param kind what kind of body it is, where the register says
 * @param unitOf the body this organisation is a unit of, when the statement names a unit (a city's department) rather
 *     than the body itself; the compliance check warns of it, since the controller is the body
 * @param businessId its Finnish business ID, if it has one that passes its check
 * @param invalidBusinessId a business ID as the statement writes it ({@code 2135102-8}) when it fails its check digit:
 *     kept so that the register can still be read and checked, the check reporting it as an error; never given
 *     together with {@code businessId}
 * @param contact how to reach it
 */
public record Organisation(LocalizedText name, Optional<OrganisationKind> kind, Optional<LocalizedText> unitOf,
        Optional<BusinessId> businessId, Optional<String> invalidBusinessId, ContactDetails contact) {

    /**
     * Creates an organisation.
     *
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if both a business ID and an invalid one are given, or the invalid one is not
     *     of the business ID's shape ({@code NNNNNNN-C}) or passes its check after all
     */
    public Organisation {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(unitOf, "unitOf");
        Objects.requireNonNull(businessId, "businessId");
        Objects.requireNonNull(invalidBusinessId, "invalidBusinessId");
        Objects.requireNonNull(contact, "contact");
        if (invalidBusinessId.isPresent()) {
            String written = invalidBusinessId.get();
            if (businessId.isPresent()) {
                throw new IllegalArgumentException("an organisation has a business ID or an invalid one, not both");
            }
            if (!BusinessId.hasForm(written)) {
                throw new IllegalArgumentException("invalidBusinessId is not of the form NNNNNNN-C");
            }
            if (BusinessId.isValid(written)) {
                throw new IllegalArgumentException("invalidBusinessId " + written + " is a valid business ID");
            }
        }
    }

    /**
     * An organisation with a name in Finnish, an optional business ID and nothing else.
     *
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the name is blank
     */
    public Organisation(String name, Optional<BusinessId> businessId, ContactDetails contact) {
        this(finnish(name), Optional.empty(), Optional.empty(), businessId, Optional.empty(), contact);
    }

    private static LocalizedText finnish(String name) {
        Checks.requireText(name, "name");
        return LocalizedText.fi(name);
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

    /**
     * An organisation with a name in one or more languages, without a Finnish business ID.
     *
     * @throws NullPointerException if an argument is null
     */
    public static Organisation of(LocalizedText name, ContactDetails contact) {
        return new Organisation(name, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), contact);
    }

    /**
     * This organisation of the given kind.
     *
     * @throws NullPointerException if {@code kind} is null
     */
    public Organisation withKind(OrganisationKind kind) {
        Objects.requireNonNull(kind, "kind");
        return new Organisation(name, Optional.of(kind), unitOf, businessId, invalidBusinessId, contact);
    }

    /**
     * This organisation as a unit of the given body.
     *
     * @throws NullPointerException if {@code body} is null
     */
    public Organisation withUnitOf(LocalizedText body) {
        Objects.requireNonNull(body, "body");
        return new Organisation(name, kind, Optional.of(body), businessId, invalidBusinessId, contact);
    }

    /**
     * This organisation with a business ID.
     *
     * @throws NullPointerException if {@code id} is null
     */
    public Organisation withBusinessId(BusinessId id) {
        Objects.requireNonNull(id, "id");
        return new Organisation(name, kind, unitOf, Optional.of(id), Optional.empty(), contact);
    }

    /**
     * This organisation with a business ID as written that fails its check, in place of any business ID it had.
     *
     * @throws NullPointerException if {@code written} is null
     * @throws IllegalArgumentException if it is not of the form NNNNNNN-C or is a valid business ID
     */
    public Organisation withInvalidBusinessId(String written) {
        Objects.requireNonNull(written, "written");
        return new Organisation(name, kind, unitOf, Optional.empty(), Optional.of(written), contact);
    }

    /**
     * This organisation with other contact details.
     *
     * @throws NullPointerException if {@code contact} is null
     */
    public Organisation withContact(ContactDetails contact) {
        Objects.requireNonNull(contact, "contact");
        return new Organisation(name, kind, unitOf, businessId, invalidBusinessId, contact);
    }

    /** Whether the organisation is known to be a public authority or body (its {@link #kind()} says so). */
    public boolean isPublicBody() {
        return kind.filter(OrganisationKind::isPublicBody).isPresent();
    }
}
