package fi.rekisteri.core.diff;

import fi.rekisteri.core.Coded;

/**
 * The part of a register a change is in, in the order a diff lists them. Each has a stable {@link #code()}.
 */
public enum Section implements Coded {
    /** The register's name. */
    NAME,
    /**
     * The controller, its representative, the data protection officer or the statement that none is designated, joint
     * controllers and contact points.
     */
    CONTACTS,
    /** The groups of data subjects. */
    SUBJECTS,
    /** The data categories. */
    CATEGORIES,
    /** The purposes, apart from their legal bases. */
    PURPOSES,
    /** The legal bases of the purposes and what goes with them (Art. 9 condition, §29 ground, Art. 10 law). */
    LEGAL_BASES,
    /** The regular sources. */
    SOURCES,
    /** The recipients (regular disclosures) or the statement that there are none. */
    RECIPIENTS,
    /** Transfers outside the EU/EEA. */
    TRANSFERS,
    /** The retention rules. */
    RETENTION,
    /** The security measures. */
    SECURITY,
    /** Cookies and similar technologies. */
    COOKIES,
    /**
     * Everything else the statement says: automated decision-making, the provision requirement, restrictions of
     * rights and the register's lead-in texts.
     */
    OTHER,
    /**
     * The team's acknowledgements of compliance findings: the register's own record, which the documents do not
     * print.
     */
    ACKNOWLEDGEMENTS;

    /**
     * The section of a stable code.
     *
     * @throws NullPointerException if {@code code} is null
     * @throws IllegalArgumentException naming the code and the codes that exist
     */
    public static Section ofCode(String code) {
        return Coded.ofCode(Section.class, code, "diff section");
    }
}
