package fi.rekisteri.core;

/** A right of the data subject under Chapter III of the GDPR that national law may restrict (Art. 23). */
public enum DataSubjectRight implements Coded {
    /** Right of access, Art. 15. */
    ACCESS("15"),
    /** Right to rectification, Art. 16. */
    RECTIFICATION("16"),
    /** Right to erasure, Art. 17. */
    ERASURE("17"),
    /** Right to restriction of processing, Art. 18. */
    RESTRICTION("18"),
    /** Right to data portability, Art. 20. */
    PORTABILITY("20"),
    /** Right to object, Art. 21. */
    OBJECTION("21"),
    /** Right not to be subject to automated decisions, Art. 22. */
    AUTOMATED_DECISIONS("22");

    private final String article;

    DataSubjectRight(String article) {
        this.article = article;
    }

    /** The article of the GDPR that grants the right: {@code 15}. */
    public String article() {
        return article;
    }

    /**
     * The right of a stable code.
     *
     * @throws NullPointerException if {@code code} is null
     * @throws IllegalArgumentException naming the code and the codes that exist
     */
    public static DataSubjectRight ofCode(String code) {
        return Coded.ofCode(DataSubjectRight.class, code, "data subject right");
    }
}
