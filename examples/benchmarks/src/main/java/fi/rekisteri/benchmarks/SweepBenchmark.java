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
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A timed harness, not JMH: one sweep of a large table is a single long shot. It sweeps {@code rows} accounts (one
 * million unless given) of which every tenth is due on an embedded PostgreSQL, once with {@link RetentionSweep} (bulk
 * null, one processing-log entry per row) and once with the hand-written floor (plain JDBC, {@code update … set
 * email = null, phone = null where id in (next batch of due ids)}, no log) in batches of the same size on the same,
 * freshly seeded table, and prints rows per second, their ratio, and the largest used heap sampled every 20 ms. Each
 * side is first run once on a table of 50,000 rows, untimed, so that the timed runs measure the steady state.
 * Run by {@code java -jar benchmarks.jar sweep [rows]}; never by a unit test.
 */
public final class SweepBenchmark {

    static final int BATCH_SIZE = 1000;
    private static final Instant NOW = Instant.parse("2026-11-15T00:00:00Z");
    private static final Instant DUE = Instant.parse("2019-06-01T00:00:00Z");
    private static final Instant RECENT = Instant.parse("2025-06-01T00:00:00Z");
    /** Six years before {@link #NOW}: the floor's cutoff, as the register's rule gives the sweep's. */
    private static final Instant CUTOFF = Instant.parse("2020-11-15T00:00:00Z");
    private static final int WARM_UP_ROWS = 50_000;

    private SweepBenchmark() {}

    /** Runs the sweep and the floor and prints the figures. */
    public static void main(String[] args) throws IOException, SQLException, InterruptedException {
        int rows = args.length > 0 ? Integer.parseInt(args[args.length - 1].replace("_", "")) : 1_000_000;
        try (EmbeddedPostgres server = EmbeddedPostgres.builder().start()) {
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
                    .property("hibernate.jdbc.batch_size", "500")
                    .property("hibernate.hbm2ddl.auto", "validate")
                    .managedClass(SweptAccount.class);
            RekisteriPersistence.managedClasses().forEach(config::managedClass);
            try (EntityManagerFactory factory = config.createEntityManagerFactory()) {
                RetentionSweep sweep = RetentionSweep.builder(factory, PurposePolicy.compile(register()))
                        .purpose("retention").clock(Clock.fixed(NOW, ZoneOffset.UTC)).batchSize(BATCH_SIZE)
                        .entity(SweptAccount.class, ErasureMethod.nullFields())
                        .build();
                // Warm both sides up on a small table first, so that neither is timed while the JVM loads classes,
                // Hibernate compiles its queries and the JIT compiles the loop: the timed runs are the steady state.
                seed(server, WARM_UP_ROWS);
                sweep.run();
                seed(server, WARM_UP_ROWS);
                floor(server, CUTOFF);
                System.gc();
                seed(server, rows);
                HeapSampler heap = HeapSampler.start();
                long start = System.nanoTime();
                SweepReport report = sweep.run();
                double sweepSeconds = (System.nanoTime() - start) / 1e9;
                long maxHeap = heap.stop();
                long erased = report.lines().get(0).erased();

                seed(server, rows);
                start = System.nanoTime();
                long floorErased = floor(server, CUTOFF);
                double floorSeconds = (System.nanoTime() - start) / 1e9;

                double sweepRate = erased / sweepSeconds;
                double floorRate = floorErased / floorSeconds;
                System.out.printf(Locale.ROOT, "%nRetention sweep on PostgreSQL (embedded, zonky): %,d rows, %,d due,"
                        + " batches of %,d.%n", rows, erased, BATCH_SIZE);
                System.out.println("Machine: " + RunBenchmarks.machine());
                System.out.printf(Locale.ROOT, "| %-52s | %8s | %10s |%n", "erasure", "s", "rows/s");
                System.out.println("|------------------------------------------------------|----------|------------|");
                System.out.printf(Locale.ROOT, "| %-52s | %8.1f | %,10.0f |%n",
                        "RetentionSweep, nullFields, one log entry per row", sweepSeconds, sweepRate);
                System.out.printf(Locale.ROOT, "| %-52s | %8.1f | %,10.0f |%n",
                        "floor: JDBC update … where id in (batch), no log", floorSeconds, floorRate);
                System.out.printf(Locale.ROOT, "Ratio sweep/floor: %.2f (target >= 0.5); erased by the floor: %,d.%n",
                        sweepRate / floorRate, floorErased);
                System.out.printf(Locale.ROOT, "Heap used during the sweep: %,d MiB before, %,d MiB at most"
                        + " (sampled every 20 ms; -Xmx %,d MiB).%n", heap.before >> 20, maxHeap >> 20,
                        Runtime.getRuntime().maxMemory() >> 20);
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
    private static long floor(EmbeddedPostgres server, Instant cutoff) throws SQLException {
        long erased = 0;
        long last = 0;
        try (Connection c = server.getPostgresDatabase().getConnection();
                PreparedStatement update = c.prepareStatement("update swept_account set email = null, phone = null"
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
