package fi.rekisteri.benchmarks;

import fi.rekisteri.core.Register;
import fi.rekisteri.core.policy.ProcessingEntry;
import fi.rekisteri.core.policy.SubjectId;
import fi.rekisteri.jpa.Change;
import fi.rekisteri.jpa.JpaProcessingLog;
import fi.rekisteri.jpa.RegisterRevision;
import fi.rekisteri.jpa.RegisterStore;
import fi.rekisteri.jpa.RekisteriPersistence;
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
import java.sql.DriverManager;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Rekisteri's persistence on a real PostgreSQL, started by the benchmark itself (zonky's embedded binaries) with the
 * schema of the shipped script: the processing log appending 100,000 entries against a plain JDBC batch insert of
 * the same rows into the same table, and {@link RegisterStore} loading a register of 50 purposes and 2,000 data
 * categories.
 *
 * <p>Both appends run in one transaction each, with the same JDBC batch size and the same connection settings
 * ({@code reWriteBatchedInserts=true}); the table is emptied before each append. The entries span two months, so
 * the rows go to two monthly partitions.
 */
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class PersistenceBenchmark {

    /** Entries per append. */
    static final int ENTRIES = 100_000;
    /** Rows per JDBC batch, for Hibernate ({@code hibernate.jdbc.batch_size}) and for plain JDBC alike. */
    static final int BATCH_SIZE = 100;
    /** Categories of the register loaded. */
    static final int CATEGORIES = 2_000;

    /** Ids as the mapping takes them: the sequence's increment, 500 ids per call. */
    static final int ID_BLOCK = 500;

    private static final String INSERT_WITH_ID = "insert into rk_processing_entry"
            + " (entry_id, processed_at, subject_id, purpose_key, category_keys, actor) values (?, ?, ?, ?, ?, ?)";
    private static final String INSERT_NEXTVAL = "insert into rk_processing_entry"
            + " (entry_id, processed_at, subject_id, purpose_key, category_keys, actor)"
            + " values (nextval('rk_processing_entry_seq'), ?, ?, ?, ?, ?)";

    /** A PostgreSQL server with Rekisteri's schema, an entity manager factory on it, and the rows to append. */
    @State(Scope.Benchmark)
    public static class Database {
        EmbeddedPostgres server;
        String url;
        EntityManagerFactory factory;
        JpaProcessingLog log;
        RegisterStore store;
        String registerKey;
        List<ProcessingEntry> entries;
        /** Whether Hibernate keeps statistics: only to count statements, as they cost time on every insert. */
        boolean statistics;

        /** Starts the server, creates the schema from the shipped script and saves the register to load. */
        @Setup(Level.Trial)
        public void start() throws IOException, SQLException {
            server = EmbeddedPostgres.builder().start();
            url = server.getJdbcUrl("postgres", "postgres") + "&reWriteBatchedInserts=true";
            try (Connection c = connect(); Statement s = c.createStatement()) {
                s.execute(script());
                s.execute("select rk_create_processing_entry_partition(date '2026-10-01')");
                s.execute("select rk_create_processing_entry_partition(date '2026-11-01')");
            }
            PersistenceConfiguration config = new PersistenceConfiguration("benchmark")
                    .transactionType(PersistenceUnitTransactionType.RESOURCE_LOCAL)
                    .property(PersistenceConfiguration.JDBC_URL, url)
                    .property(PersistenceConfiguration.JDBC_USER, "postgres")
                    .property(PersistenceConfiguration.JDBC_PASSWORD, "")
                    .property("hibernate.jdbc.batch_size", String.valueOf(BATCH_SIZE))
                    .property("hibernate.generate_statistics", String.valueOf(statistics))
                    .property("hibernate.hbm2ddl.auto", "validate");
            RekisteriPersistence.managedClasses().forEach(config::managedClass);
            factory = config.createEntityManagerFactory();
            log = JpaProcessingLog.of(factory);
            store = RegisterStore.of(factory);
            Register register = Workload.of(CATEGORIES).register;
            RegisterRevision saved = store.save(register, 0, Change.by("benchmark"));
            registerKey = saved.registerKey();
            entries = entries();
        }

        Connection connect() throws SQLException {
            return server.getDatabase("postgres", "postgres").getConnection();
        }

        private Connection batchingConnection() throws SQLException {
            return DriverManager.getConnection(url, "postgres", "");
        }

        /** Stops the server. */
        @TearDown(Level.Trial)
        public void stop() throws IOException {
            factory.close();
            server.close();
        }
    }

    /** An empty log before each append, so that every append writes into the same, empty table. */
    @State(Scope.Benchmark)
    public static class EmptyLog {
        /** Empties the log. */
        @Setup(Level.Invocation)
        public void empty(Database db) throws SQLException {
            try (Connection c = db.connect(); Statement s = c.createStatement()) {
                s.execute("truncate rk_processing_entry");
            }
        }
    }

    private static String script() throws IOException {
        try (InputStream in = PersistenceBenchmark.class.getClassLoader()
                .getResourceAsStream(RekisteriPersistence.POSTGRESQL_SCRIPT)) {
            if (in == null) {
                throw new IOException("no " + RekisteriPersistence.POSTGRESQL_SCRIPT + " on the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** 100,000 entries about 10,000 subjects over two months, one to three categories each. */
    static List<ProcessingEntry> entries() {
        Instant start = Instant.parse("2026-10-20T00:00:00Z");
        List<String> purposes = List.of("billing", "newsletter", "customer-service", "fraud-prevention");
        List<List<String>> categories = List.of(List.of("contact.email"), List.of("contact.email", "contact.phone"),
                List.of("billing.invoices", "contact.address", "identity.name"));
        List<ProcessingEntry> entries = new ArrayList<>(ENTRIES);
        for (int i = 0; i < ENTRIES; i++) {
            entries.add(new ProcessingEntry(SubjectId.of("customer-" + (i % 10_000)), purposes.get(i % 4),
                    categories.get(i % 3), start.plusSeconds(30L * i), "batch-job-" + (i % 7)));
        }
        return entries;
    }

    /** The processing log's bulk append: {@link JpaProcessingLog#recordAll(List)} of 100,000 entries. */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @Warmup(iterations = 3)
    @Measurement(iterations = 5)
    public void logAppend(Database db, EmptyLog empty) {
        db.log.recordAll(db.entries);
    }

    /**
     * The same rows into the same table by plain JDBC, with ids taken from the sequence as the mapping takes them
     * (one call per 500 ids): one prepared insert, batched, one transaction. The baseline of the target.
     */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @Warmup(iterations = 3)
    @Measurement(iterations = 5)
    public void jdbcAppend(Database db, EmptyLog empty) throws SQLException {
        try (Connection c = db.batchingConnection();
                PreparedStatement nextBlock = c.prepareStatement("select nextval('rk_processing_entry_seq')");
                PreparedStatement insert = c.prepareStatement(INSERT_WITH_ID)) {
            c.setAutoCommit(false);
            long nextId = 0;
            long lastId = -1;
            Batch batch = new Batch(insert);
            for (ProcessingEntry e : db.entries) {
                if (nextId > lastId) {
                    try (ResultSet r = nextBlock.executeQuery()) {
                        r.next();
                        lastId = r.getLong(1);
                        nextId = lastId - ID_BLOCK + 1;
                    }
                }
                insert.setLong(1, nextId++);
                bind(insert, 2, e);
                batch.add();
            }
            batch.finish();
            c.commit();
        }
    }

    /**
     * The same rows by plain JDBC with each id from {@code nextval} in the insert itself, as an application without
     * an id allocation scheme would write it; shown for comparison, not the target's baseline.
     */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @Warmup(iterations = 3)
    @Measurement(iterations = 5)
    public void jdbcAppendNextval(Database db, EmptyLog empty) throws SQLException {
        try (Connection c = db.batchingConnection(); PreparedStatement insert = c.prepareStatement(INSERT_NEXTVAL)) {
            c.setAutoCommit(false);
            Batch batch = new Batch(insert);
            for (ProcessingEntry e : db.entries) {
                bind(insert, 1, e);
                batch.add();
            }
            batch.finish();
            c.commit();
        }
    }

    /** The rows of a prepared insert, sent in batches of {@link #BATCH_SIZE} as Hibernate sends them. */
    private static final class Batch {
        private final PreparedStatement insert;
        private int pending;

        Batch(PreparedStatement insert) {
            this.insert = insert;
        }

        /** Adds the row whose parameters are set; sends the batch when it is full. */
        void add() throws SQLException {
            insert.addBatch();
            if (++pending == BATCH_SIZE) {
                insert.executeBatch();
                pending = 0;
            }
        }

        /** Sends the rows not yet sent. */
        void finish() throws SQLException {
            if (pending > 0) {
                insert.executeBatch();
            }
        }
    }

    private static void bind(PreparedStatement insert, int first, ProcessingEntry e) throws SQLException {
        insert.setObject(first, e.at().atOffset(ZoneOffset.UTC));
        insert.setString(first + 1, e.subject().value());
        insert.setString(first + 2, e.purpose());
        insert.setString(first + 3, String.join(" ", e.categories()));
        insert.setString(first + 4, e.actor());
    }

    /**
     * {@link RegisterStore#find(String)} of the current revision of a register of 50 purposes, 2,000 categories.
     * Thirty seconds of warm-up: a load runs thousands of Hibernate ORM's and the mapping's methods a few times
     * each, which the JIT compiles late; after three seconds a load still took eight times its steady time.
     */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @Warmup(iterations = 10, time = 3)
    @Measurement(iterations = 5, time = 2)
    public Register registerLoad(Database db) {
        return db.store.find(db.registerKey).orElseThrow().register();
    }

    /** The statements one load of the register costs, counted by Hibernate's statistics outside JMH. */
    static long statementsPerLoad() throws IOException, SQLException {
        Database db = new Database();
        db.statistics = true;
        db.start();
        try {
            Statistics statistics = db.factory.unwrap(SessionFactory.class).getStatistics();
            statistics.clear();
            if (db.store.find(db.registerKey).isEmpty()) {
                throw new IllegalStateException("the benchmark register was not saved");
            }
            return statistics.getPrepareStatementCount();
        } finally {
            db.stop();
        }
    }
}
