package fi.rekisteri.core.policy;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A subject's consent to one purpose: when it was given, to which version of the consent text, and, if so, when it
 * was withdrawn. The text version lets the controller show what the subject agreed to (GDPR Art. 7(1)) and ask again
 * when the text changes.
 *
 * @param purpose key of the purpose consented to
 * @param given when the consent was given
 * @param withdrawn when it was withdrawn; empty while it is live
 * @param textVersion the version of the consent text the subject agreed to, as the application names its versions;
 *     empty when not recorded
 */
public record SubjectConsent(String purpose, Instant given, Optional<Instant> withdrawn, Optional<String> textVersion) {

    /**
     * Creates a consent; a withdrawal cannot precede the consent.
     *
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the text version is blank or the withdrawal precedes the consent
     */
    public SubjectConsent {
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(given, "given");
        Objects.requireNonNull(withdrawn, "withdrawn");
        Objects.requireNonNull(textVersion, "textVersion");
        if (textVersion.isPresent() && textVersion.get().isBlank()) {
            throw new IllegalArgumentException("text version of the consent to '" + purpose + "' is blank; leave it"
                    + " out instead");
        }
        if (withdrawn.isPresent() && withdrawn.get().isBefore(given)) {
            throw new IllegalArgumentException("consent to '" + purpose + "' withdrawn at " + withdrawn.get()
                    + ", before it was given at " + given);
        }
    }

    /**
     * A consent without a recorded text version.
     *
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the withdrawal precedes the consent
     */
    public SubjectConsent(String purpose, Instant given, Optional<Instant> withdrawn) {
        this(purpose, given, withdrawn, Optional.empty());
    }

    /**
     * Whether the consent is live now, by the system clock: see {@link #isLiveAt(Instant)}.
     *
     * @return true if the consent has been given by now and not withdrawn
     */
    public boolean isLive() {
        return isLiveAt(Instant.now());
    }

    /**
     * Whether the consent is live at an instant: given at or before it, and not withdrawn. A consent dated after the
     * instant is not live yet (a date in the future is a mistake or a clock's skew, and processing must not start
     * before the subject agreed). A withdrawal ends the consent whatever its date: when in doubt, the subject said no.
     *
     * @param at the instant to judge at
     * @return true if the consent has been given by then and not withdrawn
     */
    public boolean isLiveAt(Instant at) {
        Objects.requireNonNull(at, "at");
        return withdrawn.isEmpty() && !given.isAfter(at);
    }
}
