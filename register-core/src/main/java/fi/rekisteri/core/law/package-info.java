/**
 * Facts of law the checks rely on, kept as dated data rather than scattered literals: the EU/EEA member states and
 * the Commission's adequacy decisions ({@link fi.rekisteri.core.law.TransferCountries}), and repealed laws and bodies
 * with their current replacements ({@link fi.rekisteri.core.law.LegacyReference}).
 *
 * <p>A null argument to a public constructor or method throws a {@link java.lang.NullPointerException} whose message
 * names the parameter, unless the parameter is marked {@code @Nullable}.
 */
@NullMarked
package fi.rekisteri.core.law;

import org.jspecify.annotations.NullMarked;
