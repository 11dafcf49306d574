package fi.rekisteri.core;

/** The ground on which personal data may be transferred to a third country (GDPR Chapter V). */
public enum Safeguard implements Coded {
    /** Art. 45(3): the Commission has decided the country ensures an adequate level of protection. */
    ADEQUACY_DECISION("45(3)"),
    /** Art. 46(2)(a): a legally binding instrument between public authorities. */
    LEGALLY_BINDING_INSTRUMENT("46(2)(a)"),
    /** Art. 46(2)(c): standard data protection clauses adopted by the Commission. */
    STANDARD_CONTRACTUAL_CLAUSES("46(2)(c)"),
    /** Art. 46(2)(e): an approved code of conduct with binding commitments. */
    CODE_OF_CONDUCT("46(2)(e)"),
    /** Art. 46(2)(f): an approved certification mechanism with binding commitments. */
    CERTIFICATION("46(2)(f)"),
    /** Art. 46(3)(a): contractual clauses authorised by the supervisory authority. */
    AUTHORISED_CONTRACTUAL_CLAUSES("46(3)(a)"),
    /** Art. 47: binding corporate rules. */
    BINDING_CORPORATE_RULES("47"),
    /** Art. 49(1)(a): the subject's explicit consent after being informed of the risks. */
    DEROGATION_EXPLICIT_CONSENT("49(1)(a)"),
    /** Art. 49(1)(b): necessary for a contract with the subject. */
    DEROGATION_CONTRACT_WITH_SUBJECT("49(1)(b)"),
    /** Art. 49(1)(c): necessary for a contract in the subject's interest. */
    DEROGATION_CONTRACT_IN_SUBJECT_INTEREST("49(1)(c)"),
    /** Art. 49(1)(d): important reasons of public interest. */
    DEROGATION_PUBLIC_INTEREST("49(1)(d)"),
    /** Art. 49(1)(e): legal claims. */
    DEROGATION_LEGAL_CLAIMS("49(1)(e)"),
    /** Art. 49(1)(f): vital interests of a subject unable to consent. */
    DEROGATION_VITAL_INTERESTS("49(1)(f)"),
    /** Art. 49(1)(g): transfer from a public register. */
    DEROGATION_PUBLIC_REGISTER("49(1)(g)"),
    /** Art. 49(1) second subparagraph: compelling legitimate interests; documented in the Art. 30 record. */
    COMPELLING_LEGITIMATE_INTERESTS("49(1) second subparagraph"),
    /**
     * Safe Harbor (Commission Decision 2000/520/EC), invalidated by the Court of Justice in 2015 (C-362/14): no
     * ground at all. Kept so that a statement that still names it can be read and reported.
     */
    SAFE_HARBOR("2000/520/EC"),
    /**
     * The EU–US Privacy Shield (Commission Decision (EU) 2016/1250), invalidated by the Court of Justice in 2020
     * (C-311/18): no ground at all; the Data Privacy Framework or standard contractual clauses replace it.
     */
    PRIVACY_SHIELD("(EU) 2016/1250");

    private final String article;

    Safeguard(String article) {
        this.article = article;
    }

    /** The GDPR provision, such as {@code 46(2)(c)}; for an invalidated mechanism, the decision that set it up. */
    public String article() {
        return article;
    }

    /** Whether this is one of the Art. 49 derogations for specific situations. */
    public boolean isDerogation() {
        return article.startsWith("49");
    }

    /** Whether the Court of Justice has invalidated this mechanism, so that it is no ground for a transfer. */
    public boolean isInvalidated() {
        return this == SAFE_HARBOR || this == PRIVACY_SHIELD;
    }

    /**
     * The safeguard of a stable code.
     *
     * @throws NullPointerException if {@code code} is null
     * @throws IllegalArgumentException naming the code and the codes that exist
     */
    public static Safeguard ofCode(String code) {
        return Coded.ofCode(Safeguard.class, code, "transfer safeguard");
    }
}
