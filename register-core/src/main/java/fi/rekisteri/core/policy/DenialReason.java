package fi.rekisteri.core.policy;

import fi.rekisteri.core.Coded;

/**
 * Why a check was denied: a stable code for programs and logs ({@link #code()}: the constant's name in lower case with
 * hyphens, {@code not-covered}); {@link Decision.Denied#reason()} is the text for people.
 */
public enum DenialReason implements Coded {
    /** The purpose is not declared in the register. */
    UNKNOWN_PURPOSE,
    /** The data category is not declared in the register. */
    UNKNOWN_CATEGORY,
    /** The recipient has no disclosure in the register. */
    UNKNOWN_RECIPIENT,
    /** The purpose does not cover the category, nor any category above it. */
    NOT_COVERED,
    /** The purpose is based on consent and the subject has never given it. */
    NO_CONSENT,
    /** The purpose is based on consent and the subject has withdrawn it. */
    CONSENT_WITHDRAWN,
    /** The purpose is direct marketing and the subject has objected to it (GDPR Art. 21(3)). */
    OBJECTED_TO_DIRECT_MARKETING,
    /** The subject has restricted processing (GDPR Art. 18) and the purpose has no live consent to rely on. */
    RESTRICTED,
    /** The disclosure to the recipient does not include the category. */
    NOT_DISCLOSED,
    /** The disclosure to the recipient does not serve the purpose. */
    PURPOSE_NOT_SERVED
}
