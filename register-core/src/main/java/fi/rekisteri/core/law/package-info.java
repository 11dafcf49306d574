/**
 * Facts of law the checks rely on, kept as dated data rather than scattered literals: the EU/EEA member states and
 * the Commission's adequacy decisions ({@link fi.rekisteri.core.law.TransferCountries}), and repealed laws and bodies
 * with their current replacements ({@link fi.rekisteri.core.law.LegacyReference}).
 */
@NullMarked
package fi.rekisteri.core.law;

import org.jspecify.annotations.NullMarked;
