package fi.rekisteri.core;

/** The law a statement says it is drawn up under, as its heading or opening says. */
public enum LegalFramework implements Coded {
    /** Henkilötietolaki 523/1999 §10 (and §24): the classic rekisteriseloste, repealed 1.1.2019. */
    PERSONAL_DATA_ACT("henkilotietolaki"),
    /** The General Data Protection Regulation (EU) 2016/679, Art. 13, 14 or 30, with Tietosuojalaki 1050/2018. */
    GDPR("gdpr");

    private final String code;

    LegalFramework(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    /**
     * The framework of a stable code.
     *
     * @throws NullPointerException if {@code code} is null
     * @throws IllegalArgumentException naming the code and the codes that exist
     */
    public static LegalFramework ofCode(String code) {
        return Coded.ofCode(LegalFramework.class, code, "legal framework");
    }
}
