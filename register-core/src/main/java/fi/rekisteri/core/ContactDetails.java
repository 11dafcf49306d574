package fi.rekisteri.core;

import java.util.Objects;
import java.util.Optional;

/**
 * How to reach a person or organisation. Every part is optional; {@link #isEmpty()} tells when none is given.
 *
 * @param address postal address
 * @param phone telephone number as written ({@code 044 596 2025})
 * @param email e-mail address
 * @param website web address
 */
public record ContactDetails(
        Optional<PostalAddress> address, Optional<String> phone, Optional<String> email, Optional<String> website) {

    private static final ContactDetails NONE =
            new ContactDetails(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

    /**
     * Creates contact details; a given phone, e-mail or website must not be blank, an e-mail must contain '@'.
     *
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if a phone, e-mail or website is blank, or the e-mail lacks a local part or
     *     domain
     */
    public ContactDetails {
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(phone, "phone");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(website, "website");
        phone.ifPresent(p -> Checks.requireText(p, "phone"));
        email.ifPresent(e -> {
            Checks.requireText(e, "email");
            if (e.indexOf('@') < 1 || e.indexOf('@') == e.length() - 1) {
                throw new IllegalArgumentException("email is not an e-mail address: it needs a local part, '@' and a domain");
            }
        });
        website.ifPresent(w -> Checks.requireText(w, "website"));
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
        return new ContactDetails(Optional.of(address), phone, email, website);
    }

    /**
     * These details with a telephone number.
     *
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the number is blank
     */
    public ContactDetails withPhone(String phone) {
        Objects.requireNonNull(phone, "phone");
        return new ContactDetails(address, Optional.of(phone), email, website);
    }

    /**
     * These details with an e-mail address.
     *
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the address is blank or not an e-mail address
     */
    public ContactDetails withEmail(String email) {
        Objects.requireNonNull(email, "email");
        return new ContactDetails(address, phone, Optional.of(email), website);
    }

    /**
     * These details with a web address.
     *
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the address is blank
     */
    public ContactDetails withWebsite(String website) {
        Objects.requireNonNull(website, "website");
        return new ContactDetails(address, phone, email, Optional.of(website));
    }

    /** Whether no way of contact is given. */
    public boolean isEmpty() {
        return address.isEmpty() && phone.isEmpty() && email.isEmpty() && website.isEmpty();
    }
}
