package fi.rekisteri.core.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every value of the policy package that may be logged prints pseudonyms, never a subject id or an actor's name. */
class LoggableValuesTest {

    private static final String ID = "customer-4711";
    private static final String ACTOR = "maija.meikalainen";
    private static final SubjectId SUBJECT = SubjectId.of(ID);
    private static final Instant AT = Instant.parse("2026-03-01T09:00:00Z");

    private final PseudonymKey key = PseudonymKey.of(HexFormat.of()
            .parseHex("8f3c1a2b4d5e6f708192a3b4c5d6e7f80112233445566778899aabbccddeeff0"));
    private final PurposePolicy policy = PurposePolicy.compile(TestRegisters.customers());
    private PseudonymKey.Installation installation;

    @BeforeEach
    void installKey() {
        installation = key.install();
    }

    @AfterEach
    void uninstallKey() {
        installation.close();
    }

    @Test
    void processingEntryPrintsPseudonymsOnly() {
        ProcessingEntry entry = new ProcessingEntry(SUBJECT, "billing", List.of("contact.email"), AT, ACTOR);

        assertEquals("ProcessingEntry[subject ~" + key.pseudonym(SUBJECT) + ", purpose billing, categories"
                + " [contact.email], at 2026-03-01T09:00:00Z, actor ~" + key.actorPseudonym(ACTOR) + "]",
                entry.toString());
        assertNoIdOrActor(entry.toString());
    }

    @Test
    void processingScopePrintsPseudonymsOnly() {
        ProcessingScope scope = ProcessingScope.of(policy, SUBJECT, policy.purpose("billing"), ACTOR);

        assertNoIdOrActor(scope.toString());
        assertTrue(scope.toString().contains("~" + key.actorPseudonym(ACTOR)), scope.toString());
        assertTrue(scope.toString().contains("~" + key.pseudonym(SUBJECT)), scope.toString());
    }

    @Test
    void subjectStateAndSubjectIdPrintPseudonymsOnly() {
        SubjectState state = SubjectState.builder(SUBJECT).consentGiven("newsletter", AT).build();

        assertNoIdOrActor(state.toString());
        assertNoIdOrActor(SUBJECT.toString());
        assertTrue(state.toString().contains(key.pseudonym(SUBJECT)), state.toString());
    }

    @Test
    void theLogPrintsACountOnly() {
        InMemoryProcessingLog log = new InMemoryProcessingLog();
        log.record(new ProcessingEntry(SUBJECT, "billing", List.of("contact.email"), AT, ACTOR));

        assertEquals("InMemoryProcessingLog[1 entries]", log.toString());
    }

    private static void assertNoIdOrActor(String text) {
        assertFalse(text.contains("4711") || text.contains(ID), text);
        assertFalse(text.contains("maija") || text.contains("meikalainen"), text);
    }
}
