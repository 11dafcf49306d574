package fi.rekisteri.jpa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.rekisteri.core.Register;
import fi.rekisteri.core.policy.ProcessingEntry;
import fi.rekisteri.core.policy.PseudonymKey;
import fi.rekisteri.core.policy.SubjectId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The values of register-jpa that may be logged print pseudonyms, never an author's name or a subject id. */
class LoggableJpaValuesTest {

    private static final String AUTHOR = "maija.meikalainen";
    private static final String COMMENT = "Removed Matti Virtanen's old address";
    private static final Instant AT = Instant.parse("2026-03-01T09:00:00Z");

    private final PseudonymKey key = PseudonymKey.generate();

    @Test
    void changePrintsTheAuthorsPseudonymAndTheCommentsLength() {
        try (var installed = key.install()) {
            Change change = Change.by(AUTHOR).because(COMMENT);

            assertEquals("Change[author ~" + key.actorPseudonym(AUTHOR) + ", comment of " + COMMENT.length()
                    + " characters]", change.toString());
            assertEquals("Change[no author, no comment]", Change.undescribed().toString());
        }
    }

    @Test
    void revisionsPrintNoAuthorOrComment() {
        Register register = SampleRegisters.full("loggable");
        RegisterRevision revision = new RegisterRevision(register.key(), 3, AT, Optional.of(AUTHOR),
                Optional.of(COMMENT), register);

        for (String printed : List.of(revision.toString(), revision.summary().toString())) {
            assertFalse(printed.contains("maija") || printed.contains("Virtanen"), printed);
            assertTrue(printed.contains(register.key() + " #3"), printed);
        }
    }

    @Test
    void aPageOfTheLogPrintsItsEntriesByPseudonym() {
        ProcessingEntry entry = new ProcessingEntry(SubjectId.of("customer-4711"), "billing", List.of("contact"), AT,
                AUTHOR);
        ProcessingLogPage page = new ProcessingLogPage(List.of(entry), Optional.empty());

        assertFalse(page.toString().contains("4711") || page.toString().contains("maija"), page.toString());
        assertTrue(page.toString().contains(SubjectId.of("customer-4711").pseudonym()), page.toString());
    }
}
