/**
 * Finnish identifiers as value types: {@link fi.rekisteri.core.identifier.BusinessId} (Y-tunnus) and
 * {@link fi.rekisteri.core.identifier.PersonalIdentityCode} (henkilötunnus), each with a Bean Validation constraint
 * beside its validator.
 */
@NullMarked
package fi.rekisteri.core.identifier;

import org.jspecify.annotations.NullMarked;
