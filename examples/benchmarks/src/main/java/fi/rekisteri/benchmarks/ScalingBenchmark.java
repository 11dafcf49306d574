package fi.rekisteri.benchmarks;

import fi.rekisteri.core.policy.Decision;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** How an allowed check by handle and by key costs as the register grows from 20 to 20,000 categories. */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class ScalingBenchmark {

    /** The policy of one size, with its questions. */
    @State(Scope.Benchmark)
    public static class Sized {
        @Param({"20", "2000", "20000"})
        int categories;

        Engines.Rekisteri engine;

        /** Builds the policy and questions of this size. */
        @Setup(Level.Trial)
        public void setUp() {
            engine = new Engines.Rekisteri(Workload.of(categories));
        }
    }

    /** (1) An allowed check by handle. */
    @Benchmark
    public Decision handleAllowed(Sized s, PurposeCheckBenchmark.Cursor cursor) {
        int i = cursor.next();
        return s.engine.policy.check(s.engine.allowedPurpose[i], s.engine.allowedCategory[i]);
    }

    /** (2) An allowed check by key. */
    @Benchmark
    public Decision keyAllowed(Sized s, PurposeCheckBenchmark.Cursor cursor) {
        int i = cursor.next();
        return s.engine.policy.check(s.engine.allowedPurposeKey[i], s.engine.allowedCategoryKey[i]);
    }
}
