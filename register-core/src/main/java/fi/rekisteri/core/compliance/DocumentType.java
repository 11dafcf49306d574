package fi.rekisteri.core.compliance;

import fi.rekisteri.core.Coded;

/** The kinds of statement a register is checked against, each with the law that sets its content. */
public enum DocumentType implements Coded {
    /** The classic rekisteriseloste of Henkilötietolaki 523/1999 §10 (repealed; still common). */
    REKISTERISELOSTE("rekisteriseloste"),
    /** The GDPR Art. 13 privacy notice (tietosuojaseloste), for data collected from the data subject. */
    ART_13_NOTICE("art13"),
    /** The GDPR Art. 14 privacy notice, for data not obtained from the data subject. */
    ART_14_NOTICE("art14"),
    /** The controller's record of processing activities (seloste käsittelytoimista), GDPR Art. 30(1). */
    ART_30_RECORD("art30");

    private final String code;

    DocumentType(String code) {
        this.code = code;
    }

    /** The stable code used on the command line and in files: {@code rekisteriseloste}, {@code art13}, … */
    @Override
    public String code() {
        return code;
    }

    /**
     * The document type of a stable code.
     *
     * @throws NullPointerException if {@code code} is null
     * @throws IllegalArgumentException naming the code and the codes that exist
     */
    public static DocumentType ofCode(String code) {
        return Coded.ofCode(DocumentType.class, code, "document type");
    }
}
