package fi.rekisteri.core;

/**
 * The topics of a privacy statement. A register may carry its own lead-in text for any topic (see
 * {@link Register#introduction(Topic)}), which documents print before the itemised content.
 */
public enum Topic implements Coded {
    /** The controller and its representative. */
    CONTROLLER,
    /** The contact for register matters and the data protection officer. */
    CONTACT,
    /** The register's name. */
    NAME,
    /** Purposes and legal bases. */
    PURPOSES,
    /** Data subjects and data categories. */
    DATA_CONTENT,
    /** Regular sources. */
    SOURCES,
    /** Regular disclosures. */
    DISCLOSURES,
    /** Transfers outside the EU/EEA. */
    TRANSFERS,
    /** Retention. */
    RETENTION,
    /** Security measures. */
    SECURITY,
    /** The data subject's rights. */
    RIGHTS;

    /**
     * The topic of a stable code.
     *
     * @throws NullPointerException if {@code code} is null
     * @throws IllegalArgumentException naming the code and the codes that exist
     */
    public static Topic ofCode(String code) {
        return Coded.ofCode(Topic.class, code, "topic");
    }
}
