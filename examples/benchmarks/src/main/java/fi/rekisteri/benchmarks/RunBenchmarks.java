package fi.rekisteri.benchmarks;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.BenchmarkResult;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs the benchmarks once with settings that finish in a few minutes on two cores (1 fork, 3 × 1 s warm-up,
 * 5 for rendering and 12 for its large register, 6 for the compliance check, 5 for the organisation rules, 5 × 1 s
 * measurement, {@code -prof gc}) and prints a summary table with the ratios the targets are stated in.
 * Without arguments, or with {@code all}, runs the four suites; {@code purpose} runs the purpose checks only,
 * {@code rendering} the document rendering only, {@code compliance} the compliance check against reading the file,
 * {@code rules} the organisation rules against a naive evaluation.
 *
 * <p>The table shows the median of each benchmark's iterations rather than their mean, so that an iteration
 * disturbed by other work on a shared machine moves it least; JMH's own report above it has the means and errors.
 *
 * <p>The argument {@code purpose}, {@code rendering}, {@code compliance} or {@code rules} runs one suite; {@code persistence} runs
 * {@link RunPersistenceBenchmarks} (on an embedded PostgreSQL) instead; any other arguments go to JMH's own command
 * line ({@code -h} lists its options).
 */
public final class RunBenchmarks {

    private static final String ALLOC = "gc.alloc.rate.norm";
    /** Register x rule evaluations in one operation of the organisation rules suite. */
    private static final int EVALUATIONS = RulesWorkload.RULES * RulesBenchmark.REGISTERS;

    private RunBenchmarks() {}

    /**
     * Runs the purpose, rendering, compliance and rules suites and prints their summaries; with {@code purpose},
     * {@code rendering}, {@code compliance} or {@code rules} one of them; with {@code persistence} the persistence benchmarks; with {@code sweep [rows [rounds]]} the retention sweep harness; with other arguments, JMH's command line.
     */
    public static void main(String[] args) throws RunnerException, IOException, SQLException, InterruptedException {
        if (args.length >= 1 && args.length <= 3 && args[0].equals("sweep")) {
            SweepBenchmark.main(java.util.Arrays.copyOfRange(args, 1, args.length));
            return;
        }
        if (args.length == 1 && args[0].equals("persistence")) {
            RunPersistenceBenchmarks.main(args);
            return;
        }
        String suite = args.length == 0 ? "all" : args[0];
        boolean purpose = suite.equals("all") || suite.equals("purpose");
        boolean rendering = suite.equals("all") || suite.equals("rendering");
        boolean compliance = suite.equals("all") || suite.equals("compliance");
        boolean rules = suite.equals("all") || suite.equals("rules");
        if (args.length > 1 || !(purpose || rendering || compliance || rules)) {
            org.openjdk.jmh.Main.main(args);
            return;
        }
        long start = System.nanoTime();
        List<RunResult> results = new ArrayList<>();
        if (purpose) {
            results.addAll(run(3, PurposeCheckBenchmark.class.getName(), ScalingBenchmark.class.getName()));
        }
        if (rendering) {
            // Warm-up as RenderingBenchmark's annotations say: longer for the large register, whose deepest paths
            // the JIT compiles later than a purpose check's.
            results.addAll(run(0, RenderingBenchmark.class.getName()));
        }
        if (compliance) {
            // Warm-up as ComplianceBenchmark's annotation says: longer, for its small register measured first.
            results.addAll(run(0, ComplianceBenchmark.class.getName()));
        }
        if (rules) {
            results.addAll(run(0, RulesBenchmark.class.getName()));
        }
        long seconds = (System.nanoTime() - start) / 1_000_000_000L;
        Summary summary = new Summary(results);
        System.out.println();
        System.out.println("Machine: " + Machine.describe());
        System.out.printf(Locale.ROOT, "JMH 1.37, 1 fork, 3 x 1 s warm-up (rendering: 5, 12 for generatedHtml; compliance: 6; rules: 5), 5 x 1 s measurement,"
                + " -prof gc; median of the iterations; run took %d s.%n", seconds);
        if (purpose) {
            summary.print(System.out);
        }
        if (rendering) {
            summary.printRendering(System.out);
        }
        if (compliance) {
            summary.printCompliance(System.out);
        }
        if (rules) {
            summary.printRules(System.out);
        }
    }

