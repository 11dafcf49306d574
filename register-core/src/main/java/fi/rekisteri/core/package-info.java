/**
 * The register model: a {@link fi.rekisteri.core.Register} and everything a privacy statement says about it —
 * controller, purposes and their legal bases, data subjects and data categories, sources, disclosures, transfers,
 * retention and security.
 *
 * <p>Every type is immutable and free of nulls: an absent value is an {@link java.util.Optional} or an empty list.
 * Parts refer to each other by stable keys ({@code billing}, {@code contact.email}); {@link
 * fi.rekisteri.core.Register.Builder#build()} checks every reference and reports all problems at once.
 *
 * <p>A null argument to a public constructor or method throws a {@link java.lang.NullPointerException} whose message
 * names the parameter, unless the parameter is marked {@code @Nullable}.
 */
@NullMarked
package fi.rekisteri.core;

import org.jspecify.annotations.NullMarked;
