package fi.rekisteri.core;

import java.util.Objects;
import java.util.Optional;

/**
 * A postal or visiting address as written on a Finnish statement: {@code Peninkulma 15, 90810 Kiviniemi}, {@code PL 25,
 * 90015 Oulun kaupunki}. A street address, a PO box or both; a postal code may be missing, as on some published
 * statements (the compliance check reports it; the model does not refuse it).
 *
 * @param street street address, with number
 * @param poBox post office box as written ({@code PL 25}, {@code PB 25}, {@code P.O. Box 25})
 * @param postalCode postal code ({@code 90810})
 * @param city post office
 * @param country ISO 3166-1 alpha-2 country code, {@code FI} unless given
 */
public record PostalAddress(Optional<String> street, Optional<String> poBox, Optional<String> postalCode, String city,
        String country) {

    /**
     * Creates an address; a street or a PO box must be given, every given part non-blank, and the country an ISO
     * 3166-1 code.
     *
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if both street and PO box are missing, a part is blank, or the country is not
     *     an ISO 3166-1 alpha-2 code
     */
    public PostalAddress {
        Objects.requireNonNull(street, "street");
        Objects.requireNonNull(poBox, "poBox");
        Objects.requireNonNull(postalCode, "postalCode");
        street.ifPresent(s -> Checks.requireText(s, "street"));
        poBox.ifPresent(p -> Checks.requireText(p, "poBox"));
        postalCode.ifPresent(p -> Checks.requireText(p, "postalCode"));
        Checks.requireText(city, "city");
        Checks.requireCountry(country);
        if (street.isEmpty() && poBox.isEmpty()) {
            throw new IllegalArgumentException("an address needs a street or a PO box");
        }
    }

    /**
     * A street address with a postal code.
     *
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if a part is blank or the country not an ISO 3166-1 alpha-2 code
     */
    public PostalAddress(String street, String postalCode, String city, String country) {
        this(Optional.of(Objects.requireNonNull(street, "street")), Optional.empty(),
                Optional.of(Objects.requireNonNull(postalCode, "postalCode")), city, country);
    }

    /**
     * A street address in Finland.
     *
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if a part is blank
     */
    public static PostalAddress of(String street, String postalCode, String city) {
        return new PostalAddress(street, postalCode, city, "FI");
    }

    /**
     * A PO box address in Finland.
     *
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if a part is blank
     */
    public static PostalAddress poBox(String poBox, String postalCode, String city) {
        Objects.requireNonNull(poBox, "poBox");
        Objects.requireNonNull(postalCode, "postalCode");
        return new PostalAddress(Optional.empty(), Optional.of(poBox), Optional.of(postalCode), city, "FI");
    }

    /**
     * The same address without its postal code, as a statement may write it.
     */
    public PostalAddress withoutPostalCode() {
        return new PostalAddress(street, poBox, Optional.empty(), city, country);
    }

    /**
     * The address on one line, {@code Peninkulma 15, 90810 Kiviniemi} or {@code PL 25, 90015 Oulun kaupunki} (the
     * country only when not Finland).
     */
    public String oneLine() {
        StringBuilder line = new StringBuilder();
        street.ifPresent(line::append);
        poBox.ifPresent(box -> line.append(line.isEmpty() ? "" : ", ").append(box));
        line.append(", ");
        postalCode.ifPresent(code -> line.append(code).append(' '));
        line.append(city);
        return "FI".equals(country) ? line.toString() : line + ", " + country;
    }
}
