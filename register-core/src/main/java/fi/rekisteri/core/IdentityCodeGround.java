package fi.rekisteri.core;

import java.util.List;

/**
 * The grounds of Tietosuojalaki 1050/2018 §29 on which a personal identity code may be processed.
 */
public enum IdentityCodeGround {
    /** §29(1)(1): the data subject has given unambiguous consent. */
    CONSENT("consent", "29 §:n 1 momentin 1 kohta"),
    /** §29(1)(2): processing is laid down by law. */
    PROVIDED_BY_LAW("provided-by-law", "29 §:n 1 momentin 2 kohta"),
    /**
     * §29(1)(3) and (2): unambiguous identification is important for a task laid down by law, for securing the rights
     * and obligations of the subject or the controller, or in a field the section lists (credit information, lending,
     * insurance, renting, research and statistics, …).
     */
    UNAMBIGUOUS_IDENTIFICATION("unambiguous-identification", "29 §:n 1 momentin 3 kohta ja 2 momentti");

    private final String code;
    private final String provision;

    IdentityCodeGround(String code, String provision) {
        this.code = code;
        this.provision = provision;
    }

    /** The stable code used in files and databases. */
    public String code() {
        return code;
    }

    /** The provision of Tietosuojalaki 1050/2018, in Finnish as the law is cited. */
    public String provision() {
        return provision;
    }

    /**
     * The ground of a stable code.
     *
     * @throws NullPointerException if {@code code} is null
     * @throws IllegalArgumentException naming the code and the codes that exist
     */
    public static IdentityCodeGround ofCode(String code) {
        return Codes.lookUp(values(), IdentityCodeGround::code, code, "§29 ground");
    }

    /** The codes of every ground, in declaration order. */
    public static List<String> codes() {
        return Codes.list(values(), IdentityCodeGround::code);
    }
}
