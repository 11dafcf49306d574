package fi.rekisteri.core.policy;

/**
 * The state a consent is in at some time, as a consent record tells it (ISO/IEC TS 27560 "event state"): given
 * (afresh, or again while an earlier consent to the purpose was live), withdrawn by the subject, expired because its
 * validity ran out, or superseded by the consent given again.
 */
public enum ConsentStatus {
    /** The subject gave the consent; it justifies processing until withdrawn or expired. */
    GIVEN,
    /**
     * The subject gave the consent again while an earlier consent to the purpose was live (to a new version of the
     * consent text, say): a new instance of given consent that takes the earlier one's place, which is
     * {@link #SUPERSEDED} at the same time. It justifies processing as {@link #GIVEN} does.
     */
    RENEWED,
    /** The subject withdrew the consent (GDPR Art. 7(3)); processing on it stops from then on. */
    WITHDRAWN,
    /** The consent's validity ran out without a withdrawal; the subject has to be asked again. */
    EXPIRED,
    /**
     * The subject gave the consent again while this one was live: from then on the {@link #RENEWED} consent justifies
     * the processing, and this one no longer does.
     */
    SUPERSEDED;

    /** Whether a record's first event is in this state: the consent given, afresh or renewed. */
    public boolean starts() {
        return this == GIVEN || this == RENEWED;
    }
}
