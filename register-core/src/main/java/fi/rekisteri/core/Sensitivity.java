package fi.rekisteri.core;

/** Kinds of personal data the law protects beyond the ordinary, each needing a ground of its own. */
public enum Sensitivity implements Coded {
    /**
     * Special categories of personal data (GDPR Art. 9(1)): racial or ethnic origin, political opinions, religious or
     * philosophical beliefs, trade union membership, genetic data, biometric data for identification, health, sex life
     * or sexual orientation. Processing needs an Art. 9(2) condition.
     */
    SPECIAL_CATEGORY,
    /** Personal data on criminal convictions and offences (GDPR Art. 10); needs a legal authorisation. */
    CRIMINAL_OFFENCE,
    /** The Finnish personal identity code (henkilötunnus); may be processed only on a Tietosuojalaki §29 ground. */
    PERSONAL_IDENTITY_CODE;

    /**
     * The sensitivity of a stable code.
     *
     * @throws NullPointerException if {@code code} is null
     * @throws IllegalArgumentException naming the code and the codes that exist
     */
    public static Sensitivity ofCode(String code) {
        return Coded.ofCode(Sensitivity.class, code, "sensitivity");
    }
}