    /**
     * Runs the benchmarks of the given classes: 1 fork, {@code warmupIterations} × 1 s warm-up (0: as the benchmark's
     * {@code @Warmup} says), 5 × 1 s measurement, -prof gc.
     */
    private static Collection<RunResult> run(int warmupIterations, String... benchmarks) throws RunnerException {
        OptionsBuilder builder = new OptionsBuilder();
        for (String benchmark : benchmarks) {
            builder.include(benchmark);
        }
        if (warmupIterations > 0) {
            builder.warmupIterations(warmupIterations).warmupTime(TimeValue.seconds(1));
        }
        Options options = builder
                .forks(1)
                .measurementIterations(5)
                .measurementTime(TimeValue.seconds(1))
                .addProfiler(GCProfiler.class)
                .jvmArgsAppend("-Xms1g", "-Xmx1g", "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn")
                .build();
        return new Runner(options).run();
    }

    /** The results by benchmark method (and size, for the scaling benchmark). */
    private static final class Summary {
        private final Map<String, double[]> byName = new HashMap<>();

        Summary(Collection<RunResult> results) {
            for (RunResult result : results) {
                String benchmark = result.getParams().getBenchmark();
                String name = benchmark.substring(benchmark.lastIndexOf('.') + 1);
                String size = result.getParams().getParam("categories");
                if (benchmark.contains("ScalingBenchmark")) {
                    name = "scale-" + name + "-" + size;
                } else if ((benchmark.contains("RenderingBenchmark") || benchmark.contains("ComplianceBenchmark"))
                        && size != null) {
                    name = name + "-" + size;
                }
                List<Double> scores = new ArrayList<>();
                List<Double> allocs = new ArrayList<>();
                for (BenchmarkResult fork : result.getBenchmarkResults()) {
                    for (IterationResult iteration : fork.getIterationResults()) {
                        scores.add(iteration.getPrimaryResult().getScore());
                        Result<?> alloc = iteration.getSecondaryResults().get(ALLOC);
                        allocs.add(alloc == null ? Double.NaN : alloc.getScore());
                    }
                }
                byName.put(name, new double[] {median(scores), median(allocs)});
            }
        }

        /** The median of the iterations: on a machine shared with other work, one disturbed iteration moves it least. */
        private static double median(List<Double> values) {
            if (values.isEmpty()) {
                return Double.NaN;
            }
            List<Double> sorted = values.stream().sorted().toList();
            int n = sorted.size();
            return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
        }

        double ns(String name) {
            return Optional.ofNullable(byName.get(name)).map(r -> r[0]).orElse(Double.NaN);
        }

        double bytes(String name) {
            return Optional.ofNullable(byName.get(name)).map(r -> r[1]).orElse(Double.NaN);
        }

