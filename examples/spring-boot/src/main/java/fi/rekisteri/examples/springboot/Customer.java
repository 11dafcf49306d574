package fi.rekisteri.examples.springboot;

import fi.rekisteri.jpa.PersonalData;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A customer of the shop: name and e-mail address under the register's category {@code contact}. The customer number
 * is the shop's own identifier of the data subject. The delivery address is a {@link DeliveryAddress} of its own:
 * the newsletter may use the contact details, not the address, and the guard checks whole entities.
 */
@Entity
@Table(name = "shop_customer")
public class Customer {

    @Id
    @Column(name = "customer_number", length = 32)
    private String customerNumber;

    @PersonalData(category = "contact")
    @Column(name = "name", nullable = false, length = 200)
    private String name;

    @PersonalData(category = "contact")
    @Column(name = "email", nullable = false, length = 320)
    private String email;

    /** For the persistence provider. */
    protected Customer() {
        this("", "", "");
    }

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
