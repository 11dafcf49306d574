package fi.rekisteri.jpa;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/** Fresh databases whose schema comes from the shipped SQL scripts, run as the database's own tools would. */
final class ShippedScripts {

    private ShippedScripts() {}

    /** The JDBC URL of a fresh database with the schema of the database's shipped script. */
    static String freshDatabase(TestDatabase database) throws IOException, SQLException {
        String url = database.freshDatabase();
        try (Connection c = database.connect(url); Statement s = c.createStatement()) {
            if (database == TestDatabase.H2) {
                s.execute("runscript from 'classpath:/" + RekisteriPersistence.H2_SCRIPT + "'");
            } else {
                s.execute(text(RekisteriPersistence.POSTGRESQL_SCRIPT));
            }
        }
        return url;
    }

    private static String text(String resource) throws IOException {
        try (InputStream in = ShippedScripts.class.getClassLoader().getResourceAsStream(resource)) {
            assertNotNull(in, "the jar has " + resource);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
