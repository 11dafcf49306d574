package fi.rekisteri.core;

import java.util.List;

/** The conditions of GDPR Art. 9(2) under which special categories of personal data may be processed. */
public enum SpecialCategoryCondition {
    /** 9(2)(a): explicit consent. */
    EXPLICIT_CONSENT("explicit-consent", "9(2)(a)"),
    /** 9(2)(b): obligations and rights in employment and social security law. */
    EMPLOYMENT_AND_SOCIAL_SECURITY("employment-social-security", "9(2)(b)"),
    /** 9(2)(c): vital interests of a subject unable to consent. */
    VITAL_INTERESTS("vital-interests", "9(2)(c)"),
    /** 9(2)(d): a not-for-profit body's members and regular contacts. */
    NOT_FOR_PROFIT_BODY("not-for-profit-body", "9(2)(d)"),
    /** 9(2)(e): data the subject has manifestly made public. */
    MADE_PUBLIC_BY_SUBJECT("made-public", "9(2)(e)"),
    /** 9(2)(f): legal claims or courts acting in their judicial capacity. */
    LEGAL_CLAIMS("legal-claims", "9(2)(f)"),
    /** 9(2)(g): substantial public interest on the basis of law. */
    SUBSTANTIAL_PUBLIC_INTEREST("substantial-public-interest", "9(2)(g)"),
    /** 9(2)(h): preventive or occupational medicine, health or social care. */
    HEALTH_OR_SOCIAL_CARE("health-social-care", "9(2)(h)"),
    /** 9(2)(i): public interest in public health. */
    PUBLIC_HEALTH("public-health", "9(2)(i)"),
    /** 9(2)(j): archiving in the public interest, scientific or historical research, statistics. */
    ARCHIVING_RESEARCH_STATISTICS("archiving-research-statistics", "9(2)(j)");

    private final String code;
    private final String article;

    SpecialCategoryCondition(String code, String article) {
        this.code = code;
        this.article = article;
    }

    /** The stable code used in files and databases. */
    public String code() {
        return code;
    }

    /** The provision, {@code 9(2)(a)} … {@code 9(2)(j)}. */
    public String article() {
        return article;
    }

    /**
     * The condition of a stable code.
     *
     * @throws NullPointerException if {@code code} is null
     * @throws IllegalArgumentException naming the code and the codes that exist
     */
    public static SpecialCategoryCondition ofCode(String code) {
        return Codes.lookUp(values(), SpecialCategoryCondition::code, code, "Art. 9(2) condition");
    }

    /** The codes of every condition, in declaration order. */
    public static List<String> codes() {
        return Codes.list(values(), SpecialCategoryCondition::code);
    }
}
