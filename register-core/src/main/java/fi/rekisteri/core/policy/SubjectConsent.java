package fi.rekisteri.core.policy;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A subject's consent to one purpose: when it was given and, if so, when it was withdrawn.
 *
 * @param purpose key of the purpose consented to
 * @param given when the consent was given
 * @param withdrawn when it was withdrawn; empty while it is live
 */
public record SubjectConsent(String purpose, Instant given, Optional<Instant> withdrawn) {

    /** Creates a consent; a withdrawal cannot precede the consent. */
    public SubjectConsent {
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(given, "given");
        Objects.requireNonNull(withdrawn, "withdrawn");
        if (withdrawn.isPresent() && withdrawn.get().isBefore(given)) {
            throw new IllegalArgumentException("consent to '" + purpose + "' withdrawn at " + withdrawn.get()
                    + ", before it was given at " + given);
        }
    }

    /** Whether the consent is live: given and not withdrawn. */
    public boolean isLive() {
        return withdrawn.isEmpty();
    }
}
