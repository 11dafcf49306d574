package fi.rekisteri.benchmarks;

import fi.rekisteri.jpa.DataSubject;
import fi.rekisteri.jpa.PersonalData;
import fi.rekisteri.jpa.RetentionEvent;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** The entity {@link SweepBenchmark} sweeps: contact details kept six years after the customer relationship ends. */
@Entity
@Table(name = "swept_account")
public class SweptAccount {

    @Id
    @Nullable Long id;

    @DataSubject
    @Column(name = "customer_number")
    @Nullable String customerNumber;

    @PersonalData(category = "contact.email")
    @Nullable String email;

    @PersonalData(category = "contact")
    @Nullable String phone;

    @RetentionEvent("customer-relationship-end")
    @Column(name = "relationship_ended")
    @Nullable Instant relationshipEnded;

    /** For the persistence provider. */
    protected SweptAccount() {}
}
