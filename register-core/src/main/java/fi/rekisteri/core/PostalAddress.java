package fi.rekisteri.core;

/**
 * A postal address as written on a Finnish statement: {@code Peninkulma 15, 90810 Kiviniemi}.
 *
 * @param street street address, with number
 * @param postalCode postal code ({@code 90810})
 * @param city post office
 * @param country ISO 3166-1 alpha-2 country code, {@code FI} unless given
 */
public record PostalAddress(String street, String postalCode, String city, String country) {

    /**
     * Creates an address; all parts must be non-blank and the country two upper-case letters.
     *
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if a part is blank or the country not two upper-case letters
     */
    public PostalAddress {
        Checks.requireText(street, "street");
        Checks.requireText(postalCode, "postalCode");
        Checks.requireText(city, "city");
        Checks.requireCountry(country);
    }

    /**
     * An address in Finland.
     *
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if a part is blank
     */
    public static PostalAddress of(String street, String postalCode, String city) {
        return new PostalAddress(street, postalCode, city, "FI");
    }

    /** The address on one line, {@code Peninkulma 15, 90810 Kiviniemi} (the country only when not Finland). */
    public String oneLine() {
        String line = street + ", " + postalCode + " " + city;
        return "FI".equals(country) ? line : line + ", " + country;
    }
}
