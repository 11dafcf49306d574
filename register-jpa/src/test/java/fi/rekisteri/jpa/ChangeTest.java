package fi.rekisteri.jpa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ChangeTest {

    @Test
    void carriesAuthorAndComment() {
        Change change = Change.by("maija").because("Uusi käyttötarkoitus");

        assertEquals(Optional.of("maija"), change.author());
        assertEquals(Optional.of("Uusi käyttötarkoitus"), change.comment());
    }

    @Test
    void rejectsABlankAuthorNamingTheField() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Change.by(" "));

        assertEquals("author is blank; leave it out instead", e.getMessage());
    }

    @Test
    void rejectsABlankComment() {
        assertThrows(IllegalArgumentException.class, () -> Change.undescribed().because(""));
    }
}
