package fi.rekisteri.core;

/**
 * The grounds of Tietosuojalaki 1050/2018 §29 on which a personal identity code may be processed.
 */
public enum IdentityCodeGround implements Coded {
    /** §29(1)(1): the data subject has given unambiguous consent. */
    CONSENT("29 §:n 1 momentin 1 kohta"),
    /** §29(1)(2): processing is laid down by law. */
    PROVIDED_BY_LAW("29 §:n 1 momentin 2 kohta"),
    /**
     * §29(1)(3) and (2): unambiguous identification is important for a task laid down by law, for securing the rights
     * and obligations of the subject or the controller, or in a field the section lists (credit information, lending,
     * insurance, renting, research and statistics, …).
     */
    UNAMBIGUOUS_IDENTIFICATION("29 §:n 1 momentin 3 kohta ja 2 momentti");

    private final String provision;

    IdentityCodeGround(String provision) {
        this.provision = provision;
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
        return Coded.ofCode(IdentityCodeGround.class, code, "§29 ground");
    }
}
