package fi.rekisteri.jpa;

import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.Id;

/** A customer whose requests the tests answer: contact details, one of them embedded. */
@Entity
@EntityListeners(PersonalDataListener.class)
public class RequestCustomer {

    @Id
    private Long id;

    @DataSubject
    private String customerNumber;

    @PersonalData(category = "contact.email")
    private String email;

    @Embedded
    private Address address;

    protected RequestCustomer() {}

    RequestCustomer(long id, String customerNumber, String email, String street) {
        this.id = id;
        this.customerNumber = customerNumber;
        this.email = email;
        this.address = new Address(street);
    }

    /** A postal address. */
    @Embeddable
    public static class Address {
        @PersonalData(category = "contact")
        private String street;

        protected Address() {}

        Address(String street) {
            this.street = street;
        }
    }
}
