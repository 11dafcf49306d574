package fi.rekisteri.examples.springboot;

import fi.rekisteri.jpa.DataSubject;
import fi.rekisteri.jpa.PersonalData;
import fi.rekisteri.jpa.RetentionEvent;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneOffset;

/**
 * An order: what the customer bought and paid, under the register's category {@code orders}, kept six years from the
 * end of the financial year it was placed in ({@code eventKey: financial-year-end}; the shop's financial year is the
 * calendar year); the retention sweep deletes the row then.
 */
@Entity
@Table(name = "shop_order")
public class ShopOrder {

    @Id
    @Column(name = "order_number", length = 64)
    private String orderNumber;

    @DataSubject
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

    @RetentionEvent("financial-year-end")
    @Column(name = "financial_year_end", nullable = false)
    private LocalDate financialYearEnd;

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
        this.financialYearEnd = Year.from(placedAt.atZone(ZoneOffset.UTC)).atMonth(12).atEndOfMonth();
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
