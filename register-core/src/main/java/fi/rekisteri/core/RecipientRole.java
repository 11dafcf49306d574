package fi.rekisteri.core;

import java.util.List;

/** The role in which a recipient receives personal data. */
public enum RecipientRole {
    /** A controller in its own right (GDPR Art. 4(7)). */
    CONTROLLER("controller"),
    /** A processor acting for the controller (Art. 4(8), Art. 28). */
    PROCESSOR("processor"),
    /** A public authority receiving data under law. */
    PUBLIC_AUTHORITY("public-authority"),
    /** Any other third party. */
    THIRD_PARTY("third-party");

    private final String code;

    RecipientRole(String code) {
        this.code = code;
    }

    /** The stable code used in files and databases. */
    public String code() {
        return code;
    }

    /**
     * The role of a stable code.
     *
     * @throws NullPointerException if {@code code} is null
     * @throws IllegalArgumentException naming the code and the codes that exist
     */
    public static RecipientRole ofCode(String code) {
        return Codes.lookUp(values(), RecipientRole::code, code, "recipient role");
    }

    /** The codes of every role, in declaration order. */
    public static List<String> codes() {
        return Codes.list(values(), RecipientRole::code);
    }
}
