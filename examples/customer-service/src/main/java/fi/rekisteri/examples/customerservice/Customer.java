package fi.rekisteri.examples.customerservice;

import fi.rekisteri.jpa.PersonalData;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/**
 * A customer: name and e-mail address, under the register's categories {@code contact} and {@code contact.email}. The
 * customer number is the app's own identifier of the data subject.
 */
@Entity
public class Customer {

    @Id
    @Column(length = 32)
    private String customerNumber;

    @PersonalData(category = "contact")
    @Column(nullable = false)
    private String name;

    @PersonalData(category = "contact.email")
    @Column(nullable = false)
    private String email;

    /** For the persistence provider. */
    protected Customer() {}

    Customer(String customerNumber, String name, String email) {
        this.customerNumber = customerNumber;
        this.name = name;
        this.email = email;
    }

    String customerNumber() {
        return customerNumber;
    }

    String name() {
        return name;
    }

    String email() {
        return email;
    }
}
