package fi.rekisteri.core;

/** The role in which a recipient receives personal data. */
public enum RecipientRole implements Coded {
    /** A controller in its own right (GDPR Art. 4(7)). */
    CONTROLLER,
    /** A processor acting for the controller (Art. 4(8), Art. 28). */
    PROCESSOR,
    /** A public authority receiving data under law. */
    PUBLIC_AUTHORITY,
    /** Any other third party. */
    THIRD_PARTY;

    /**
     * The role of a stable code.
     *
     * @throws NullPointerException if {@code code} is null
     * @throws IllegalArgumentException naming the code and the codes that exist
     */
    public static RecipientRole ofCode(String code) {
        return Coded.ofCode(RecipientRole.class, code, "recipient role");
    }
}
