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
 * The annotated {@link CharSequence} must be a valid Finnish personal identity code, as
 * {@link PersonalIdentityCode#parse(CharSequence)} accepts it. {@code null} is valid; add {@code @NotNull} to require
 * a value.
 *
 * <p>A violation's invalid value is the rejected text, which may be a real code: do not log violations' invalid
 * values.
 */
@Documented
@Constraint(validatedBy = PersonalIdentityCodeValidator.class)
@Target({METHOD, FIELD, PARAMETER, TYPE_USE, ANNOTATION_TYPE})
@Retention(RUNTIME)
@Repeatable(ValidPersonalIdentityCode.List.class)
public @interface ValidPersonalIdentityCode {

    /**
     * The message template; the default is localised in Finnish, Swedish and English. While it is the default, a
     * temporary code rejected because of {@link #allowTemporary()} gets a message of its own.
     *
     * @return the message template
     */
    String message() default "{fi.rekisteri.core.identifier.ValidPersonalIdentityCode.message}";

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

    /**
     * Whether temporary codes (individual numbers 900–999) are accepted. Set it to false where only a permanent code
     * will do, e.g. when the code is used to match records with the population register.
     *
     * @return true if temporary codes are valid
     */
    boolean allowTemporary() default true;

    /** Several {@link ValidPersonalIdentityCode} constraints on one element, e.g. with different groups. */
    @Documented
    @Target({METHOD, FIELD, PARAMETER, TYPE_USE, ANNOTATION_TYPE})
    @Retention(RUNTIME)
    @interface List {

        /**
         * The constraints.
         *
         * @return the constraints
         */
        ValidPersonalIdentityCode[] value();
    }
}
