package fi.rekisteri.jpa;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the persistent field or property that holds whose personal data an entity's row is: the application's own
 * id of the data subject, read as a {@link fi.rekisteri.core.policy.SubjectId}. Its type is {@code String}, {@code Long},
 * {@code UUID}, or an attribute converted from {@code SubjectId}. Retention sweeps use it to honour a subject's legal
 * hold and to record each erasure under the subject's pseudonym; access and erasure requests use it to find a
 * subject's rows; {@link PersonalDataCoverage} reports entities that hold personal data but mark no subject.
 *
 * <pre>{@code
 * @Entity
 * class Customer {
 *     @DataSubject
 *     private String customerNumber;
 *     @PersonalData(category = "contact.email")
 *     private String email;
 * }
 * }</pre>
 *
 * <p>An entity marks at most one member, on the entity or a superclass.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.METHOD})
public @interface DataSubject {}
