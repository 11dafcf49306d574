package fi.rekisteri.jpa;

import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.Id;

/** A test entity with no personal data: the listener lets it through anywhere. */
@Entity
@EntityListeners(PersonalDataListener.class)
public class PlainOrder {

    @Id
    private Long id;

    private int amountCents;

    protected PlainOrder() {}

    PlainOrder(long id, int amountCents) {
        this.id = id;
        this.amountCents = amountCents;
    }

    int amountCents() {
        return amountCents;
    }
}
