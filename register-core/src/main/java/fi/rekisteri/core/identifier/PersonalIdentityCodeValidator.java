package fi.rekisteri.core.identifier;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.jspecify.annotations.Nullable;
import java.util.Objects;

/** Checks {@link ValidPersonalIdentityCode}. Public so that Bean Validation providers can instantiate it. */
public final class PersonalIdentityCodeValidator
        implements ConstraintValidator<ValidPersonalIdentityCode, CharSequence> {

    static final String DEFAULT_MESSAGE = "{fi.rekisteri.core.identifier.ValidPersonalIdentityCode.message}";
    static final String TEMPORARY_MESSAGE =
            "{fi.rekisteri.core.identifier.ValidPersonalIdentityCode.temporary.message}";

    private boolean allowTemporary = true;
    private boolean defaultMessage = true;

    /** Creates a validator; Bean Validation providers call this, then {@link #initialize}. */
    public PersonalIdentityCodeValidator() {
        // Settings come from initialize.
    }

    /**
     * Reads the constraint's settings.
     *
     * @param constraint the constraint this validator checks
     */
    @Override
    public void initialize(ValidPersonalIdentityCode constraint) {
        Objects.requireNonNull(constraint, "constraint");
        allowTemporary = constraint.allowTemporary();
        defaultMessage = DEFAULT_MESSAGE.equals(constraint.message());
    }

    /**
     * Tells whether the value is null or a valid personal identity code, temporary codes only if allowed.
     *
     * @param value the value to check
     * @param context the validation context, used to report a rejected temporary code with its own message
     * @return true if the value is null or valid
     */
    @Override
    public boolean isValid(@Nullable CharSequence value, ConstraintValidatorContext context) {
        Objects.requireNonNull(context, "context");
        if (value == null) {
            return true;
        }
        if (!PersonalIdentityCode.isValid(value)) {
            return false;
        }
        if (allowTemporary || !PersonalIdentityCode.parse(value).isTemporary()) {
            return true;
        }
        // "Not a valid code" would mislead someone holding a valid temporary code; but a message the user chose
        // on the constraint wins.
        if (defaultMessage) {
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(TEMPORARY_MESSAGE).addConstraintViolation();
        }
        return false;
    }
}
