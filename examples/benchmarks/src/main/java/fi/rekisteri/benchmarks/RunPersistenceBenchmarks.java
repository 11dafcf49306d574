package fi.rekisteri.benchmarks;

import java.io.IOException;
import java.io.PrintStream;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openjdk.jmh.results.BenchmarkResult;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs {@link PersistenceBenchmark} once (1 fork; each append 3 warm-up and 5 measured shots of 100,000 entries;
 * the register load 3 × 1 s warm-up, 5 × 1 s measurement) and prints a summary with the throughput ratio of the
 * processing log against plain JDBC, and the statements and time of loading a register.
 */
public final class RunPersistenceBenchmarks {

    private RunPersistenceBenchmarks() {}

    /** Runs the persistence benchmarks and prints the summary. */
    public static void main(String[] args) throws RunnerException, IOException, SQLException {
        Options options = new OptionsBuilder()
                .include(PersistenceBenchmark.class.getName())
                .forks(1)
                .jvmArgsAppend("-Xms1g", "-Xmx1g", "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn",
                        "-Dorg.jboss.logging.provider=slf4j")
                .build();
        long start = System.nanoTime();
        Collection<RunResult> results = new Runner(options).run();
        long statements = PersistenceBenchmark.statementsPerLoad();
        long seconds = (System.nanoTime() - start) / 1_000_000_000L;
        print(System.out, medians(results), statements, seconds);
    }

    private static Map<String, Double> medians(Collection<RunResult> results) {
        Map<String, Double> byName = new HashMap<>();
        for (RunResult result : results) {
            String benchmark = result.getParams().getBenchmark();
            List<Double> scores = new ArrayList<>();
            for (BenchmarkResult fork : result.getBenchmarkResults()) {
                for (IterationResult iteration : fork.getIterationResults()) {
                    scores.add(iteration.getPrimaryResult().getScore());
                }
            }
            List<Double> sorted = scores.stream().sorted().toList();
            int n = sorted.size();
            double median = n == 0 ? Double.NaN
                    : n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
            byName.put(benchmark.substring(benchmark.lastIndexOf('.') + 1), median);
        }
        return byName;
    }

    private static void print(PrintStream out, Map<String, Double> ms, long statements, long seconds) {
        double log = ms.getOrDefault("logAppend", Double.NaN);
        double jdbc = ms.getOrDefault("jdbcAppend", Double.NaN);
        double nextval = ms.getOrDefault("jdbcAppendNextval", Double.NaN);
        double load = ms.getOrDefault("registerLoad", Double.NaN);
        int entries = PersistenceBenchmark.ENTRIES;
        out.println();
        out.printf(Locale.ROOT, "Persistence on PostgreSQL (embedded, zonky): %,d log entries per append, JDBC batches"
                + " of %d, reWriteBatchedInserts=true; register of 50 purposes and %,d categories.%n", entries,
                PersistenceBenchmark.BATCH_SIZE, PersistenceBenchmark.CATEGORIES);
        out.println("Machine: " + RunBenchmarks.machine());
        out.printf(Locale.ROOT, "JMH 1.37, 1 fork; appends 3 warm-up + 5 measured single shots, load 10 x 3 s warm-up +"
                + " 5 x 2 s; median of the iterations; run took %d s.%n%n", seconds);
        out.printf(Locale.ROOT, "| %-44s | %10s | %12s |%n", "operation", "ms/op", "rows/s");
        out.println("|----------------------------------------------|------------|--------------|");
        out.printf(Locale.ROOT, "| %-44s | %10.0f | %,12.0f |%n", "ProcessingLog.recordAll (JPA, Hibernate)", log,
                entries / (log / 1000));
        out.printf(Locale.ROOT, "| %-44s | %10.0f | %,12.0f |%n", "plain JDBC batch, ids 500 per sequence call", jdbc,
                entries / (jdbc / 1000));
        out.printf(Locale.ROOT, "| %-44s | %10.0f | %,12.0f |%n", "plain JDBC batch, nextval in each insert", nextval,
                entries / (nextval / 1000));
        out.printf(Locale.ROOT, "| %-44s | %10.2f | %12s |%n", "RegisterStore.find (" + statements + " statements)",
                load, "");
        out.println();
        double ratio = jdbc / log;
        out.println("Targets:");
        out.printf(Locale.ROOT, "  %-62s %6.2fx   %s%n", "log append throughput at least 0.7x plain JDBC (ids 500/call)", ratio,
                ratio >= 0.7 ? "met" : "NOT MET");
    }
}
