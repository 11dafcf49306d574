package fi.rekisteri.jpa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fi.rekisteri.core.policy.Decision;
import fi.rekisteri.core.policy.DenialReason;
import fi.rekisteri.core.policy.PurposePolicy;
import fi.rekisteri.core.policy.SubjectConsent;
import fi.rekisteri.core.policy.SubjectId;
import fi.rekisteri.core.policy.SubjectState;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.TestInstance;

/** What {@link SubjectStateStore} does, on any database, and how its states feed a {@link PurposePolicy}. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class SubjectStateStoreContract {

    private static final Instant T0 = Instant.parse("2026-01-10T08:00:00Z");
    private static final Instant T1 = Instant.parse("2026-03-01T12:00:00Z");
    private static final Instant T2 = Instant.parse("2026-06-15T09:30:00Z");

    /** newsletter: consent-based direct marketing of contact.email; billing: contract, contact. */
    private final PurposePolicy policy = PurposePolicy.compile(SampleRegisters.full("subjects"));

    private EntityManagerFactory factory;
    private SubjectStateStore store;

    abstract TestDatabase database();

    @BeforeAll
    void startDatabase() {
        factory = database().factoryWithGeneratedSchema();
        store = SubjectStateStore.of(factory);
    }

    @AfterAll
    void closeFactory() {
        factory.close();
    }

    private static SubjectId subject(TestInfo test) {
        return SubjectId.of("customer-" + test.getTestMethod().orElseThrow().getName());
    }

    private Decision.Denied denied(SubjectState state, String purpose, String category) {
        return assertInstanceOf(Decision.Denied.class, policy.check(state, purpose, category));
    }

    @Test
    void subjectWhoSaidNothingLoadsAsTheEmptyState(TestInfo test) {
        SubjectId subject = subject(test);

        assertEquals(SubjectState.of(subject), store.load(subject));
        assertEquals(DenialReason.NO_CONSENT, denied(store.load(subject), "newsletter", "contact.email").code());
    }

    @Test
    void loadsAGivenConsentWithItsTimeAndTextVersionAndAllowsThePurpose(TestInfo test) {
        SubjectId subject = subject(test);

        SubjectState returned = store.giveConsent(subject, "newsletter", T0, "newsletter-v3");
        SubjectState loaded = store.load(subject);

        assertEquals(SubjectState.builder(subject).consentGiven("newsletter", T0, "newsletter-v3").build(), loaded);
        assertEquals(loaded, returned);
        assertEquals(Optional.of("newsletter-v3"), loaded.consent("newsletter").orElseThrow().textVersion());
        assertSame(Decision.allowed(), policy.check(loaded, "newsletter", "contact.email"));
    }

    @Test
    void withdrawnConsentDeniesThePurposeAndKeepsWhenAndToWhatItWasGiven(TestInfo test) {
        SubjectId subject = subject(test);
        store.giveConsent(subject, "newsletter", T0, "newsletter-v3");

        store.withdrawConsent(subject, "newsletter", T1);
        SubjectState loaded = store.load(subject);

        assertEquals(new SubjectConsent("newsletter", T0, Optional.of(T1), Optional.of("newsletter-v3")),
                loaded.consent("newsletter").orElseThrow());
        assertEquals(DenialReason.CONSENT_WITHDRAWN, denied(loaded, "newsletter", "contact.email").code());
        assertSame(Decision.allowed(), policy.check(loaded, "billing", "contact"));
    }

    @Test
    void objectionDeniesDirectMarketingEvenWithALiveConsentButNotOtherPurposes(TestInfo test) {
        SubjectId subject = subject(test);
        store.giveConsent(subject, "newsletter", T0, "newsletter-v3");

        store.objectToDirectMarketing(subject, T1);
        SubjectState loaded = store.load(subject);

        assertEquals(Optional.of(T1), loaded.objectedToDirectMarketing());
        assertEquals(DenialReason.OBJECTED_TO_DIRECT_MARKETING,
                denied(loaded, "newsletter", "contact.email").code());
        assertSame(Decision.allowed(), policy.check(loaded, "billing", "contact"));
    }

    @Test
    void restrictionDeniesUntilLifted(TestInfo test) {
        SubjectId subject = subject(test);

        SubjectState restricted = store.restrict(subject, T0);
        assertEquals(Optional.of(T0), store.load(subject).restrictedSince());
        assertEquals(DenialReason.RESTRICTED, denied(restricted, "billing", "contact").code());

        store.liftRestriction(subject, T1);
        SubjectState lifted = store.load(subject);
        assertEquals(Optional.empty(), lifted.restrictedSince());
        assertSame(Decision.allowed(), policy.check(lifted, "billing", "contact"));
    }

    @Test
    void keepsEveryEventInTheHistoryWhileTheStateShowsTheLatestConsent(TestInfo test) {
        SubjectId subject = subject(test);
        store.giveConsent(subject, "newsletter", T0, "newsletter-v3");
        store.withdrawConsent(subject, "newsletter", T1);
        store.giveConsent(subject, "newsletter", T2, "newsletter-v4");

        assertEquals(List.of(
                        new SubjectEvent.ConsentGiven("newsletter", T0, "newsletter-v3"),
                        new SubjectEvent.ConsentWithdrawn("newsletter", T1),
                        new SubjectEvent.ConsentGiven("newsletter", T2, "newsletter-v4")),
                store.history(subject));
        SubjectConsent current = store.load(subject).consent("newsletter").orElseThrow();
        assertEquals(new SubjectConsent("newsletter", T2, Optional.empty(), Optional.of("newsletter-v4")), current);
    }

    @Test
    void derivesTheStateInOrderOfTimeWhateverOrderTheEventsWereRecordedIn(TestInfo test) {
        SubjectId subject = subject(test);
        store.giveConsent(subject, "newsletter", T2, "newsletter-v4");
        store.giveConsent(subject, "newsletter", T0, "newsletter-v3"); // recorded late, happened first

        assertEquals(Optional.of("newsletter-v4"),
                store.load(subject).consent("newsletter").orElseThrow().textVersion());
        assertEquals(T0, store.history(subject).get(0).at());
    }

    @Test
    void refusesToWithdrawAConsentThatIsNotLiveAndStoresNothing(TestInfo test) {
        SubjectId subject = subject(test);

        IllegalStateException never = assertThrows(IllegalStateException.class,
                () -> store.withdrawConsent(subject, "newsletter", T1));
        store.giveConsent(subject, "newsletter", T1, "newsletter-v3");
        IllegalStateException before = assertThrows(IllegalStateException.class,
                () -> store.withdrawConsent(subject, "newsletter", T0));

        assertEquals("the subject has no live consent to 'newsletter' at " + T1 + " to withdraw", never.getMessage());
        assertEquals("the subject has no live consent to 'newsletter' at " + T0 + " to withdraw", before.getMessage());
        assertEquals(1, store.history(subject).size());
    }

    @Test
    void refusesToLiftARestrictionNotInForce(TestInfo test) {
        SubjectId subject = subject(test);

        assertThrows(IllegalStateException.class, () -> store.liftRestriction(subject, T0));
        assertEquals(List.of(), store.history(subject));
    }

    @Test
    void rejectsABlankOrTooLongTextVersion(TestInfo test) {
        SubjectId subject = subject(test);

        assertThrows(IllegalArgumentException.class, () -> store.giveConsent(subject, "newsletter", T0, " "));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> store.giveConsent(subject, "newsletter", T0, "v".repeat(501)));
        assertEquals("textVersion is 501 characters long; the store holds at most 500", e.getMessage());
        assertEquals(List.of(), store.history(subject));
    }

    @Test
    void joiningStoreRecordsInTheCallersTransaction(TestInfo test) {
        SubjectId subject = subject(test);
        EntityManager em = factory.createEntityManager();
        try {
            em.getTransaction().begin();
            SubjectStateStore.joining(em).objectToDirectMarketing(subject, T0);
            em.getTransaction().rollback();
        } finally {
            em.close();
        }
        factory.runInTransaction(m -> SubjectStateStore.joining(m).restrict(subject, T1));

        assertEquals(List.of(new SubjectEvent.Restricted(T1)), store.history(subject));
    }
}
