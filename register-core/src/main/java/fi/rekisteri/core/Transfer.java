package fi.rekisteri.core;

import java.util.Arrays;
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
     * @throws NullPointerException if an argument or a key is null
     * @throws IllegalArgumentException if the country is not an alpha-2 code or a category key is not a key
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
     * @throws IllegalArgumentException if the country is not an alpha-2 code
     */
    public static Transfer to(String country, Safeguard safeguard) {
        return new Transfer(country, Optional.empty(), List.of(),
                Optional.of(Objects.requireNonNull(safeguard, "safeguard")), Optional.empty());
    }

    /**
     * This transfer to the given recipient.
     *
     * @throws NullPointerException if {@code recipient} is null
     */
    public Transfer withRecipient(LocalizedText recipient) {
        return new Transfer(country, Optional.of(Objects.requireNonNull(recipient, "recipient")), categories, safeguard,
                safeguardCopy);
    }

    /**
     * This transfer limited to the given data categories.
     *
     * @throws NullPointerException if {@code keys} or one of them is null
     * @throws IllegalArgumentException if one of them is not a key
     */
    public Transfer withCategories(String... keys) {
        return new Transfer(country, recipient, Arrays.asList(Objects.requireNonNull(keys, "keys")), safeguard,
                safeguardCopy);
    }

    /**
     * This transfer with where a copy of the safeguard can be obtained.
     *
     * @throws NullPointerException if {@code howToObtain} is null
     */
    public Transfer withSafeguardCopy(LocalizedText howToObtain) {
        return new Transfer(country, recipient, categories, safeguard,
                Optional.of(Objects.requireNonNull(howToObtain, "howToObtain")));
    }
}
