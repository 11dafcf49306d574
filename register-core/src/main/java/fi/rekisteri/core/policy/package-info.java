/**
 * Purpose checks in code: a {@link fi.rekisteri.core.policy.PurposePolicy} compiled once from a register answers
 * "may this purpose use this data?" with a bit test, narrowed by what a subject has said
 * ({@link fi.rekisteri.core.policy.SubjectState}), and answers retention, disclosure and transfer questions.
 *
 * <p>Everything here is default-deny: what the register does not declare is denied, never allowed. Every type is
 * immutable and safe to share between threads, except {@link fi.rekisteri.core.policy.InMemoryProcessingLog}, which
 * is thread-safe by locking.
 *
 * <p>A null argument to a public constructor or method throws a {@link java.lang.NullPointerException} whose message
 * names the parameter, unless the parameter is marked {@code @Nullable}.
 */
@NullMarked
package fi.rekisteri.core.policy;

import org.jspecify.annotations.NullMarked;
