package fi.rekisteri.core.policy;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What one data subject has said that narrows the register: consents given and withdrawn, an objection to direct
 * marketing, a restriction of processing. An immutable value the application loads from its store.
 *
 * <pre>{@code
 * SubjectState state = SubjectState.builder(SubjectId.of("customer-4711"))
 *         .consentGiven("newsletter", givenAt)
 *         .objectedToDirectMarketing(objectedAt)
 *         .build();
 * policy.check(state, "newsletter", "contact.email");   // denied: objection wins
 * }</pre>
 */
public final class SubjectState {

    private final SubjectId subject;
    private final Map<String, SubjectConsent> consents;
    private final Optional<Instant> objectedToDirectMarketing;
    private final Optional<Instant> restrictedSince;
    private final boolean objected;
    private final boolean restricted;
    /**
     * Whether some consent was dated after the instant this state was built. Time only moves forward, so a consent
     * given before then stays given, and the checks read the clock only for a state with a future-dated consent.
     */
    private final boolean consentInFuture;

    private SubjectState(Builder b) {
        this.subject = b.subject;
        this.consents = Map.copyOf(b.consents);
        this.objectedToDirectMarketing = b.objectedToDirectMarketing;
        this.restrictedSince = b.restrictedSince;
        this.objected = objectedToDirectMarketing.isPresent();
        this.restricted = restrictedSince.isPresent();
        Instant built = Instant.now();
        this.consentInFuture = consents.values().stream().anyMatch(consent -> consent.given().isAfter(built));
    }

    /**
     * A builder for the state of the given subject.
     *
     * @throws NullPointerException if {@code subject} is null
     */
    public static Builder builder(SubjectId subject) {
        return new Builder(subject);
    }

    /**
     * The state of a subject who has said nothing: no consents, no objection, no restriction.
     *
     * @throws NullPointerException if {@code subject} is null
     */
    public static SubjectState of(SubjectId subject) {
        return new Builder(subject).build();
    }

    /** A builder holding this state, to record something more. */
    public Builder toBuilder() {
        Builder b = new Builder(subject);
        b.consents.putAll(consents);
        b.objectedToDirectMarketing = objectedToDirectMarketing;
        b.restrictedSince = restrictedSince;
        return b;
    }

    /** The subject this state belongs to. */
    public SubjectId subject() {
        return subject;
    }

    /** The consents, by purpose key. */
    public Map<String, SubjectConsent> consents() {
        return consents;
    }

    /** The consent to a purpose, live or withdrawn, if one was ever given. */
    public Optional<SubjectConsent> consent(String purposeKey) {
        Objects.requireNonNull(purposeKey, "purposeKey");
        return Optional.ofNullable(consents.get(purposeKey));
    }

    /**
     * Whether the subject has a live consent to the purpose now, by the system clock: a consent dated in the future
     * is not live yet.
     */
    public boolean hasLiveConsent(String purposeKey) {
        Objects.requireNonNull(purposeKey, "purposeKey");
        SubjectConsent consent = consents.get(purposeKey);
        return consent != null && isLive(consent);
    }

    /** Whether a consent of this state is live now; reads the clock only when some consent was future-dated. */
    boolean isLive(SubjectConsent consent) {
        return consent.withdrawn().isEmpty() && (!consentInFuture || consent.isLive());
    }

    /**
     * Whether the subject has a live consent to the purpose at an instant ({@link SubjectConsent#isLiveAt}).
     *
     * @throws NullPointerException if an argument is null
     */
    public boolean hasLiveConsent(String purposeKey, Instant at) {
        Objects.requireNonNull(purposeKey, "purposeKey");
        Objects.requireNonNull(at, "at");
        SubjectConsent consent = consents.get(purposeKey);
        return consent != null && consent.isLiveAt(at);
    }

    /** When the subject objected to direct marketing; empty if they have not. */
    public Optional<Instant> objectedToDirectMarketing() {
        return objectedToDirectMarketing;
    }

    /** Whether the subject has objected to direct marketing. */
    public boolean hasObjectedToDirectMarketing() {
        return objected;
    }

    /** Since when processing has been restricted (GDPR Art. 18); empty if it is not. */
    public Optional<Instant> restrictedSince() {
        return restrictedSince;
    }

    /** Whether processing is restricted (GDPR Art. 18). */
    public boolean isRestricted() {
        return restricted;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SubjectState s && subject.equals(s.subject) && consents.equals(s.consents)
                && objectedToDirectMarketing.equals(s.objectedToDirectMarketing)
                && restrictedSince.equals(s.restrictedSince);
    }

    @Override
    public int hashCode() {
        return Objects.hash(subject, consents, objectedToDirectMarketing, restrictedSince);
    }

