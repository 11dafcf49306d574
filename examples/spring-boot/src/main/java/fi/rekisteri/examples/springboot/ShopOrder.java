package fi.rekisteri.examples.springboot;

import fi.rekisteri.jpa.PersonalData;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** An order: what the customer bought and paid, under the register's category {@code orders}. */
@Entity
@Table(name = "shop_order")
public class ShopOrder {

    @Id
    @Column(name = "order_number", length = 64)
    private String orderNumber;

    @Column(name = "customer_number", nullable = false, length = 32)
    private String customerNumber;

    @PersonalData(category = "orders")
    @Column(name = "items", nullable = false, length = 1000)
    private String items;

    @PersonalData(category = "orders")
    @Column(name = "total_cents", nullable = false)
    private long totalCents;

    @Column(name = "placed_at", nullable = false)
    private Instant placedAt;

    /** For the persistence provider. */
    protected ShopOrder() {
        this("", "", "", 0, Instant.EPOCH);
    }

    ShopOrder(String orderNumber, String customerNumber, String items, long totalCents, Instant placedAt) {
        this.orderNumber = orderNumber;
        this.customerNumber = customerNumber;
        this.items = items;
        this.totalCents = totalCents;
        this.placedAt = placedAt;
    }

    String orderNumber() {
        return orderNumber;
    }

    String customerNumber() {
        return customerNumber;
    }

    String items() {
        return items;
    }

    long totalCents() {
        return totalCents;
    }

    Instant placedAt() {
        return placedAt;
    }
}
