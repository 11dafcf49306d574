package fi.rekisteri.jpa;

import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.DisplayName;

@DisplayName("Shipped SQL script on H2")
class H2SchemaScriptTest extends SchemaScriptContract {
    @Override
    TestDatabase database() {
        return TestDatabase.H2;
    }

    @Override
    String script() {
        return RekisteriPersistence.H2_SCRIPT;
    }

    @Override
    void run(Statement statement, String resource, String script) throws SQLException {
        statement.execute("runscript from 'classpath:/" + resource + "'");
    }
}
