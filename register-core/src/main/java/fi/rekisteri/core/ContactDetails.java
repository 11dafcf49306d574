package fi.rekisteri.core;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * How to reach a person or organisation. Every part is optional; {@link #isEmpty()} tells when none is given.
 *
 * @param address postal address
 * @param visitingAddress visiting address (käyntiosoite), where it differs from the postal one
 * @param phone telephone number as written ({@code 044 596 2025})
 * @param email e-mail address as written: {@code info@example.fi}, or with the at sign spelt out against spam,
 *     {@code info(at)example.fi} ({@link #emailIsSpeltOut()}; the compliance check warns of it)
 * @param website web address
 */
public record ContactDetails(Optional<PostalAddress> address, Optional<PostalAddress> visitingAddress,
        Optional<String> phone, Optional<String> email, Optional<String> website) {

    private static final ContactDetails NONE = new ContactDetails(
            Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

    /** An address with the at sign spelt out: {@code info(at)example.fi}, {@code info [at] example.fi}, {@code info(ät)…}. */
    private static final Pattern SPELT_OUT = Pattern.compile(
            "[^\\s@()\\[\\]{}]+(?:\\s*[(\\[{]\\s*(?:at|ät|a)\\s*[)\\]}]\\s*|\\s+(?:at|ät)\\s+)[^\\s@()\\[\\]{}]+",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /**
     * Creates contact details; a given phone, e-mail or website must not be blank, an e-mail must contain '@' or an
     * at sign spelt out ({@code (at)}).
     *
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if a phone, e-mail or website is blank, or the e-mail lacks a local part or
     *     domain
     */
    public ContactDetails {
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(visitingAddress, "visitingAddress");
        Objects.requireNonNull(phone, "phone");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(website, "website");
        phone.ifPresent(p -> Checks.requireText(p, "phone"));
        email.ifPresent(e -> {
            Checks.requireText(e, "email");
            if ((e.indexOf('@') < 1 || e.indexOf('@') == e.length() - 1) && !SPELT_OUT.matcher(e).matches()) {
                throw new IllegalArgumentException("email is not an e-mail address: it needs a local part, '@' and a domain");
            }
        });
        website.ifPresent(w -> Checks.requireText(w, "website"));
    }

    /**
     * Contact details without a visiting address.
     *
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException as the canonical constructor
     */
    public ContactDetails(
            Optional<PostalAddress> address, Optional<String> phone, Optional<String> email, Optional<String> website) {
        this(address, Optional.empty(), phone, email, website);
    }

    /** No contact details at all. */
    public static ContactDetails none() {
        return NONE;
    }

    /**
     * These details with a postal address.
     *
     * @throws NullPointerException if an argument is null
     */
    public ContactDetails withAddress(PostalAddress address) {
        Objects.requireNonNull(address, "address");
        return new ContactDetails(Optional.of(address), visitingAddress, phone, email, website);
    }

    /**
     * These details with a telephone number.
     *
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the number is blank
     */
    public ContactDetails withPhone(String phone) {
        Objects.requireNonNull(phone, "phone");
        return new ContactDetails(address, visitingAddress, Optional.of(phone), email, website);
    }

    /**
     * These details with an e-mail address.
     *
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the address is blank or not an e-mail address
     */
    public ContactDetails withEmail(String email) {
        Objects.requireNonNull(email, "email");
        return new ContactDetails(address, visitingAddress, phone, Optional.of(email), website);
    }

    /**
     * These details with a web address.
     *
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the address is blank
     */
    public ContactDetails withWebsite(String website) {
        Objects.requireNonNull(website, "website");
        return new ContactDetails(address, visitingAddress, phone, email, Optional.of(website));
    }

    /**
     * These details with a visiting address.
     *
     * @throws NullPointerException if an argument is null
     */
    public ContactDetails withVisitingAddress(PostalAddress visitingAddress) {
        Objects.requireNonNull(visitingAddress, "visitingAddress");
        return new ContactDetails(address, Optional.of(visitingAddress), phone, email, website);
    }

    /** Whether the e-mail address is given with its at sign spelt out ({@code info(at)example.fi}). */
    public boolean emailIsSpeltOut() {
        return email.filter(e -> SPELT_OUT.matcher(e).matches()).isPresent();
    }

    /** Whether no way of contact is given. */
    public boolean isEmpty() {
        return address.isEmpty() && visitingAddress.isEmpty() && phone.isEmpty() && email.isEmpty()
                && website.isEmpty();
    }
}