    /** A summary with the subject's pseudonym and the purposes with live consent; never personal data. */
    @Override
    public String toString() {
        Instant now = Instant.now();
        return "SubjectState[" + subject + ", live consents "
                + consents.values().stream().filter(consent -> consent.isLiveAt(now)).map(SubjectConsent::purpose).sorted()
                        .toList()
                + (objected ? ", objected to direct marketing" : "") + (restricted ? ", restricted" : "") + "]";
    }

    /**
     * Builds a {@link SubjectState}; not thread-safe. Consents are kept by purpose key: recording one replaces the
     * earlier consent or withdrawal for its purpose, and {@link #removeConsent(String)} forgets it.
     */
    public static final class Builder {
        private final SubjectId subject;
        private final Map<String, SubjectConsent> consents = new HashMap<>();
        private Optional<Instant> objectedToDirectMarketing = Optional.empty();
        private Optional<Instant> restrictedSince = Optional.empty();

        private Builder(SubjectId subject) {
            this.subject = Objects.requireNonNull(subject, "subject");
        }

        /**
         * Records a consent to a purpose, replacing any earlier consent or withdrawal for it.
         *
         * @throws NullPointerException if an argument is null
         */
        public Builder consentGiven(String purposeKey, Instant at) {
            return consent(new SubjectConsent(Objects.requireNonNull(purposeKey, "purposeKey"),
                    Objects.requireNonNull(at, "at"), Optional.empty()));
        }

        /**
         * Records a consent to a purpose given to a version of the consent text, replacing any earlier consent or
         * withdrawal for it.
         *
         * @throws NullPointerException if an argument is null
         * @throws IllegalArgumentException if the text version is blank
         */
        public Builder consentGiven(String purposeKey, Instant at, String textVersion) {
            return consent(new SubjectConsent(Objects.requireNonNull(purposeKey, "purposeKey"),
                    Objects.requireNonNull(at, "at"), Optional.empty(),
                    Optional.of(Objects.requireNonNull(textVersion, "textVersion"))));
        }

        /**
         * Records the withdrawal of the consent to a purpose.
         *
         * @throws NullPointerException if an argument is null
         * @throws IllegalStateException if no consent to the purpose was recorded
         * @throws IllegalArgumentException if the withdrawal precedes the consent
         */
        public Builder consentWithdrawn(String purposeKey, Instant at) {
            Objects.requireNonNull(purposeKey, "purposeKey");
            Objects.requireNonNull(at, "at");
            SubjectConsent given = consents.get(purposeKey);
            if (given == null) {
                throw new IllegalStateException("no consent to '" + purposeKey + "' recorded, so none to withdraw");
            }
            return consent(new SubjectConsent(purposeKey, given.given(), Optional.of(at), given.textVersion()));
        }

        /**
         * Records a consent as stored, live or withdrawn, replacing any earlier one for its purpose.
         *
         * @throws NullPointerException if {@code consent} is null
         */
        public Builder consent(SubjectConsent consent) {
            Objects.requireNonNull(consent, "consent");
            consents.put(consent.purpose(), consent);
            return this;
        }

        /**
         * Records several consents as stored.
         *
         * @throws NullPointerException if {@code stored} or one of its elements is null
         */
        public Builder consents(Collection<SubjectConsent> stored) {
            Objects.requireNonNull(stored, "stored");
            stored.forEach(this::consent);
            return this;
        }

        /**
         * Forgets the consent record of a purpose, live or withdrawn, as when the record itself is erased; a
         * withdrawal is {@link #consentWithdrawn(String, Instant)}.
         *
         * @throws NullPointerException if {@code purposeKey} is null
         * @throws IllegalArgumentException naming the key, if no consent to the purpose was recorded
         */
        public Builder removeConsent(String purposeKey) {
            Objects.requireNonNull(purposeKey, "purposeKey");
            if (consents.remove(purposeKey) == null) {
                throw new IllegalArgumentException("no consent to '" + purposeKey + "' recorded, so none to remove");
            }
            return this;
        }

        /**
         * Records the subject's objection to direct marketing; it cannot be outweighed (GDPR Art. 21(3)).
         *
         * @throws NullPointerException if {@code at} is null
         */
        public Builder objectedToDirectMarketing(Instant at) {
            this.objectedToDirectMarketing = Optional.of(Objects.requireNonNull(at, "at"));
            return this;
        }

        /** Records that the subject has taken back an objection to direct marketing. */
        public Builder objectionWithdrawn() {
            this.objectedToDirectMarketing = Optional.empty();
            return this;
        }

        /**
         * Records a restriction of processing (GDPR Art. 18).
         *
         * @throws NullPointerException if {@code since} is null
         */
        public Builder restricted(Instant since) {
            this.restrictedSince = Optional.of(Objects.requireNonNull(since, "since"));
            return this;
        }

        /** Lifts a restriction of processing. */
        public Builder restrictionLifted() {
            this.restrictedSince = Optional.empty();
            return this;
        }

        /** The state. */
        public SubjectState build() {
            return new SubjectState(this);
        }
    }
}
