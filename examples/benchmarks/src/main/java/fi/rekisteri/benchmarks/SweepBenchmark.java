package fi.rekisteri.benchmarks;

import fi.rekisteri.core.ContactDetails;
import fi.rekisteri.core.DataCategory;
import fi.rekisteri.core.DataSubjectCategory;
import fi.rekisteri.core.LegalBasis;
import fi.rekisteri.core.LocalizedText;
import fi.rekisteri.core.Organisation;
import fi.rekisteri.core.Purpose;
import fi.rekisteri.core.Register;
import fi.rekisteri.core.Retention;
import fi.rekisteri.core.RetentionRule;
import fi.rekisteri.core.policy.PurposePolicy;
import fi.rekisteri.jpa.ErasureMethod;
import fi.rekisteri.jpa.RekisteriPersistence;
import fi.rekisteri.jpa.RetentionSweep;
import fi.rekisteri.jpa.SweepReport;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceConfiguration;
import jakarta.persistence.PersistenceUnitTransactionType;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.ToDoubleFunction;

/**
 * A timed harness, not JMH: one sweep of a large table is a single long shot. On an embedded PostgreSQL it sweeps
 * {@code rows} accounts (one million unless given) of which every tenth is due, in batches of the same size, three
 * ways, each on a freshly seeded table: with {@link RetentionSweep} (bulk null, one processing-log entry per row), with
 * the hand-written floor (plain JDBC, {@code update … set email = null, phone = null where id in (next batch of due
 * ids)}, no log), and, for information, with that floor writing the log's rows by hand as one JDBC batch. Every side
 * first runs on a table of 100,000 rows, untimed, three times and then until a round of them leaves the JIT nearly
 * idle (at most twenty times); then {@code rounds} rounds (five unless given) run the
 * three in turn. It prints each round's rows per second on the clock and per second of CPU time (the side's thread
 * and the database server's processes), the medians and the sweep's ratio to the floor, and the largest used heap
 * sampled every 20 ms. Run by {@code java -jar benchmarks.jar sweep [rows [rounds]]}; never by a unit test.
 */
public final class SweepBenchmark {

    static final int BATCH_SIZE = 1000;
    private static final Instant NOW = Instant.parse("2026-11-15T00:00:00Z");
    private static final Instant DUE = Instant.parse("2019-06-01T00:00:00Z");
    private static final Instant RECENT = Instant.parse("2025-06-01T00:00:00Z");
    /** Six years before {@link #NOW}: the floor's cutoff, as the register's rule gives the sweep's. */
    private static final Instant CUTOFF = Instant.parse("2020-11-15T00:00:00Z");
    private static final int WARM_UP_ROWS = 100_000;
    private static final int MIN_WARM_UPS = 3;
    private static final int MAX_WARM_UPS = 20;
    /** A warm-up round in which the JIT compiled for less than this leaves the rounds to the steady state. */
    private static final long SETTLED_COMPILATION_MS = 50;

    private SweepBenchmark() {}

