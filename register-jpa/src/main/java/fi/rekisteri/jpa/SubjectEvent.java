package fi.rekisteri.jpa;

import java.time.Instant;
import java.util.Objects;

/**
 * One thing a data subject said that narrows the register, as {@link SubjectStateStore} keeps it: the store appends
 * events and derives the subject's {@link fi.rekisteri.core.policy.SubjectState} from them, so the history stays
 * available as proof of consent (GDPR Art. 7(1)) and for an access request.
 */
public sealed interface SubjectEvent {

    /** When the subject said it, to the microsecond. */
    Instant at();

    /**
     * A consent to a purpose, given to a version of the consent text.
     *
     * @param purpose key of the purpose
     * @param at when it was given
     * @param textVersion the version of the consent text the subject agreed to
     */
    record ConsentGiven(String purpose, Instant at, String textVersion) implements SubjectEvent {
        /** Checks the parts. */
        public ConsentGiven {
            Objects.requireNonNull(purpose, "purpose");
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(textVersion, "textVersion");
        }
    }

    /**
     * The withdrawal of the consent to a purpose.
     *
     * @param purpose key of the purpose
     * @param at when it was withdrawn
     */
    record ConsentWithdrawn(String purpose, Instant at) implements SubjectEvent {
        /** Checks the parts. */
        public ConsentWithdrawn {
            Objects.requireNonNull(purpose, "purpose");
            Objects.requireNonNull(at, "at");
        }
    }

    /**
     * An objection to direct marketing (GDPR Art. 21(2)); it cannot be outweighed.
     *
     * @param at when the subject objected
     */
    record ObjectedToDirectMarketing(Instant at) implements SubjectEvent {
        /** Checks the parts. */
        public ObjectedToDirectMarketing {
            Objects.requireNonNull(at, "at");
        }
    }

    /**
     * A restriction of processing (GDPR Art. 18).
     *
     * @param at when it began
     */
    record Restricted(Instant at) implements SubjectEvent {
        /** Checks the parts. */
        public Restricted {
            Objects.requireNonNull(at, "at");
        }
    }

    /**
     * The end of a restriction of processing.
     *
     * @param at when it was lifted
     */
    record RestrictionLifted(Instant at) implements SubjectEvent {
        /** Checks the parts. */
        public RestrictionLifted {
            Objects.requireNonNull(at, "at");
        }
    }
}
