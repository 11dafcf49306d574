package fi.rekisteri.jpa;

import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

/** A test entity with no personal data of its own, whose association reaches a customer's. */
@Entity
@EntityListeners(PersonalDataListener.class)
public class CustomerOrder {

    @Id
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    private GuardedCustomer customer;

    protected CustomerOrder() {}

    CustomerOrder(long id, GuardedCustomer customer) {
        this.id = id;
        this.customer = customer;
    }

    GuardedCustomer customer() {
        return customer;
    }
}
