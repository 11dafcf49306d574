package fi.rekisteri.examples.springboot;

import fi.rekisteri.jpa.PersonalData;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Where a customer's orders are delivered, under the register's category {@code delivery}. */
@Entity
@Table(name = "shop_delivery_address")
public class DeliveryAddress {

    @Id
    @Column(name = "customer_number", length = 32)
    private String customerNumber;

    @PersonalData(category = "delivery")
    @Column(name = "address", nullable = false, length = 500)
    private String address;

    /** For the persistence provider. */
    protected DeliveryAddress() {
        this("", "");
    }

    DeliveryAddress(String customerNumber, String address) {
        this.customerNumber = customerNumber;
        this.address = address;
    }

    String address() {
        return address;
    }
}
