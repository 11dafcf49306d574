package fi.rekisteri.core.compliance;

import java.util.Objects;

/** The kinds of statement a register is checked against, each with the law that sets its content. */
public enum DocumentType {
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

    /** The stable code used on the command line and in files. */
    public String code() {
        return code;
    }

    /**
     * The document type of a stable code.
     *
     * @throws IllegalArgumentException naming the code and the codes that exist
     */
    public static DocumentType ofCode(String code) {
        Objects.requireNonNull(code, "code");
        for (DocumentType type : values()) {
            if (type.code.equals(code)) {
                return type;
            }
        }
        throw new IllegalArgumentException(
                "unknown document type '" + code + "'; expected one of rekisteriseloste, art13, art14, art30");
    }
}
