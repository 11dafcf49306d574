package fi.rekisteri.jpa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.rekisteri.core.Register;
import jakarta.persistence.EntityManagerFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The shipped SQL script of a database creates a schema the mapping validates against, and the store works on it.
 */
abstract class SchemaScriptContract {

    abstract TestDatabase database();

    /** The class-path resource of the script under test. */
    abstract String script();

    /** Runs a whole script on a connection, as the database's own tools would. */
    abstract void run(Statement statement, String resource, String script) throws SQLException;

    private String createdFromScript() throws IOException, SQLException {
        String url = database().freshDatabase();
        String sql;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(script())) {
            assertTrue(in != null, "the jar has " + script());
            sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        try (Connection c = database().connect(url); Statement s = c.createStatement()) {
            run(s, script(), sql);
        }
        return url;
    }

    private EntityManagerFactory validating(String url) {
        return database().factory(url, Map.of("hibernate.hbm2ddl.auto", "validate"));
    }

    @Test
    void createsASchemaThatTheMappingValidatesAgainstAndStoresARegisterIn() throws Exception {
        String url = createdFromScript();
        try (EntityManagerFactory factory = validating(url)) {
            RegisterStore store = RegisterStore.of(factory);
            Register register = SampleRegisters.full("from-script");

            store.save(register, 0, Change.by("maija"));
            store.save(register, 1, Change.by("matti"));

            assertEquals(register, store.find("from-script").orElseThrow().register());
            assertEquals(2, store.history("from-script").size());
        }
    }

    @Test
    void failsValidationWhenTheSchemaLacksATable() throws Exception {
        String url = createdFromScript();
        try (Connection c = database().connect(url); Statement s = c.createStatement()) {
            s.execute("drop table rk_revision_key_ref");
        }

        RuntimeException e = assertThrows(RuntimeException.class, () -> validating(url).close());

        StringBuilder messages = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause()) {
            messages.append(t.getMessage()).append('\n');
        }
        assertTrue(messages.toString().contains("missing table [rk_revision_key_ref]"), messages.toString());
    }
}
