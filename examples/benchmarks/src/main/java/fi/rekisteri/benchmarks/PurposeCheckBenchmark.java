package fi.rekisteri.benchmarks;

import fi.rekisteri.core.policy.Decision;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * One purpose check per operation, allowed and denied, on the same generated register (50 purposes, 2,000
 * categories in 4 levels) and the same 1,024 questions for every engine. Each operation takes the next question.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class PurposeCheckBenchmark {

    static final int CATEGORIES = 2_000;

    /** Which question comes next; per thread. */
    @State(Scope.Thread)
    public static class Cursor {
        int next;

        /** The index of the next question. */
        int next() {
            return next++ & Workload.MASK;
        }
    }

    /** Rekisteri's compiled policy. */
    @State(Scope.Benchmark)
    public static class RekisteriState {
        Engines.Rekisteri engine;

        /** Builds the engine. */
        @Setup(Level.Trial)
        public void setUp() {
            engine = new Engines.Rekisteri(Workload.of(CATEGORIES));
        }
    }

    /** The naive map check. */
    @State(Scope.Benchmark)
    public static class NaiveState {
        Engines.Naive engine;

        /** Builds the engine. */
        @Setup(Level.Trial)
        public void setUp() {
            engine = new Engines.Naive(Workload.of(CATEGORIES));
        }
    }

    /** The bitmask floor. */
    @State(Scope.Benchmark)
    public static class FloorState {
        Engines.Floor engine;
        int[] allowedPurpose;
        int[] allowedCategory;
        int[] deniedPurpose;
        int[] deniedCategory;

        /** Builds the engine. */
        @Setup(Level.Trial)
        public void setUp() {
            Workload w = Workload.of(CATEGORIES);
            engine = new Engines.Floor(w);
            allowedPurpose = w.allowedPurpose;
            allowedCategory = w.allowedCategory;
            deniedPurpose = w.deniedPurpose;
            deniedCategory = w.deniedCategory;
        }
    }

    /** jCasbin's plain Enforcer. */
    @State(Scope.Benchmark)
    public static class CasbinState {
        Engines.Casbin engine;

        /** Builds the engine. */
        @Setup(Level.Trial)
        public void setUp() {
            engine = new Engines.Casbin(Workload.of(CATEGORIES), false);
        }
    }

    /** jCasbin's CachedEnforcer. */
    @State(Scope.Benchmark)
    public static class CachedCasbinState {
        Engines.Casbin engine;

        /** Builds the engine. */
        @Setup(Level.Trial)
        public void setUp() {
            engine = new Engines.Casbin(Workload.of(CATEGORIES), true);
        }
    }

    /** Cedar with a cached policy set. */
    @State(Scope.Benchmark)
    public static class CedarState {
        Engines.Cedar engine;

        /** Builds the engine. */
        @Setup(Level.Trial)
        public void setUp() throws Exception {
            engine = new Engines.Cedar(Workload.of(CATEGORIES));
        }
    }

    // (1) by handle

    /** (1) An allowed check by handle. */
    @Benchmark
    public Decision handleAllowed(RekisteriState s, Cursor cursor) {
        int i = cursor.next();
        return s.engine.policy.check(s.engine.allowedPurpose[i], s.engine.allowedCategory[i]);
    }

    /** (1) A denied check by handle. */
    @Benchmark
    public Decision handleDenied(RekisteriState s, Cursor cursor) {
        int i = cursor.next();
        return s.engine.policy.check(s.engine.deniedPurpose[i], s.engine.deniedCategory[i]);
    }

    // (2) by key

    /** (2) An allowed check by key. */
    @Benchmark
    public Decision keyAllowed(RekisteriState s, Cursor cursor) {
        int i = cursor.next();
        return s.engine.policy.check(s.engine.allowedPurposeKey[i], s.engine.allowedCategoryKey[i]);
    }

    /** (2) A denied check by key. */
    @Benchmark
    public Decision keyDenied(RekisteriState s, Cursor cursor) {
        int i = cursor.next();
        return s.engine.policy.check(s.engine.deniedPurposeKey[i], s.engine.deniedCategoryKey[i]);
    }

    // (3) by handle, narrowed by a subject's state

    /** (3) An allowed check by handle with a subject state. */
    @Benchmark
    public Decision stateAllowed(RekisteriState s, Cursor cursor) {
        int i = cursor.next();
        return s.engine.policy.check(s.engine.state, s.engine.allowedPurpose[i], s.engine.allowedCategory[i]);
    }

    /** (3) A denied check by handle with a subject state. */
    @Benchmark
    public Decision stateDenied(RekisteriState s, Cursor cursor) {
        int i = cursor.next();
        return s.engine.policy.check(s.engine.state, s.engine.deniedPurpose[i], s.engine.deniedCategory[i]);
    }

    // (4) jCasbin

    /** (4) An allowed check with jCasbin's Enforcer. */
    @Benchmark
    public boolean casbinAllowed(CasbinState s, Cursor cursor) {
        int i = cursor.next();
        return s.engine.mayUse(s.engine.allowedPurpose[i], s.engine.allowedCategory[i]);
    }

    /** (4) A denied check with jCasbin's Enforcer. */
    @Benchmark
    public boolean casbinDenied(CasbinState s, Cursor cursor) {
        int i = cursor.next();
        return s.engine.mayUse(s.engine.deniedPurpose[i], s.engine.deniedCategory[i]);
    }

    /** (4) An allowed check with jCasbin's CachedEnforcer. */
    @Benchmark
    public boolean casbinCachedAllowed(CachedCasbinState s, Cursor cursor) {
        int i = cursor.next();
        return s.engine.mayUse(s.engine.allowedPurpose[i], s.engine.allowedCategory[i]);
    }

    /** (4) A denied check with jCasbin's CachedEnforcer. */
    @Benchmark
    public boolean casbinCachedDenied(CachedCasbinState s, Cursor cursor) {
        int i = cursor.next();
        return s.engine.mayUse(s.engine.deniedPurpose[i], s.engine.deniedCategory[i]);
    }

    // (5) Cedar

    /** (5) An allowed check with Cedar. */
    @Benchmark
    public boolean cedarAllowed(CedarState s, Cursor cursor) throws Exception {
        int i = cursor.next();
        return s.engine.mayUse(s.engine.allowedPurpose[i], s.engine.allowedCategory[i]);
    }

    /** (5) A denied check with Cedar. */
    @Benchmark
    public boolean cedarDenied(CedarState s, Cursor cursor) throws Exception {
        int i = cursor.next();
        return s.engine.mayUse(s.engine.deniedPurpose[i], s.engine.deniedCategory[i]);
    }

    // (6) naive Java

    /** (6) An allowed check with the naive map. */
    @Benchmark
    public boolean naiveAllowed(NaiveState s, Cursor cursor) {
        int i = cursor.next();
        return s.engine.policy.mayUse(s.engine.allowedPurpose[i], s.engine.allowedCategory[i]);
    }

    /** (6) A denied check with the naive map. */
    @Benchmark
    public boolean naiveDenied(NaiveState s, Cursor cursor) {
        int i = cursor.next();
        return s.engine.policy.mayUse(s.engine.deniedPurpose[i], s.engine.deniedCategory[i]);
    }

    // (7) the floor

    /** (7) An allowed bitmask test. */
    @Benchmark
    public boolean floorAllowed(FloorState s, Cursor cursor) {
        int i = cursor.next();
        return s.engine.mayUse(s.allowedPurpose[i], s.allowedCategory[i]);
    }

    /** (7) A denied bitmask test. */
    @Benchmark
    public boolean floorDenied(FloorState s, Cursor cursor) {
        int i = cursor.next();
        return s.engine.mayUse(s.deniedPurpose[i], s.deniedCategory[i]);
    }
}
