package fi.rekisteri.jpa;

import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.Id;

/** A test entity with personal data, guarded by {@code @EntityListeners}. */
@Entity
@EntityListeners(PersonalDataListener.class)
public class GuardedCustomer {

    @Id
    private Long id;

    @PersonalData(category = "contact.email")
    private String email;

    @PersonalData(category = "contact")
    private String phone;

    protected GuardedCustomer() {}

    GuardedCustomer(long id, String email, String phone) {
        this.id = id;
        this.email = email;
        this.phone = phone;
    }

    String email() {
        return email;
    }

    void changeEmail(String email) {
        this.email = email;
    }
}
