/**
 * JMH benchmarks of purpose checks: Rekisteri's {@code PurposePolicy} against jCasbin, Cedar, the naive map lookup
 * a developer would write and a hand-written bitmask floor, all on one generated register. Run with
 * {@link fi.rekisteri.benchmarks.RunBenchmarks}.
 */
@NullMarked
package fi.rekisteri.benchmarks;

import org.jspecify.annotations.NullMarked;
