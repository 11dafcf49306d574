package fi.rekisteri.jpa;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** A test entity with personal data and no {@code @EntityListeners}: guarded only through the default listener. */
@Entity
public class DefaultListenedContact {

    @Id
    private Long id;

    @PersonalData(category = "contact.email")
    private String email;

    protected DefaultListenedContact() {}

    DefaultListenedContact(long id, String email) {
        this.id = id;
        this.email = email;
    }
}
