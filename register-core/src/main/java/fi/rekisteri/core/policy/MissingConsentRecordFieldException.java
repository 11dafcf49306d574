package fi.rekisteri.core.policy;

import java.util.Objects;

/**
 * A consent record needs a value the register or the stored consent does not give: the notice's version, the
 * controller's business ID, how the consent is withdrawn. The message names the register, the purpose and the
 * missing property, never a value of the subject.
 */
public final class MissingConsentRecordFieldException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String register;
    private final String field;

    MissingConsentRecordFieldException(String register, String field, String message) {
        super("cannot make a consent record from register '" + register + "': " + message + " (" + field + ")");
        this.register = Objects.requireNonNull(register, "register");
        this.field = Objects.requireNonNull(field, "field");
    }

    /** The key of the register the record was to be made from. */
    public String register() {
        return register;
    }

    /** The property that has no value, as a path in the register: {@code metadata.version}. */
    public String field() {
        return field;
    }
}
