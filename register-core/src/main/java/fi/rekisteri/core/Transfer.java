package fi.rekisteri.core;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A transfer of personal data to a country outside the EU/EEA or an international organisation.
 *
 * @param country ISO 3166-1 alpha-2 code of the destination
 * @param recipient who receives the data there
 * @param categories keys of the data categories transferred; empty when not itemised
 * @param safeguard the ground of the transfer; empty when the register does not state one
 * @param safeguardCopy where or how a copy of the safeguard can be obtained (Art. 13(1)(f))
 */
public record Transfer(
        String country,
        Optional<LocalizedText> recipient,
        List<String> categories,
        Optional<Safeguard> safeguard,
        Optional<LocalizedText> safeguardCopy) {

    /**
     * Creates a transfer; the country must be an upper-case alpha-2 code.
     *
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the country is not an upper-case alpha-2 code or a key is not a valid key
     */
    public Transfer {
        Checks.requireCountry(country);
        Objects.requireNonNull(recipient, "recipient");
        categories = Checks.keys(categories, "categories");
        Objects.requireNonNull(safeguard, "safeguard");
        Objects.requireNonNull(safeguardCopy, "safeguardCopy");
    }

    /**
     * A transfer to a country on the given safeguard.
     *
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the country is not an upper-case alpha-2 code
     */
    public static Transfer to(String country, Safeguard safeguard) {
        Objects.requireNonNull(safeguard, "safeguard");
        return new Transfer(country, Optional.empty(), List.of(), Optional.of(safeguard), Optional.empty());
    }

    /**
     * This transfer to the given recipient.
     *
     * @throws NullPointerException if an argument is null
     */
    public Transfer withRecipient(LocalizedText recipient) {
        Objects.requireNonNull(recipient, "recipient");
        return new Transfer(country, Optional.of(recipient), categories, safeguard, safeguardCopy);
    }

    /**
     * This transfer limited to the given data categories.
     *
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if a key is not a valid key
     */
    public Transfer withCategories(String... keys) {
        Objects.requireNonNull(keys, "keys");
        return new Transfer(country, recipient, List.of(keys), safeguard, safeguardCopy);
    }

    /**
     * This transfer with where a copy of the safeguard can be obtained.
     *
     * @throws NullPointerException if an argument is null
     */
    public Transfer withSafeguardCopy(LocalizedText howToObtain) {
        Objects.requireNonNull(howToObtain, "howToObtain");
        return new Transfer(country, recipient, categories, safeguard, Optional.of(howToObtain));
    }
}
