package fi.rekisteri.core.identifier;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The annotated {@link CharSequence} must be a valid Finnish business ID, as {@link BusinessId#parse(CharSequence)}
 * accepts it. {@code null} is valid; add {@code @NotNull} to require a value.
 */
@Documented
@Constraint(validatedBy = BusinessIdValidator.class)
@Target({METHOD, FIELD, PARAMETER, TYPE_USE, ANNOTATION_TYPE})
@Retention(RUNTIME)
@Repeatable(ValidBusinessId.List.class)
public @interface ValidBusinessId {

    /**
     * The message template; the default is localised in Finnish, Swedish and English.
     *
     * @return the message template
     */
    String message() default "{fi.rekisteri.core.identifier.ValidBusinessId.message}";

    /**
     * The validation groups the constraint belongs to.
     *
     * @return the groups
     */
    Class<?>[] groups() default {};

    /**
     * The payload clients can attach to the constraint.
     *
     * @return the payload
     */
    Class<? extends Payload>[] payload() default {};

    /** Several {@link ValidBusinessId} constraints on one element, e.g. with different groups. */
    @Documented
    @Target({METHOD, FIELD, PARAMETER, TYPE_USE, ANNOTATION_TYPE})
    @Retention(RUNTIME)
    @interface List {

        /**
         * The constraints.
         *
         * @return the constraints
         */
        ValidBusinessId[] value();
    }
}
