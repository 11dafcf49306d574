/**
 * The compliance check: what the law requires a privacy statement of a given {@link
 * fi.rekisteri.core.compliance.DocumentType} to say, and what a register lacks or gets wrong, as {@link
 * fi.rekisteri.core.compliance.Finding}s with stable rule ids and messages in Finnish, Swedish and English.
 *
 * <p>A null argument to a public constructor or method throws a {@link java.lang.NullPointerException} whose message
 * names the parameter, unless the parameter is marked {@code @Nullable}.
 */
@NullMarked
package fi.rekisteri.core.compliance;

import org.jspecify.annotations.NullMarked;
