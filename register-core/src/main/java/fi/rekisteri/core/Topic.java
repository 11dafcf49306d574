package fi.rekisteri.core;

import java.util.List;

/**
 * The topics of a privacy statement. A register may carry its own lead-in text for any topic (see
 * {@link Register#introduction(Topic)}), which documents print before the itemised content.
 */
public enum Topic {
    /** The controller and its representative. */
    CONTROLLER("controller"),
    /** The contact for register matters and the data protection officer. */
    CONTACT("contact"),
    /** The register's name. */
    NAME("name"),
    /** Purposes and legal bases. */
    PURPOSES("purposes"),
    /** Data subjects and data categories. */
    DATA_CONTENT("data-content"),
    /** Regular sources. */
    SOURCES("sources"),
    /** Regular disclosures. */
    DISCLOSURES("disclosures"),
    /** Transfers outside the EU/EEA. */
    TRANSFERS("transfers"),
    /** Retention. */
    RETENTION("retention"),
    /** Security measures. */
    SECURITY("security"),
    /** The data subject's rights. */
    RIGHTS("rights");

    private final String code;

    Topic(String code) {
        this.code = code;
    }

    /** The stable code used in files and databases. */
    public String code() {
        return code;
    }

    /**
     * The topic of a stable code.
     *
     * @throws NullPointerException if {@code code} is null
     * @throws IllegalArgumentException naming the code and the codes that exist
     */
    public static Topic ofCode(String code) {
        return Codes.lookUp(values(), Topic::code, code, "topic");
    }

    /** The codes of every topic, in declaration order. */
    public static List<String> codes() {
        return Codes.list(values(), Topic::code);
    }
}