        void print(PrintStream out) {
            out.println();
            out.println("Purpose checks: 50 purposes, 2,000 categories in 4 levels, 1,024 questions each way.");
            out.println();
            out.printf(Locale.ROOT, "| %-40s | %13s | %8s | %12s | %8s | %9s |%n", "check", "allowed ns/op",
                    "B/op", "denied ns/op", "B/op", "vs floor");
            out.println("|------------------------------------------|---------------|----------|--------------|"
                    + "----------|-----------|");
            double floor = ns("floorAllowed");
            String[][] rows = {
                {"(1) Rekisteri, by handle", "handle"},
                {"(2) Rekisteri, by key", "key"},
                {"(3) Rekisteri, by handle + SubjectState", "state"},
                {"(4) jCasbin Enforcer", "casbin"},
                {"(4) jCasbin CachedEnforcer", "casbinCached"},
                {"(5) Cedar, cached policy set", "cedar"},
                {"(6) naive Map<String, Set<String>>", "naive"},
                {"(7) floor: long[] bitmask", "floor"},
            };
            for (String[] row : rows) {
                String allowed = row[1] + "Allowed";
                String denied = row[1] + "Denied";
                out.printf(Locale.ROOT, "| %-40s | %13s | %8s | %12s | %8s | %9s |%n", row[0], fmt(ns(allowed)),
                        fmt(bytes(allowed)), fmt(ns(denied)), fmt(bytes(denied)), ratio(ns(allowed), floor));
            }
            out.println();
            out.println("Scaling, allowed check (ns/op) by categories:");
            out.printf(Locale.ROOT, "| %-22s | %9s | %9s | %9s | %15s |%n", "check", "20", "2,000", "20,000",
                    "20,000 / 20");
            out.println("|------------------------|-----------|-----------|-----------|-----------------|");
            for (String[] row : new String[][] {{"(1) by handle", "handleAllowed"}, {"(2) by key", "keyAllowed"}}) {
                double small = ns("scale-" + row[1] + "-20");
                double mid = ns("scale-" + row[1] + "-2000");
                double large = ns("scale-" + row[1] + "-20000");
                out.printf(Locale.ROOT, "| %-22s | %9s | %9s | %9s | %15s |%n", row[0], fmt(small), fmt(mid),
                        fmt(large), ratio(large, small));
            }
            out.println();
            out.println("Targets:");
            double handle = ns("handleAllowed");
            double key = ns("keyAllowed");
            target(out, "(1) within 3x of the floor (7)", handle / floor, handle / floor <= 3.0);
            target(out, "(2) faster than naive (6)", ns("naiveAllowed") / key, key < ns("naiveAllowed"));
            double cached = ns("casbinCachedAllowed") / key;
            target(out, "(2) at least 3x faster than jCasbin CachedEnforcer", cached, cached >= 3.0);
            double plain = ns("casbinAllowed") / key;
            target(out, "(2) at least 100x faster than jCasbin Enforcer", plain, plain >= 100.0);
            double maxBytes = 0;
            for (String name : new String[] {"handleAllowed", "handleDenied", "keyAllowed", "keyDenied",
                    "stateAllowed", "stateDenied"}) {
                maxBytes = Math.max(maxBytes, bytes(name));
            }
            out.printf(Locale.ROOT, "  %-55s %8s B/op  %s%n", "0 B/op for (1), (2), (3), allowed and denied",
                    fmt(maxBytes), maxBytes < 0.5 ? "met" : "NOT MET");
            double growth = ns("scale-handleAllowed-20000") / ns("scale-handleAllowed-20");
            target(out, "(1) grows less than 1.5x from 20 to 20,000 categories", growth, growth < 1.5);
        }

        void printRendering(PrintStream out) {
            out.println();
            out.println("Rendering: the seed register (examples/mainostakomo) and generated registers, as an HTML"
                    + " rekisteriseloste in Finnish.");
            out.println();
            out.printf(Locale.ROOT, "| %-52s | %10s | %12s | %11s |%n", "benchmark", "us/op", "B/op", "vs Jackson");
            out.println("|------------------------------------------------------|------------|--------------|"
                    + "-------------|");
            double json = ns("seedJson");
            String[][] rows = {
                {"seed -> HTML (outline + Mustache)", "seedHtml"},
                {"seed -> JSON, RegisterWriter (Jackson tree + write)", "seedJson"},
                {"seed -> JSON, Jackson alone (tree built beforehand)", "seedJacksonOnly"},
                {"generated, 100 categories -> HTML", "generatedHtml-100"},
                {"generated, 10,000 categories -> HTML", "generatedHtml-10000"},
            };
            for (String[] row : rows) {
                out.printf(Locale.ROOT, "| %-52s | %10s | %12s | %11s |%n", row[0], fmt(ns(row[1])),
                        fmt(bytes(row[1])), ratio(ns(row[1]), json));
            }
            out.println();
            out.println("Targets:");
            double html = ns("seedHtml") / json;
            target(out, "HTML within 3x of JSON through RegisterWriter", html, html <= 3.0);
            double jacksonOnly = ns("seedHtml") / ns("seedJacksonOnly");
            out.printf(Locale.ROOT, "  %-55s %8sx       (for information)%n", "HTML against Jackson's writer alone",
                    fmt(jacksonOnly));
            double growth = ns("generatedHtml-10000") / ns("generatedHtml-100");
            target(out, "100x the categories costs at most 120x the time", growth, growth <= 120.0);
        }

