package fi.rekisteri.core.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class SubjectStateCheckTest {

    private static final Instant T0 = Instant.parse("2026-01-10T08:00:00Z");
    private static final Instant T1 = Instant.parse("2026-03-01T12:00:00Z");
    private static final SubjectId SUBJECT = SubjectId.of("customer-4711");

    private final PurposePolicy policy = PurposePolicy.compile(TestRegisters.customers());
    private final PurposeHandle newsletter = policy.purpose("newsletter");
    private final PurposeHandle marketing = policy.purpose("direct-marketing");
    private final CategoryHandle email = policy.category("contact.email");

    @Test
    void consentBasedPurposeIsDeniedWithoutAConsent() {
        SubjectState state = SubjectState.of(SUBJECT);
        Decision.Denied denied = assertInstanceOf(Decision.Denied.class, policy.check(state, newsletter, email));
        assertEquals(DenialReason.NO_CONSENT, denied.code());
        assertEquals("purpose 'newsletter' is based on consent and the subject has not given it", denied.reason());
    }

    @Test
    void consentBasedPurposeIsAllowedWithALiveConsent() {
        SubjectState state = SubjectState.builder(SUBJECT).consentGiven("newsletter", T0).build();
        assertSame(Decision.allowed(), policy.check(state, newsletter, email));
        assertSame(Decision.allowed(), policy.check(state, "newsletter", "contact.email"));
    }

    @Test
    void consentBasedPurposeIsDeniedAfterTheConsentIsWithdrawn() {
        SubjectState state = SubjectState.builder(SUBJECT)
                .consentGiven("newsletter", T0)
                .consentWithdrawn("newsletter", T1)
                .build();
        Decision.Denied denied = assertInstanceOf(Decision.Denied.class, policy.check(state, newsletter, email));
        assertEquals(DenialReason.CONSENT_WITHDRAWN, denied.code());
        assertEquals(T1, state.consent("newsletter").orElseThrow().withdrawn().orElseThrow());
    }

    @Test
    void consentDoesNotWidenWhatTheRegisterAllows() {
        SubjectState state = SubjectState.builder(SUBJECT).consentGiven("newsletter", T0).build();
        Decision.Denied denied = assertInstanceOf(Decision.Denied.class,
                policy.check(state, newsletter, policy.category("contact.phone")));
        assertEquals(DenialReason.NOT_COVERED, denied.code());
    }

    @Test
    void purposeOnAnotherBasisNeedsNoConsent() {
        assertSame(Decision.allowed(), policy.check(SubjectState.of(SUBJECT), marketing, email));
        assertSame(Decision.allowed(),
                policy.check(SubjectState.of(SUBJECT), policy.purpose("billing"), policy.category("billing")));
    }

    @Test
    void objectionToDirectMarketingDeniesItEvenWithAConsent() {
        SubjectState state = SubjectState.builder(SUBJECT)
                .consentGiven("direct-marketing", T0)
                .objectedToDirectMarketing(T1)
                .build();
        Decision.Denied denied = assertInstanceOf(Decision.Denied.class, policy.check(state, marketing, email));
        assertEquals(DenialReason.OBJECTED_TO_DIRECT_MARKETING, denied.code());
        assertEquals("purpose 'direct-marketing' is direct marketing and the subject has objected to direct"
                + " marketing", denied.reason());
        // Other purposes are untouched by the objection.
        assertSame(Decision.allowed(), policy.check(state, policy.purpose("billing"), email));
    }

    @Test
    void restrictionDeniesEveryPurposeWithoutALiveConsent() {
        SubjectState state = SubjectState.builder(SUBJECT)
                .consentGiven("newsletter", T0)
                .restricted(T1)
                .build();
        Decision.Denied billing = assertInstanceOf(Decision.Denied.class,
                policy.check(state, "billing", "billing.invoices"));
        assertEquals(DenialReason.RESTRICTED, billing.code());
        assertEquals("the subject has restricted processing (GDPR Art. 18): purpose 'billing' may only store the"
                + " data", billing.reason());
        assertSame(Decision.allowed(), policy.check(state, newsletter, email));
        assertTrue(policy.check(state.toBuilder().restrictionLifted().build(), "billing", "billing").isAllowed());
    }

    @Test
    void requireWithStateNeverNamesTheSubject() {
        SubjectState state = SubjectState.of(SubjectId.of("customer-secret-4711"));
        PurposeViolationException e = assertThrows(PurposeViolationException.class,
                () -> policy.require(state, newsletter, email));
        assertEquals(DenialReason.NO_CONSENT, e.code());
        assertFalse(e.getMessage().contains("4711"), e.getMessage());
        assertTrue(e.getMessage().contains("'newsletter'") && e.getMessage().contains("'contact.email'"));
    }

    @Test
    void purposeLevelCheckIgnoresCategories() {
        SubjectState objected = SubjectState.builder(SUBJECT).objectedToDirectMarketing(T0).build();
        assertFalse(policy.check(objected, marketing).isAllowed());
        assertTrue(policy.check(objected, newsletter).isDenied());
        assertTrue(policy.check(SubjectState.of(SUBJECT), marketing).isAllowed());
    }

    @Test
    void withdrawingAConsentNeverGivenIsAnError() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> SubjectState.builder(SUBJECT).consentWithdrawn("newsletter", T0));
        assertEquals("no consent to 'newsletter' recorded, so none to withdraw", e.getMessage());
    }

    @Test
    void withdrawalBeforeConsentIsRejected() {
        assertThrows(IllegalArgumentException.class,
                () -> SubjectState.builder(SUBJECT).consentGiven("newsletter", T1).consentWithdrawn("newsletter", T0));
    }

    @Test
    void stateToStringShowsPseudonymNotTheId() {
        SubjectState state = SubjectState.builder(SUBJECT).consentGiven("newsletter", T0).build();
        assertFalse(state.toString().contains("4711"), state.toString());
        assertTrue(state.toString().contains("[newsletter]"), state.toString());
        assertEquals(state, state.toBuilder().build());
    }
}
