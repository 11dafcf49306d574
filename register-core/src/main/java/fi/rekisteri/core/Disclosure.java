package fi.rekisteri.core;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A regular disclosure (säännönmukainen luovutus): who receives which data, for which purposes, on what basis.
 *
 * @param key stable key of the recipient, such as {@code tax-administration}
 * @param recipient the recipient or category of recipients as a statement names it
 * @param role the role in which the recipient receives the data; empty when the register does not say (Art. 13(1)(e)
 *     and 30(1)(d) name recipients, and the role tells the subject whom to turn to)
 * @param categories keys of the data categories disclosed
 * @param purposes keys of the purposes the disclosure serves
 * @param basis why the data may be disclosed (a law, a contract, consent)
 * @param country ISO 3166-1 alpha-2 code of the recipient's country, when known; a country outside the EU/EEA must
 *     be among the register's {@link Transfers}
 */
public record Disclosure(
        String key,
        LocalizedText recipient,
        Optional<RecipientRole> role,
        List<String> categories,
        List<String> purposes,
        Optional<LocalizedText> basis,
        Optional<String> country) {

    /**
     * Creates a disclosure; keys must be valid keys and the country an upper-case alpha-2 code.
     *
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if a key is not a valid key or the country not an alpha-2 code
     */
    public Disclosure {
        Checks.requireKey(key, "key");
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(role, "role");
        categories = Checks.keys(categories, "categories");
        purposes = Checks.keys(purposes, "purposes");
        Objects.requireNonNull(basis, "basis");
        Objects.requireNonNull(country, "country");
        country.ifPresent(Checks::requireCountry);
    }

    /**
     * A disclosure whose recipient's role is stated.
     *
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if a key is not a valid key or the country not an alpha-2 code
     */
    public Disclosure(String key, LocalizedText recipient, RecipientRole role, List<String> categories,
            List<String> purposes, Optional<LocalizedText> basis, Optional<String> country) {
        this(key, recipient, Optional.of(Objects.requireNonNull(role, "role")), categories, purposes, basis, country);
    }

    /**
     * A disclosure to a third party of the given categories, with no purposes, basis or country yet.
     *
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if a key is not a valid key
     */
    public static Disclosure of(String key, LocalizedText recipient, String... categories) {
        Objects.requireNonNull(categories, "categories");
        return new Disclosure(key, recipient, RecipientRole.THIRD_PARTY, List.of(categories), List.of(),
                Optional.empty(), Optional.empty());
    }

    /**
     * This disclosure with the recipient in another role.
     *
     * @throws NullPointerException if an argument is null
     */
    public Disclosure withRole(RecipientRole role) {
        Objects.requireNonNull(role, "role");
        return new Disclosure(key, recipient, Optional.of(role), categories, purposes, basis, country);
    }

    /** This disclosure with the recipient's role left unstated. */
    public Disclosure withoutRole() {
        return new Disclosure(key, recipient, Optional.empty(), categories, purposes, basis, country);
    }

    /**
     * This disclosure serving the given purposes.
     *
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if a key is not a valid key
     */
    public Disclosure forPurposes(String... purposeKeys) {
        Objects.requireNonNull(purposeKeys, "purposeKeys");
        return new Disclosure(key, recipient, role, categories, List.of(purposeKeys), basis, country);
    }

    /**
     * This disclosure with its basis.
     *
     * @throws NullPointerException if an argument is null
     */
    public Disclosure withBasis(LocalizedText basis) {
        Objects.requireNonNull(basis, "basis");
        return new Disclosure(key, recipient, role, categories, purposes, Optional.of(basis), country);
    }

    /**
     * This disclosure to a recipient in the given country.
     *
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the code is not an upper-case alpha-2 code
     */
    public Disclosure inCountry(String countryCode) {
        Objects.requireNonNull(countryCode, "countryCode");
        return new Disclosure(key, recipient, role, categories, purposes, basis, Optional.of(countryCode));
    }
}
