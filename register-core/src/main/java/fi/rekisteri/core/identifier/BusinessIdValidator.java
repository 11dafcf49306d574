package fi.rekisteri.core.identifier;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.jspecify.annotations.Nullable;
import java.util.Objects;

/** Checks {@link ValidBusinessId}. Public so that Bean Validation providers can instantiate it. */
public final class BusinessIdValidator implements ConstraintValidator<ValidBusinessId, CharSequence> {

    /** Creates a validator; Bean Validation providers call this. */
    public BusinessIdValidator() {
        // Stateless: the constraint has no attributes to read.
    }

    /**
     * Tells whether the value is null or a valid business ID.
     *
     * @param value the value to check
     * @param context the validation context, not used
     * @return true if the value is null or valid
     */
    @Override
    public boolean isValid(@Nullable CharSequence value, ConstraintValidatorContext context) {
        Objects.requireNonNull(context, "context");
        return value == null || BusinessId.isValid(value);
    }
}
