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
 * @param dataPrivacyFramework whether the recipient, in the United States, is certified under the EU–US Data
 *     Privacy Framework, which the Commission's adequacy decision of 10 July 2023 covers
 */
public record Transfer(
        String country,
        Optional<LocalizedText> recipient,
        List<String> categories,
        Optional<Safeguard> safeguard,
        Optional<LocalizedText> safeguardCopy,
        boolean dataPrivacyFramework) {

    /** The one country whose organisations the Data Privacy Framework certifies. */
    private static final String DPF_COUNTRY = "US";

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
        if (dataPrivacyFramework && !country.equals(DPF_COUNTRY)) {
            throw new IllegalArgumentException("the Data Privacy Framework certifies recipients in the United States"
                    + " only, not in '" + country + "'");
        }
    }

    /**
     * A transfer to a recipient not certified under the Data Privacy Framework.
     *
     * @throws NullPointerException if an argument or a key is null
     * @throws IllegalArgumentException if the country is not an alpha-2 code or a category key is not a key
     */
    public Transfer(String country, Optional<LocalizedText> recipient, List<String> categories,
            Optional<Safeguard> safeguard, Optional<LocalizedText> safeguardCopy) {
        this(country, recipient, categories, safeguard, safeguardCopy, false);
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
                safeguardCopy, dataPrivacyFramework);
    }

    /**
     * This transfer limited to the given data categories.
     *
     * @throws NullPointerException if {@code keys} or one of them is null
     * @throws IllegalArgumentException if one of them is not a key
     */
    public Transfer withCategories(String... keys) {
        return new Transfer(country, recipient, Arrays.asList(Objects.requireNonNull(keys, "keys")), safeguard,
                safeguardCopy, dataPrivacyFramework);
    }

    /**
     * This transfer with where a copy of the safeguard can be obtained.
     *
     * @throws NullPointerException if {@code howToObtain} is null
     */
    public Transfer withSafeguardCopy(LocalizedText howToObtain) {
        return new Transfer(country, recipient, categories, safeguard,
                Optional.of(Objects.requireNonNull(howToObtain, "howToObtain")), dataPrivacyFramework);
    }

    /**
     * This transfer to a United States recipient certified under the EU–US Data Privacy Framework, on the adequacy
     * decision that covers it.
     *
     * @throws IllegalArgumentException if the country is not {@code US}
     */
    public Transfer certifiedUnderDataPrivacyFramework() {
        return new Transfer(country, recipient, categories, Optional.of(Safeguard.ADEQUACY_DECISION), safeguardCopy,
                true);
    }
}
