package fi.rekisteri.core.policy;

/**
 * The state a consent is in at some time, as a consent record tells it (ISO/IEC TS 27560 "event state"): given,
 * withdrawn by the subject, or expired because its validity ran out.
 */
public enum ConsentStatus {
    /** The subject gave the consent; it justifies processing until withdrawn or expired. */
    GIVEN,
    /** The subject withdrew the consent (GDPR Art. 7(3)); processing on it stops from then on. */
    WITHDRAWN,
    /** The consent's validity ran out without a withdrawal; the subject has to be asked again. */
    EXPIRED
}
