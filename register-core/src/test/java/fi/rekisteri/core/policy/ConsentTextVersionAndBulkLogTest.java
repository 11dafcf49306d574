package fi.rekisteri.core.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The version of the consent text a consent was given to, and the processing log's bulk append. */
class ConsentTextVersionAndBulkLogTest {

    private static final Instant T0 = Instant.parse("2026-01-10T08:00:00Z");
    private static final Instant T1 = Instant.parse("2026-03-01T12:00:00Z");
    private static final SubjectId SUBJECT = SubjectId.of("customer-4711");

    @Test
    void withdrawalKeepsTheTextVersionTheConsentWasGivenTo() {
        SubjectState state = SubjectState.builder(SUBJECT)
                .consentGiven("newsletter", T0, "newsletter-v3")
                .consentWithdrawn("newsletter", T1)
                .build();

        assertEquals(new SubjectConsent("newsletter", T0, Optional.of(T1), Optional.of("newsletter-v3")),
                state.consent("newsletter").orElseThrow());
    }

    @Test
    void consentWithoutATextVersionHasNone() {
        SubjectState state = SubjectState.builder(SUBJECT).consentGiven("newsletter", T0).build();

        assertEquals(Optional.empty(), state.consent("newsletter").orElseThrow().textVersion());
    }

    @Test
    void rejectsABlankTextVersion() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new SubjectConsent("newsletter", T0, Optional.empty(), Optional.of(" ")));
        assertEquals("text version of the consent to 'newsletter' is blank; leave it out instead", e.getMessage());
    }

    @Test
    void defaultBulkAppendRecordsEachEntryInOrder() {
        List<ProcessingEntry> recorded = new ArrayList<>();
        ProcessingLog log = recorded::add;
        List<ProcessingEntry> entries = List.of(
                new ProcessingEntry(SUBJECT, "billing", List.of("contact"), T0, "job"),
                new ProcessingEntry(SUBJECT, "newsletter", List.of("contact.email"), T1, "mailer"));

        log.recordAll(entries);

        assertEquals(entries, recorded);
    }
}
