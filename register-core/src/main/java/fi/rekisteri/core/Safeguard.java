package fi.rekisteri.core;

import java.util.List;

/** The ground on which personal data may be transferred to a third country (GDPR Chapter V). */
public enum Safeguard {
    /** Art. 45(3): the Commission has decided the country ensures an adequate level of protection. */
    ADEQUACY_DECISION("adequacy-decision", "45(3)"),
    /** Art. 46(2)(a): a legally binding instrument between public authorities. */
    LEGALLY_BINDING_INSTRUMENT("legally-binding-instrument", "46(2)(a)"),
    /** Art. 46(2)(c): standard data protection clauses adopted by the Commission. */
    STANDARD_CONTRACTUAL_CLAUSES("standard-contractual-clauses", "46(2)(c)"),
    /** Art. 46(2)(e): an approved code of conduct with binding commitments. */
    CODE_OF_CONDUCT("code-of-conduct", "46(2)(e)"),
    /** Art. 46(2)(f): an approved certification mechanism with binding commitments. */
    CERTIFICATION("certification", "46(2)(f)"),
    /** Art. 46(3)(a): contractual clauses authorised by the supervisory authority. */
    AUTHORISED_CONTRACTUAL_CLAUSES("authorised-contractual-clauses", "46(3)(a)"),
    /** Art. 47: binding corporate rules. */
    BINDING_CORPORATE_RULES("binding-corporate-rules", "47"),
    /** Art. 49(1)(a): the subject's explicit consent after being informed of the risks. */
    DEROGATION_EXPLICIT_CONSENT("derogation-explicit-consent", "49(1)(a)"),
    /** Art. 49(1)(b): necessary for a contract with the subject. */
    DEROGATION_CONTRACT_WITH_SUBJECT("derogation-contract-with-subject", "49(1)(b)"),
    /** Art. 49(1)(c): necessary for a contract in the subject's interest. */
    DEROGATION_CONTRACT_IN_SUBJECT_INTEREST("derogation-contract-in-subject-interest", "49(1)(c)"),
    /** Art. 49(1)(d): important reasons of public interest. */
    DEROGATION_PUBLIC_INTEREST("derogation-public-interest", "49(1)(d)"),
    /** Art. 49(1)(e): legal claims. */
    DEROGATION_LEGAL_CLAIMS("derogation-legal-claims", "49(1)(e)"),
    /** Art. 49(1)(f): vital interests of a subject unable to consent. */
    DEROGATION_VITAL_INTERESTS("derogation-vital-interests", "49(1)(f)"),
    /** Art. 49(1)(g): transfer from a public register. */
    DEROGATION_PUBLIC_REGISTER("derogation-public-register", "49(1)(g)"),
    /** Art. 49(1) second subparagraph: compelling legitimate interests; documented in the Art. 30 record. */
    COMPELLING_LEGITIMATE_INTERESTS("compelling-legitimate-interests", "49(1) second subparagraph");

    private final String code;
    private final String article;

    Safeguard(String code, String article) {
        this.code = code;
        this.article = article;
    }

    /** The stable code used in files and databases. */
    public String code() {
        return code;
    }

    /** The GDPR provision, such as {@code 46(2)(c)}. */
    public String article() {
        return article;
    }

    /** Whether this is one of the Art. 49 derogations for specific situations. */
    public boolean isDerogation() {
        return article.startsWith("49");
    }

    /**
     * The safeguard of a stable code.
     *
     * @throws NullPointerException if {@code code} is null
     * @throws IllegalArgumentException naming the code and the codes that exist
     */
    public static Safeguard ofCode(String code) {
        return Codes.lookUp(values(), Safeguard::code, code, "transfer safeguard");
    }

    /** The codes of every safeguard, in declaration order. */
    public static List<String> codes() {
        return Codes.list(values(), Safeguard::code);
    }
}
