package fi.rekisteri.jpa;

import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.DisplayName;

@DisplayName("Shipped SQL script on PostgreSQL (embedded server started by the tests)")
class PostgresSchemaScriptTest extends SchemaScriptContract {
    @Override
    TestDatabase database() {
        return TestDatabase.POSTGRESQL;
    }

    @Override
    String script() {
        return RekisteriPersistence.POSTGRESQL_SCRIPT;
    }

    @Override
    void run(Statement statement, String resource, String script) throws SQLException {
        statement.execute(script); // the driver sends the whole script; the server runs it statement by statement
    }
}
