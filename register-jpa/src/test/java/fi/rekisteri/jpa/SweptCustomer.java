package fi.rekisteri.jpa;

import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.Id;
import java.time.Instant;

/** A test entity a retention sweep nulls or anonymises: contact details kept six years after the relationship ends. */
@Entity
@EntityListeners(PersonalDataListener.class)
public class SweptCustomer {

    @Id
    private Long id;

    @DataSubject
    private String customerNumber;

    @PersonalData(category = "contact.email")
    private String email;

    @PersonalData(category = "contact")
    private String phone;

    @RetentionEvent("customer-relationship-end")
    private Instant relationshipEnded;

    protected SweptCustomer() {}

    SweptCustomer(long id, String customerNumber, String email, String phone, Instant relationshipEnded) {
        this.id = id;
        this.customerNumber = customerNumber;
        this.email = email;
        this.phone = phone;
        this.relationshipEnded = relationshipEnded;
    }

    String email() {
        return email;
    }

    String phone() {
        return phone;
    }

    void anonymise() {
        email = null;
        phone = "anonymous";
    }
}
