package fi.rekisteri.jpa;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.LocalDate;

/** A test entity a retention sweep deletes: web visits kept one year from collection. */
@Entity
public class SweptVisit {

    @Id
    private Long id;

    @DataSubject
    private String visitor;

    @PersonalData(category = "visits")
    private String address;

    @RetentionEvent("collection")
    private LocalDate visitedOn;

    protected SweptVisit() {}

    SweptVisit(long id, String visitor, String address, LocalDate visitedOn) {
        this.id = id;
        this.visitor = visitor;
        this.address = address;
        this.visitedOn = visitedOn;
    }
}
