package fi.rekisteri.examples.springboot;

import fi.rekisteri.jpa.DataSubject;
import fi.rekisteri.jpa.PersonalData;
import fi.rekisteri.jpa.RetentionEvent;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * Where a customer's orders are delivered, under the register's category {@code delivery}, kept two years from the
 * last order ({@code eventKey: last-order}); the retention sweep deletes the row then.
 */
@Entity
@Table(name = "shop_delivery_address")
public class DeliveryAddress {

    @Id
    @DataSubject
    @Column(name = "customer_number", length = 32)
    private String customerNumber;

    @PersonalData(category = "delivery")
    @Column(name = "address", nullable = false, length = 500)
    private String address;

    @RetentionEvent("last-order")
    @Column(name = "last_order_at", nullable = false)
    private Instant lastOrderAt;

    /** For the persistence provider. */
    protected DeliveryAddress() {
        this("", "", Instant.EPOCH);
    }

    DeliveryAddress(String customerNumber, String address, Instant lastOrderAt) {
        this.customerNumber = customerNumber;
        this.address = address;
        this.lastOrderAt = lastOrderAt;
    }

    /** An order was placed: the two years of the address start again. */
    void ordered(Instant at) {
        lastOrderAt = at;
    }

    String address() {
        return address;
    }
}
