package fi.rekisteri.jpa;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a persistent field or property of an application's entity as personal data of one of the register's data
 * categories. {@link PersonalDataListener} then lets the entity be loaded or written only inside a {@link
 * fi.rekisteri.core.policy.ProcessingScope} whose purpose covers every category the entity holds, and {@link
 * PersonalDataCoverage} checks the categories against the register.
 *
 * <pre>{@code
 * @Entity
 * @EntityListeners(PersonalDataListener.class)
 * class Customer {
 *     @PersonalData(category = "contact.email")
 *     private String email;
 * }
 * }</pre>
 *
 * <p>On a field or property whose type is an {@code @Embeddable}, the embeddable's own annotated fields count too.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.METHOD})
public @interface PersonalData {

    /** The key of the register's data category, such as {@code contact.email}; dotted for sub-categories. */
    String category();
}
