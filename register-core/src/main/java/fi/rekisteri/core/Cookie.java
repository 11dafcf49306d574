package fi.rekisteri.core;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A cookie or a similar technology that stores or reads information on the subject's device (evästeet ja vastaavat
 * tekniikat; Act on Electronic Communications Services 917/2014 §205, ePrivacy Directive Art. 5(3)). Unless it is
 * strictly necessary for the service the subject asked for, it needs the subject's consent: the purposes it serves
 * must rest on consent.
 *
 * @param key stable key, such as {@code analytics-ga}
 * @param name the cookie's technical name or the technology ({@code _ga}, {@code local storage}); not personal data
 * @param description what it is used for, as the notice tells the subject
 * @param strictlyNecessary whether it is strictly necessary for a service the subject explicitly asked for
 * @param lifetime how long it stays on the device; empty when the register does not say
 * @param thirdParty whether it is set by a third party rather than by the controller's own service
 * @param provider who provides it (a third party's name); empty for the controller's own
 * @param providerCountry ISO 3166-1 alpha-2 code of the provider's country, when known
 * @param purposes keys of the purposes it serves; a technology that is not strictly necessary needs consent as the
 *     basis of each
 */
public record Cookie(
        String key,
        String name,
        LocalizedText description,
        boolean strictlyNecessary,
        Optional<CookieLifetime> lifetime,
        boolean thirdParty,
        Optional<LocalizedText> provider,
        Optional<String> providerCountry,
        List<String> purposes) {

    /**
     * Creates a cookie declaration; keys must be valid keys and the country an upper-case alpha-2 code.
     *
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if a key is not a valid key, the name is blank or the country not an
     *     alpha-2 code
     */
    public Cookie {
        Checks.requireKey(key, "key");
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("the name of cookie '" + key + "' is blank");
        }
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(lifetime, "lifetime");
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(providerCountry, "providerCountry");
        providerCountry.ifPresent(Checks::requireCountry);
        purposes = Checks.keys(purposes, "purposes");
    }

    /**
     * A first-party cookie of the controller's own service, not strictly necessary, with no lifetime or purposes
     * yet.
     *
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the key is not a valid key or the name is blank
     */
    public static Cookie of(String key, String name, LocalizedText description) {
        return new Cookie(key, name, description, false, Optional.empty(), false, Optional.empty(), Optional.empty(),
                List.of());
    }

    /** This cookie marked strictly necessary for the service the subject asked for. */
    public Cookie markedStrictlyNecessary() {
        return new Cookie(key, name, description, true, lifetime, thirdParty, provider, providerCountry, purposes);
    }

    /**
     * This cookie with its lifetime.
     *
     * @throws NullPointerException if {@code lifetime} is null
     */
    public Cookie withLifetime(CookieLifetime lifetime) {
        return new Cookie(key, name, description, strictlyNecessary,
                Optional.of(Objects.requireNonNull(lifetime, "lifetime")), thirdParty, provider, providerCountry,
                purposes);
    }

    /**
     * This cookie set by a third party, the given provider, in the given country.
     *
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the country is not an upper-case alpha-2 code
     */
    public Cookie fromThirdParty(LocalizedText provider, String country) {
        return new Cookie(key, name, description, strictlyNecessary, lifetime, true,
                Optional.of(Objects.requireNonNull(provider, "provider")),
                Optional.of(Objects.requireNonNull(country, "country")), purposes);
    }

    /**
     * This cookie serving the given purposes.
     *
     * @throws NullPointerException if {@code purposeKeys} or one of them is null
     * @throws IllegalArgumentException if a key is not a valid key
     */
    public Cookie forPurposes(String... purposeKeys) {
        Objects.requireNonNull(purposeKeys, "purposeKeys");
        return new Cookie(key, name, description, strictlyNecessary, lifetime, thirdParty, provider, providerCountry,
                List.of(purposeKeys));
    }
}
