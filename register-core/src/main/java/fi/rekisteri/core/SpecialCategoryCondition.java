package fi.rekisteri.core;

import org.jspecify.annotations.Nullable;

/**
 * The conditions of GDPR Art. 9(2) under which special categories of personal data may be processed. Three codes are
 * shorter than their constants' names ({@code employment-social-security}, {@code made-public},
 * {@code health-social-care}); the codes are stored, so they stay as published.
 */
public enum SpecialCategoryCondition implements Coded {
    /** 9(2)(a): explicit consent. */
    EXPLICIT_CONSENT("9(2)(a)"),
    /** 9(2)(b): obligations and rights in employment and social security law. */
    EMPLOYMENT_AND_SOCIAL_SECURITY("9(2)(b)", "employment-social-security"),
    /** 9(2)(c): vital interests of a subject unable to consent. */
    VITAL_INTERESTS("9(2)(c)"),
    /** 9(2)(d): a not-for-profit body's members and regular contacts. */
    NOT_FOR_PROFIT_BODY("9(2)(d)"),
    /** 9(2)(e): data the subject has manifestly made public. */
    MADE_PUBLIC_BY_SUBJECT("9(2)(e)", "made-public"),
    /** 9(2)(f): legal claims or courts acting in their judicial capacity. */
    LEGAL_CLAIMS("9(2)(f)"),
    /** 9(2)(g): substantial public interest on the basis of law. */
    SUBSTANTIAL_PUBLIC_INTEREST("9(2)(g)"),
    /** 9(2)(h): preventive or occupational medicine, health or social care. */
    HEALTH_OR_SOCIAL_CARE("9(2)(h)", "health-social-care"),
    /** 9(2)(i): public interest in public health. */
    PUBLIC_HEALTH("9(2)(i)"),
    /** 9(2)(j): archiving in the public interest, scientific or historical research, statistics. */
    ARCHIVING_RESEARCH_STATISTICS("9(2)(j)");

    private final String article;
    private final @Nullable String code;

    SpecialCategoryCondition(String article) {
        this(article, null);
    }

    SpecialCategoryCondition(String article, @Nullable String code) {
        this.article = article;
        this.code = code;
    }

    /** The stable code used in files and databases: {@code explicit-consent}, {@code made-public}, … */
    @Override
    public String code() {
        return code != null ? code : Coded.super.code();
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
        return Coded.ofCode(SpecialCategoryCondition.class, code, "Art. 9(2) condition");
    }
}
