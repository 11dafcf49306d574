package fi.rekisteri.core.policy;

/** Why a check was denied: a stable code for programs; {@link Decision.Denied#reason()} is the text for people. */
public enum DenialReason {
    /** The purpose is not declared in the register. */
    UNKNOWN_PURPOSE("unknown-purpose"),
    /** The data category is not declared in the register. */
    UNKNOWN_CATEGORY("unknown-category"),
    /** The recipient has no disclosure in the register. */
    UNKNOWN_RECIPIENT("unknown-recipient"),
    /** The purpose does not cover the category, nor any category above it. */
    NOT_COVERED("not-covered"),
    /** The purpose is based on consent and the subject has never given it. */
    NO_CONSENT("no-consent"),
    /** The purpose is based on consent and the subject has withdrawn it. */
    CONSENT_WITHDRAWN("consent-withdrawn"),
    /** The purpose is direct marketing and the subject has objected to it (GDPR Art. 21(3)). */
    OBJECTED_TO_DIRECT_MARKETING("objected-to-direct-marketing"),
    /** The subject has restricted processing (GDPR Art. 18) and the purpose has no live consent to rely on. */
    RESTRICTED("restricted"),
    /** The disclosure to the recipient does not include the category. */
    NOT_DISCLOSED("not-disclosed"),
    /** The disclosure to the recipient does not serve the purpose. */
    PURPOSE_NOT_SERVED("purpose-not-served");

    private final String code;

    DenialReason(String code) {
        this.code = code;
    }

    /** The stable code used in logs and files. */
    public String code() {
        return code;
    }
}
