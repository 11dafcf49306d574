package fi.rekisteri.core.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A consent dated in the future is not live until its date comes. */
class FutureConsentTest {

    private static final SubjectId SUBJECT = SubjectId.of("customer-4711");

    private final PurposePolicy policy = PurposePolicy.compile(TestRegisters.customers());

    @Test
    void aConsentDatedInTheFutureIsNotLiveYet() {
        Instant tomorrow = Instant.now().plus(Duration.ofDays(1));
        SubjectConsent consent = new SubjectConsent("newsletter", tomorrow, Optional.empty());

        assertFalse(consent.isLive());
        assertFalse(consent.isLiveAt(tomorrow.minusNanos(1)));
        assertTrue(consent.isLiveAt(tomorrow));
    }

    @Test
    void thePolicyDeniesAConsentBasedPurposeOnAFutureConsentAsNotGiven() {
        SubjectState state = SubjectState.builder(SUBJECT)
                .consentGiven("newsletter", Instant.now().plus(Duration.ofDays(30))).build();

        Decision.Denied denied = assertInstanceOf(Decision.Denied.class,
                policy.check(state, "newsletter", "contact.email"));

        assertEquals(DenialReason.NO_CONSENT, denied.code());
        assertFalse(state.hasLiveConsent("newsletter"));
        assertFalse(state.toString().contains("newsletter"), state.toString());
    }

    @Test
    void aStateJudgedAtALaterInstantSeesTheConsentLive() {
        Instant given = Instant.now().plus(Duration.ofDays(30));
        SubjectState state = SubjectState.builder(SUBJECT).consentGiven("newsletter", given).build();

        assertTrue(state.hasLiveConsent("newsletter", given.plusSeconds(1)));
        assertFalse(state.hasLiveConsent("newsletter", given.minusSeconds(1)));
    }

    @Test
    void aConsentGivenInThePastStaysLiveAndAWithdrawalEndsItWhateverItsDate() {
        Instant past = Instant.parse("2026-01-10T08:00:00Z");
        SubjectState given = SubjectState.builder(SUBJECT).consentGiven("newsletter", past).build();
        SubjectState withdrawn = given.toBuilder()
                .consentWithdrawn("newsletter", Instant.now().plus(Duration.ofDays(1))).build();

        assertTrue(given.hasLiveConsent("newsletter"));
        assertEquals(DenialReason.CONSENT_WITHDRAWN, assertInstanceOf(Decision.Denied.class,
                policy.check(withdrawn, "newsletter", "contact.email")).code());
    }
}