        void printRules(PrintStream out) {
            out.println();
            out.printf(Locale.ROOT, "Organisation rules: %,d rules over %,d generated registers, %,d register x rule"
                    + " evaluations an operation.%n", RulesWorkload.RULES, RulesBenchmark.REGISTERS, EVALUATIONS);
            out.println();
            out.printf(Locale.ROOT, "| %-50s | %10s | %17s | %14s | %13s |%n", "evaluation", "ms/op",
                    "ns per reg x rule", "B/op", "vs Rekisteri");
            out.println("|----------------------------------------------------|------------|-------------------|"
                    + "----------------|---------------|");
            double engine = ns("rekisteri");
            String[][] rows = {
                {"OrganisationRules.evaluate, each register", "rekisteri"},
                {"naive: hierarchies again per rule and key (Fides)", "naive"},
            };
            for (String[] row : rows) {
                double ms = ns(row[1]);
                out.printf(Locale.ROOT, "| %-50s | %10s | %17s | %14s | %13s |%n", row[0], fmt(ms),
                        fmt(ms * 1_000_000 / EVALUATIONS), fmt(bytes(row[1])), ratio(ms, engine));
            }
            out.println();
            out.println("Targets:");
            double naive = ns("naive") / engine;
            target(out, "faster than the naive evaluation", naive, naive > 1.0);
        }

        void printCompliance(PrintStream out) {
            out.println();
            out.println("Compliance check (Art. 13 notice) of generated registers in 4 levels, against reading the same"
                    + " register from its YAML file.");
            out.println();
            out.printf(Locale.ROOT, "| %10s | %12s | %12s | %12s | %12s | %12s |%n", "categories", "check us/op",
                    "check B/op", "read us/op", "read B/op", "check / read");
            out.println("|------------|--------------|--------------|--------------|--------------|--------------|");
            String[] sizes = {"20", "2000", "20000"};
            boolean checkBelowRead = true;
            for (String size : sizes) {
                double check = ns("check-" + size);
                double read = ns("read-" + size);
                checkBelowRead &= check < read;
                out.printf(Locale.ROOT, "| %10s | %12s | %12s | %12s | %12s | %12s |%n",
                        String.format(Locale.ROOT, "%,d", Integer.parseInt(size)), fmt(check),
                        fmt(bytes("check-" + size)), fmt(read), fmt(bytes("read-" + size)), ratio(check, read));
            }
            out.println();
            out.println("Targets:");
            double growth = ns("check-20000") / ns("check-20");
            target(out, "1,000x the categories costs at most 1,500x the time", growth, growth <= 1500.0);
            double worst = 0;
            for (String size : sizes) {
                worst = Math.max(worst, ns("check-" + size) / ns("read-" + size));
            }
            target(out, "the check costs less than reading the file (worst size)", worst, checkBelowRead);
        }

        private static void target(PrintStream out, String what, double ratio, boolean met) {
            out.printf(Locale.ROOT, "  %-55s %8sx       %s%n", what, fmt(ratio), met ? "met" : "NOT MET");
        }

        private static String fmt(double value) {
            if (Double.isNaN(value)) {
                return "n/a";
            }
            if (value >= 1000) {
                return String.format(Locale.ROOT, "%,.0f", value);
            }
            if (value >= 10) {
                return String.format(Locale.ROOT, "%.1f", value);
            }
            return String.format(Locale.ROOT, "%.2f", value);
        }

        private static String ratio(double value, double base) {
            return fmt(value / base) + "x";
        }
    }

    /** What the numbers were measured on: CPU, cores, OS and Java. */
    static String machine() {
        return Machine.describe();
    }

    /** What the numbers were measured on. */
    private static final class Machine {
        static String describe() {
            String cpu = "unknown CPU";
            try {
                cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
                        .filter(line -> line.startsWith("model name"))
                        .map(line -> line.substring(line.indexOf(':') + 1).strip())
                        .findFirst()
                        .orElse(cpu);
            } catch (IOException | RuntimeException e) {
                // Not Linux: the CPU model stays unknown; the rest still describes the machine.
            }
            return cpu + ", " + Runtime.getRuntime().availableProcessors() + " cores available, "
                    + System.getProperty("os.name") + " " + System.getProperty("os.arch") + ", Java "
                    + System.getProperty("java.runtime.version") + " (" + System.getProperty("java.vm.name") + ")";
        }
    }
}
