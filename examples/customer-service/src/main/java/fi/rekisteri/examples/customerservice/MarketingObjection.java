package fi.rekisteri.examples.customerservice;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.Instant;

/**
 * That a customer objected to direct marketing (GDPR Art. 21(2)), and when. Not marked {@code @PersonalData}: it is
 * read before any purpose is pursued, to build the subject's state the purpose is checked against. (register-jpa's
 * durable subject-state store will keep this; the app keeps its own table meanwhile.)
 */
@Entity
public class MarketingObjection {

    @Id
    @Column(length = 32)
    private String customerNumber;

    @Column(nullable = false)
    private Instant objectedAt;

    /** For the persistence provider. */
    protected MarketingObjection() {}

    MarketingObjection(String customerNumber, Instant objectedAt) {
        this.customerNumber = customerNumber;
        this.objectedAt = objectedAt;
    }

    Instant objectedAt() {
        return objectedAt;
    }
}
