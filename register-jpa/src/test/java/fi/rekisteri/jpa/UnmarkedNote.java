package fi.rekisteri.jpa;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** Personal data with no data subject marked: an access report says it could not search it. */
@Entity
public class UnmarkedNote {

    @Id
    private Long id;

    @PersonalData(category = "contact")
    private String text;

    protected UnmarkedNote() {}
}
