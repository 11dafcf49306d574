package fi.rekisteri.examples.springboot;

import fi.rekisteri.jpa.DataSubject;
import fi.rekisteri.jpa.PersonalData;
import fi.rekisteri.jpa.RetentionEvent;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A customer of the shop: name and e-mail address under the register's category {@code contact}. The customer number
 * is the shop's own identifier of the data subject. The delivery address is a {@link DeliveryAddress} of its own:
 * the newsletter may use the contact details, not the address, and the guard checks whole entities.
 *
 * <p>The register keeps contact details two years from the last order ({@code eventKey: last-order}): the retention
 * sweep nulls the name and e-mail then, and keeps the row, which the orders kept for bookkeeping refer to.
 */
@Entity
@Table(name = "shop_customer")
public class Customer {

    @Id
    @DataSubject
    @Column(name = "customer_number", length = 32)
    private String customerNumber;

    // Null once the retention sweep has erased it.
    @PersonalData(category = "contact")
    @Column(name = "name", length = 200)
    private @Nullable String name;

    @PersonalData(category = "contact")
    @Column(name = "email", length = 320)
    private @Nullable String email;

    @RetentionEvent("last-order")
    @Column(name = "last_order_at", nullable = false)
    private Instant lastOrderAt;

    /** For the persistence provider. */
    protected Customer() {
        this("", "", "", Instant.EPOCH);
    }

    Customer(String customerNumber, String name, String email, Instant lastOrderAt) {
        this.customerNumber = customerNumber;
        this.name = name;
        this.email = email;
        this.lastOrderAt = lastOrderAt;
    }

    String customerNumber() {
        return customerNumber;
    }

    @Nullable String name() {
        return name;
    }

    @Nullable String email() {
        return email;
    }

    /** An order was placed: the two years of the contact details start again. */
    void ordered(Instant at) {
        lastOrderAt = at;
    }
}
