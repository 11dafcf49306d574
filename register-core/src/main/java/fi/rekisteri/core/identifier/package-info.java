/**
 * Finnish identifiers as value types: {@link fi.rekisteri.core.identifier.BusinessId} (Y-tunnus) and
 * {@link fi.rekisteri.core.identifier.PersonalIdentityCode} (henkilötunnus), each with a Bean Validation constraint
 * beside its validator.
 *
 * <p>A null argument to a public constructor or method throws a {@link java.lang.NullPointerException} whose message
 * names the parameter, unless the parameter is marked {@code @Nullable}.
 */
@NullMarked
package fi.rekisteri.core.identifier;

import org.jspecify.annotations.NullMarked;