    /** Runs the sweep, the floor and the floor with a log, round after round, and prints the figures. */
    public static void main(String[] args) throws IOException, SQLException, InterruptedException {
        int rows = args.length > 0 ? Integer.parseInt(args[0].replace("_", "")) : 1_000_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        // No autovacuum: the seed vacuums and analyses the table itself, and a vacuum started by one side's updates
        // would run into the next side's time.
        try (EmbeddedPostgres server = EmbeddedPostgres.builder().setServerConfig("autovacuum", "off").start()) {
            String url = server.getJdbcUrl("postgres", "postgres") + "&reWriteBatchedInserts=true";
            try (Connection c = server.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
                s.execute(script());
                s.execute("select rk_create_processing_entry_partition(date '2026-11-01')");
                s.execute("create table swept_account (id bigint primary key, customer_number varchar(256) not null,"
                        + " email varchar(500), phone varchar(500), relationship_ended timestamp(6) with time zone)");
                s.execute("create index swept_account_ended_ix on swept_account (relationship_ended)");
            }
            PersistenceConfiguration config = new PersistenceConfiguration("sweep-benchmark")
                    .transactionType(PersistenceUnitTransactionType.RESOURCE_LOCAL)
                    .property(PersistenceConfiguration.JDBC_URL, url)
                    .property(PersistenceConfiguration.JDBC_USER, "postgres")
                    .property(PersistenceConfiguration.JDBC_PASSWORD, "")
                    .property("hibernate.hbm2ddl.auto", "validate")
                    .managedClass(SweptAccount.class);
            // The application's own JDBC batch size; -Dsweep.jdbcBatchSize=0 leaves it unset, Hibernate's default.
            int jdbcBatchSize = Integer.getInteger("sweep.jdbcBatchSize", 500);
            if (jdbcBatchSize > 0) {
                config.property("hibernate.jdbc.batch_size", String.valueOf(jdbcBatchSize));
            }
            RekisteriPersistence.managedClasses().forEach(config::managedClass);
            try (EntityManagerFactory factory = config.createEntityManagerFactory()) {
                RetentionSweep sweep = RetentionSweep.builder(factory, PurposePolicy.compile(register()))
                        .purpose("retention").clock(Clock.fixed(NOW, ZoneOffset.UTC)).batchSize(BATCH_SIZE)
                        .entity(SweptAccount.class, ErasureMethod.nullFields())
                        .build();
                Sides sides = new Sides(server, url, sweep);
                // Warm every side up on a smaller table first, so that none is timed while the JVM loads classes,
                // Hibernate compiles its queries and the JIT compiles the loop: the timed runs are the steady state.
                // Hibernate's deep call paths take the JIT far longer than the floor's loop, so the warm-up goes on
                // until a round of it leaves the compiler (nearly) idle.
                WarmUp warmUp = warmUp(sides);
                System.gc();
                String loadBefore = load();
                long started = System.nanoTime();
                List<Round> results = new ArrayList<>();
                for (int round = 0; round < rounds; round++) {
                    Map<Side, Run> runs = new EnumMap<>(Side.class);
                    // Alternate the order, so that neither side always runs on a table the other has just churned.
                    List<Side> order = new ArrayList<>(List.of(Side.values()));
                    if (round % 2 == 1) {
                        Collections.reverse(order);
                    }
                    for (Side side : order) {
                        runs.put(side, sides.run(side, rows));
                    }
                    results.add(new Round(Objects.requireNonNull(runs.get(Side.SWEEP)),
                            Objects.requireNonNull(runs.get(Side.FLOOR)),
                            Objects.requireNonNull(runs.get(Side.FLOOR_WITH_LOG))));
                }
                print(rows, rounds, results, loadBefore, load(), (System.nanoTime() - started) / 1e9, warmUp);
            }
        }
    }

    /**
     * Runs every side on the warm-up table, at least {@link #MIN_WARM_UPS} and at most {@link #MAX_WARM_UPS} times,
     * until one round's compilation took less than {@link #SETTLED_COMPILATION_MS}.
     */
    private static WarmUp warmUp(Sides sides) throws SQLException, InterruptedException {
        CompilationMXBean compiler = ManagementFactory.getCompilationMXBean();
        long compiledBefore = compiler.getTotalCompilationTime();
        long lastRound = Long.MAX_VALUE;
        int round = 0;
        while (round < MIN_WARM_UPS || (round < MAX_WARM_UPS && lastRound >= SETTLED_COMPILATION_MS)) {
            long before = compiler.getTotalCompilationTime();
            for (Side side : Side.values()) {
                sides.run(side, WARM_UP_ROWS);
            }
            lastRound = compiler.getTotalCompilationTime() - before;
            round++;
        }
        return new WarmUp(round, compiler.getTotalCompilationTime() - compiledBefore, lastRound);
    }

    /** How the warm-up went: its rounds, the compiler's milliseconds in all of them and in the last. */
    private record WarmUp(int rounds, long compilationMs, long lastRoundMs) {}

