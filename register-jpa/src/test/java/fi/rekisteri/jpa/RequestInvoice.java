package fi.rekisteri.jpa;

import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.Id;
import java.time.LocalDate;

/** An invoice, which bookkeeping law keeps: its customer's e-mail is contact data, its lines billing data. */
@Entity
@EntityListeners(PersonalDataListener.class)
public class RequestInvoice {

    @Id
    private Long id;

    @DataSubject
    private String customerNumber;

    @PersonalData(category = "billing.invoices")
    private String lines;

    @PersonalData(category = "contact.email")
    private String sentTo;

    @RetentionEvent("financial-year-end")
    private LocalDate financialYearEnd;

    protected RequestInvoice() {}

    RequestInvoice(long id, String customerNumber, String lines, String sentTo, LocalDate financialYearEnd) {
        this.id = id;
        this.customerNumber = customerNumber;
        this.lines = lines;
        this.sentTo = sentTo;
        this.financialYearEnd = financialYearEnd;
    }
}
