package fi.rekisteri.core.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Editing a loaded subject state through {@link SubjectState#toBuilder()}. */
class SubjectStateEditingTest {

    private static final Instant T0 = Instant.parse("2026-01-10T08:00:00Z");
    private static final SubjectId SUBJECT = SubjectId.of("customer-4711");

    private final SubjectState loaded = SubjectState.builder(SUBJECT)
            .consentGiven("newsletter", T0)
            .consentGiven("profiling", T0, "v2")
            .objectedToDirectMarketing(T0)
            .build();

    @Test
    void aConsentRecordCanBeRemovedAndTheOthersStay() {
        SubjectState edited = loaded.toBuilder().removeConsent("newsletter").build();

        assertTrue(edited.consent("newsletter").isEmpty());
        assertTrue(edited.hasLiveConsent("profiling"));
    }

    @Test
    void removingAConsentNeverRecordedFailsNamingThePurpose() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> loaded.toBuilder().removeConsent("surveys"));

        assertEquals("no consent to 'surveys' recorded, so none to remove", e.getMessage());
    }

    @Test
    void anObjectionCanBeWithdrawn() {
        SubjectState edited = loaded.toBuilder().objectionWithdrawn().build();

        assertFalse(edited.hasObjectedToDirectMarketing());
        assertTrue(edited.objectedToDirectMarketing().isEmpty());
        assertTrue(loaded.hasObjectedToDirectMarketing());
    }

    @Test
    void nullArgumentsFailNamingTheArgument() {
        SubjectState.Builder builder = loaded.toBuilder();

        assertEquals("purposeKey", assertThrows(NullPointerException.class,
                () -> builder.consentWithdrawn(null, T0)).getMessage());
        assertEquals("at", assertThrows(NullPointerException.class,
                () -> builder.consentGiven("newsletter", null)).getMessage());
        assertEquals("consent", assertThrows(NullPointerException.class, () -> builder.consent(null)).getMessage());
    }
}