    private static void print(int rows, int rounds, List<Round> results, String loadBefore,
            String loadAfter, double seconds, WarmUp warmUp) {
        long due = results.get(0).get(Side.SWEEP).erased;
        System.out.printf(Locale.ROOT, "%nRetention sweep on PostgreSQL (embedded, zonky): %,d rows, %,d due,"
                + " batches of %,d; %d rounds, each side on a freshly seeded table; took %.0f s.%n",
                rows, due, BATCH_SIZE, rounds, seconds);
        System.out.println("Machine: " + RunBenchmarks.machine());
        System.out.printf(Locale.ROOT, "Warm-up: %d rounds of every side on %,d rows; the JIT compiled for %,d ms in"
                + " them, %,d ms in the last.%n", warmUp.rounds(), WARM_UP_ROWS, warmUp.compilationMs(),
                warmUp.lastRoundMs());
        System.out.println("The factory's hibernate.jdbc.batch_size: "
                + Integer.getInteger("sweep.jdbcBatchSize", 500) + " (0: unset).");
        System.out.println("Load average (1, 5, 15 min): " + loadBefore + " before the rounds, " + loadAfter
                + " after them.");
        System.out.printf(Locale.ROOT, "%nRows per second on the clock, and per second of CPU time (the thread running"
                + " the side and the database server's processes, which other work on the machine disturbs far less):%n");
        System.out.printf(Locale.ROOT, "| round | %10s | %10s | %10s | %11s | %10s | %10s | %9s |%n", "sweep r/s",
                "floor r/s", "floor+log", "sweep/floor", "sweep r/cpu", "floor r/cpu", "cpu ratio");
        System.out.println("|-------|------------|------------|------------|-------------|------------|------------|"
                + "-----------|");
        List<Double> ratios = new ArrayList<>();
        List<Double> cpuRatios = new ArrayList<>();
        for (int i = 0; i < results.size(); i++) {
            Round r = results.get(i);
            double ratio = r.get(Side.SWEEP).rate() / r.get(Side.FLOOR).rate();
            double cpuRatio = r.get(Side.SWEEP).cpuRate() / r.get(Side.FLOOR).cpuRate();
            ratios.add(ratio);
            cpuRatios.add(cpuRatio);
            System.out.printf(Locale.ROOT, "| %5d | %,10.0f | %,10.0f | %,10.0f | %11.2f | %,10.0f | %,10.0f | %9.2f |%n",
                    i + 1, r.get(Side.SWEEP).rate(), r.get(Side.FLOOR).rate(), r.get(Side.FLOOR_WITH_LOG).rate(),
                    ratio, r.get(Side.SWEEP).cpuRate(), r.get(Side.FLOOR).cpuRate(), cpuRatio);
        }
        System.out.printf(Locale.ROOT, "%n| %-52s | %10s | %8s | %10s | %8s | %13s |%n", "erasure (median of the rounds)",
                "rows/s", "vs floor", "rows/cpu-s", "vs floor", "cpu s: JVM (its main thread) / db");
        System.out.println("|------------------------------------------------------|------------|----------|------------|"
                + "----------|------------------------|");
        double floor = median(results, side -> side.get(Side.FLOOR).rate());
        double floorCpu = median(results, side -> side.get(Side.FLOOR).cpuRate());
        for (Side side : Side.values()) {
            double rate = median(results, r -> r.get(side).rate());
            double cpuRate = median(results, r -> r.get(side).cpuRate());
            double java = results.stream().mapToDouble(r -> r.get(side).javaCpu()).sum();
            double main = results.stream().mapToDouble(r -> r.get(side).mainCpu()).sum();
            double database = results.stream().mapToDouble(r -> r.get(side).databaseCpu()).sum();
            System.out.printf(Locale.ROOT, "| %-52s | %,10.0f | %7.2fx | %,10.0f | %7.2fx | %5.1f (%5.1f) / %5.1f |%n",
                    side.label, rate, rate / floor, cpuRate, cpuRate / floorCpu, java, main, database);
        }
        Collections.sort(ratios);
        Collections.sort(cpuRatios);
        double medianRatio = ratios.get(ratios.size() / 2);
        System.out.printf(Locale.ROOT, "%nRatio sweep/floor, median of the rounds: %.2f (rounds %.2f to %.2f;"
                + " target >= 0.5: %s); by CPU time %.2f (%.2f to %.2f).%n", medianRatio, ratios.get(0),
                ratios.get(ratios.size() - 1), medianRatio >= 0.5 ? "met" : "NOT met",
                cpuRatios.get(cpuRatios.size() / 2), cpuRatios.get(0), cpuRatios.get(cpuRatios.size() - 1));
        long maxHeap = results.stream().mapToLong(r -> r.get(Side.SWEEP).maxHeap).max().orElse(0);
        System.out.printf(Locale.ROOT, "Heap used during the sweeps: %,d MiB before, %,d MiB at most (sampled every"
                + " 20 ms; -Xmx %,d MiB).%n", results.get(0).get(Side.SWEEP).heapBefore >> 20, maxHeap >> 20,
                Runtime.getRuntime().maxMemory() >> 20);
        Run last = results.get(results.size() - 1).get(Side.FLOOR_WITH_LOG);
        System.out.printf(Locale.ROOT, "Floor with log, last round: %.2f s updating, %.2f s inserting the log,"
                + " %.2f s committing.%n", last.phases.update() / 1e9,
                last.phases.insert() / 1e9, last.phases.commit() / 1e9);
        for (Round r : results) {
            if (r.get(Side.FLOOR).erased != due || r.get(Side.FLOOR_WITH_LOG).erased != due
                    || r.get(Side.SWEEP).erased != due) {
                throw new IllegalStateException("the sides erased different numbers of rows: " + r);
            }
        }
    }

