package fi.rekisteri.examples.customerservice;

import fi.rekisteri.jpa.PersonalData;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/**
 * An invoice: who was billed how much (the register's {@code history}), and the business ID or identity code that
 * identifies the payer ({@code identifier}).
 */
@Entity
public class Invoice {

    @Id
    @Column(length = 32)
    private String invoiceNumber;

    @PersonalData(category = "history")
    @Column(nullable = false, length = 32)
    private String customerNumber;

    @PersonalData(category = "history")
    private long amountCents;

    @PersonalData(category = "identifier")
    @Column(nullable = false, length = 16)
    private String payerId;

    /** For the persistence provider. */
    protected Invoice() {}

    Invoice(String invoiceNumber, String customerNumber, long amountCents, String payerId) {
        this.invoiceNumber = invoiceNumber;
        this.customerNumber = customerNumber;
        this.amountCents = amountCents;
        this.payerId = payerId;
    }

    String invoiceNumber() {
        return invoiceNumber;
    }

    long amountCents() {
        return amountCents;
    }
}