    private static double median(List<Round> results, ToDoubleFunction<Round> rate) {
        double[] rates = results.stream().mapToDouble(rate).sorted().toArray();
        return rates[rates.length / 2];
    }

    /** The load average as {@code /proc/loadavg} gives it, or "unknown" off Linux. */
    private static String load() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).strip().split(" ", -1);
            return fields[0] + ", " + fields[1] + ", " + fields[2];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    /** What is measured. */
    private enum Side {
        SWEEP("RetentionSweep, nullFields, one log entry per row"),
        FLOOR("floor: JDBC update … where id in (batch), no log"),
        FLOOR_WITH_LOG("JDBC update … returning, log rows batched (info)");

        final String label;

        Side(String label) {
            this.label = label;
        }
    }

    /**
     * One timed run of a side.
     *
     * @param phases for the floor with a log, where its time went
     */
    private record Run(long erased, double seconds, double javaCpu, double mainCpu, double databaseCpu, long heapBefore,
            long maxHeap, Phases phases) {
        double rate() {
            return erased / seconds;
        }

        /**
         * Rows per second of CPU time of the side's own work: the thread that ran it and the database server's. The
         * JVM's other threads are left out: the JIT compiles Hibernate's code for minutes on a loaded machine, and
         * does it in whichever side's time it happens to be.
         */
        double cpuRate() {
            return erased / (mainCpu + databaseCpu);
        }
    }

    /**
     * CPU time, which other work on a shared machine disturbs far less than the time on the clock: this JVM's (every
     * thread, the JIT and the collector included) and the database server's processes' (from {@code /proc}, so on
     * Linux only; elsewhere 0).
     */
    private static final class CpuTime {
        private static final double NANOS_PER_TICK = 1e9 / 100; // USER_HZ, 100 on every Linux architecture we run on

        private CpuTime() {}

        /** This thread's: the side's own Java work, without the JIT's and the collector's. */
        static long thread() {
            return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        }

        static long java() {
            return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                    .getProcessCpuTime();
        }

        /** The postmaster's pid: the parent of this connection's server process. */
        static long postmaster(Connection c) throws SQLException {
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("select pg_backend_pid()")) {
                r.next();
                String[] stat = stat(r.getLong(1));
                return stat.length > 1 ? Long.parseLong(stat[1]) : -1;
            }
        }

        /** The CPU clock ticks of the postmaster and of each of its children alive now, by pid. */
        static Map<Long, Long> database(long postmaster) {
            Map<Long, Long> ticks = new HashMap<>();
            try (DirectoryStream<Path> processes = Files.newDirectoryStream(Path.of("/proc"), "[0-9]*")) {
                for (Path process : processes) {
                    long pid = Long.parseLong(process.getFileName().toString());
                    String[] stat = stat(pid);
                    if (stat.length > 12 && (Long.parseLong(stat[1]) == postmaster || pid == postmaster)) {
                        ticks.put(pid, Long.parseLong(stat[11]) + Long.parseLong(stat[12]));
                    }
                }
            } catch (IOException | RuntimeException e) {
                return Map.of();
            }
            return ticks;
        }

        /**
         * The database's CPU nanoseconds from one reading to the next: of the processes alive at the second, so that
         * a connection's process that ended in between (the seed's) takes its time away with it.
         */
        static long databaseSince(Map<Long, Long> before, Map<Long, Long> after) {
            long ticks = 0;
            for (Map.Entry<Long, Long> process : after.entrySet()) {
                ticks += process.getValue() - before.getOrDefault(process.getKey(), 0L);
            }
            return Math.round(ticks * NANOS_PER_TICK);
        }

        /** The fields of /proc/pid/stat after the command's parentheses: state, ppid, …; empty if unreadable. */
        private static String[] stat(long pid) {
            try {
                String line = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
                return line.substring(line.lastIndexOf(')') + 2).split(" ", -1);
            } catch (IOException | RuntimeException e) {
                return new String[0];
            }
        }
    }

    /** One round's runs of each side. */
    private record Round(Run sweep, Run floor, Run floorWithLog) {
        Run get(Side side) {
            return switch (side) {
                case SWEEP -> sweep;
                case FLOOR -> floor;
                case FLOOR_WITH_LOG -> floorWithLog;
            };
        }
    }

    /** Nanoseconds the floor with a log spent updating, inserting the log's rows and committing. */
    private record Phases(long update, long insert, long commit) {}

    /** Runs each side on a freshly seeded table. */
    private static final class Sides {
        private final EmbeddedPostgres server;
        private final RetentionSweep sweep;
        // The floors' connections stay open, as the sweep's pooled ones do, so that their server processes' CPU
        // time can be read after each run.
        private final Connection floorConnection;
        private final Connection logConnection;
        private final long postmaster;
        private long nextEntryId = 1_000_000_000_000L;

        Sides(EmbeddedPostgres server, String url, RetentionSweep sweep) throws SQLException {
            this.server = server;
            this.sweep = sweep;
            this.floorConnection = server.getPostgresDatabase().getConnection();
            // The URL with reWriteBatchedInserts, as the sweep's: the log's batch goes as multi-row inserts.
            this.logConnection = DriverManager.getConnection(url, "postgres", "");
            logConnection.setAutoCommit(false);
            this.postmaster = CpuTime.postmaster(floorConnection);
        }

        Run run(Side side, int rows) throws SQLException, InterruptedException {
            seed(server, rows);
            long[] phases = new long[3];
            HeapSampler heap = HeapSampler.start();
            long javaCpu = CpuTime.java();
            long mainCpu = CpuTime.thread();
            Map<Long, Long> databaseBefore = CpuTime.database(postmaster);
            long start = System.nanoTime();
            long erased = switch (side) {
                case SWEEP -> sweep.run().lines().get(0).erased();
                case FLOOR -> floor(floorConnection, CUTOFF);
                case FLOOR_WITH_LOG -> floorWithLog(phases);
            };
            double seconds = (System.nanoTime() - start) / 1e9;
            javaCpu = CpuTime.java() - javaCpu;
            mainCpu = CpuTime.thread() - mainCpu;
            long databaseCpu = CpuTime.databaseSince(databaseBefore, CpuTime.database(postmaster));
            long maxHeap = heap.stop();
            return new Run(erased, seconds, javaCpu / 1e9, mainCpu / 1e9, databaseCpu / 1e9, heap.before, maxHeap,
                    new Phases(phases[0], phases[1], phases[2]));
        }

        /**
         * The floor with the log a sweep must write, by hand: each batch's update returns its rows' subjects, whose
         * log rows go in one JDBC batch (rewritten into multi-row inserts), ids counted here; one transaction a batch.
         */
        private long floorWithLog(long[] phases) throws SQLException {
            long erased = 0;
            long last = 0;
            Connection c = logConnection;
            {
                try (PreparedStatement update = c.prepareStatement("update swept_account set email = null,"
                        + " phone = null where id in (select id from swept_account where relationship_ended <= ? and"
                        + " (email is not null or phone is not null) and id > ? order by id limit ?)"
                        + " returning id, customer_number");
                        PreparedStatement insert = c.prepareStatement("insert into rk_processing_entry (entry_id,"
                                + " processed_at, subject_id, purpose_key, category_keys, actor)"
                                + " values (?, ?, ?, ?, ?, ?)")) {
                    Timestamp at = Timestamp.from(NOW);
                    while (true) {
                        long t0 = System.nanoTime();
                        update.setTimestamp(1, Timestamp.from(CUTOFF));
                        update.setLong(2, last);
                        update.setInt(3, BATCH_SIZE);
                        int n = 0;
                        try (ResultSet done = update.executeQuery()) {
                            while (done.next()) {
                                last = Math.max(last, done.getLong(1));
                                insert.setLong(1, nextEntryId++);
                                insert.setTimestamp(2, at);
                                insert.setString(3, done.getString(2));
                                insert.setString(4, "retention");
                                insert.setString(5, "contact contact.email");
                                insert.setString(6, "retention-sweep");
                                insert.addBatch();
                                n++;
                            }
                        }
                        long t1 = System.nanoTime();
                        insert.executeBatch();
                        long t2 = System.nanoTime();
                        c.commit();
                        long t3 = System.nanoTime();
                        phases[0] += t1 - t0;
                        phases[1] += t2 - t1;
                        phases[2] += t3 - t2;
                        erased += n;
                        if (n < BATCH_SIZE) {
                            return erased;
                        }
                    }
                }
            }
        }
    }

    /** The register: contact details six years after the relationship ends, erased under a legal obligation. */
    static Register register() {
        return Register.builder("sweep-benchmark", LocalizedText.en("Customers"),
                        Organisation.of("Example Oy", ContactDetails.none().withEmail("privacy@example.invalid")))
                .subjectCategory(DataSubjectCategory.of("customers", LocalizedText.en("Customers")))
                .dataCategory(DataCategory.of("contact", LocalizedText.en("Contact details")))
                .dataCategory(DataCategory.of("contact.email", LocalizedText.en("E-mail address")))
                .purpose(Purpose.builder("retention", LocalizedText.en("Erasure when retention ends"))
                        .legalBasis(LegalBasis.legalObligation(LocalizedText.en("GDPR Art. 5(1)(e)")))
                        .categories("contact").build())
                .retention(RetentionRule.of(Retention.after(Period.ofYears(6),
                        LocalizedText.en("the end of the customer relationship")), "contact")
                        .withEvent("customer-relationship-end"))
                .build();
    }

    /** Fills the table afresh: every tenth account ended its relationship seven years ago, the rest a year ago. */
    private static void seed(EmbeddedPostgres server, int rows) throws SQLException {
        try (Connection c = server.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("truncate swept_account");
            s.execute("truncate rk_processing_entry");
            s.execute("insert into swept_account select g, 'customer-' || g, 'c' || g || '@example.invalid',"
                    + " '+358 40 ' || g, case when g % 10 = 0 then timestamptz '" + DUE + "' + g * interval '1 second'"
                    + " else timestamptz '" + RECENT + "' end from generate_series(1, " + rows + ") g");
            s.execute("vacuum analyze swept_account");
        }
    }

    /** The hand-written floor: the same batches of due ids, nulled by plain JDBC, each batch its own transaction. */
    private static long floor(Connection c, Instant cutoff) throws SQLException {
        long erased = 0;
        long last = 0;
        try (PreparedStatement update = c.prepareStatement("update swept_account set email = null, phone = null"
                        + " where id in (select id from swept_account where relationship_ended <= ? and"
                        + " (email is not null or phone is not null) and id > ? order by id limit ?) returning id")) {
            while (true) {
                update.setTimestamp(1, Timestamp.from(cutoff));
                update.setLong(2, last);
                update.setInt(3, BATCH_SIZE);
                int n = 0;
                try (ResultSet ids = update.executeQuery()) {
                    while (ids.next()) {
                        last = Math.max(last, ids.getLong(1));
                        n++;
                    }
                }
                erased += n;
                if (n < BATCH_SIZE) {
                    return erased;
                }
            }
        }
    }

    private static String script() throws IOException {
        try (InputStream in = SweepBenchmark.class.getClassLoader()
                .getResourceAsStream(RekisteriPersistence.POSTGRESQL_SCRIPT)) {
            if (in == null) {
                throw new IOException("no " + RekisteriPersistence.POSTGRESQL_SCRIPT + " on the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** Samples the used heap on a thread of its own. */
    private static final class HeapSampler implements Runnable {
        final long before = used();
        private final AtomicLong max = new AtomicLong(before);
        private final AtomicBoolean running = new AtomicBoolean(true);
        private final Thread thread = new Thread(this, "heap-sampler");

        static HeapSampler start() {
            HeapSampler sampler = new HeapSampler();
            sampler.thread.setDaemon(true);
            sampler.thread.start();
            return sampler;
        }

        @Override
        public void run() {
            while (running.get()) {
                max.accumulateAndGet(used(), Math::max);
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }

        long stop() throws InterruptedException {
            running.set(false);
            thread.join();
            return max.accumulateAndGet(used(), Math::max);
        }

        private static long used() {
            Runtime r = Runtime.getRuntime();
            return r.totalMemory() - r.freeMemory();
        }
    }
}
