package fi.rekisteri.jpa;

import org.junit.jupiter.api.DisplayName;

@DisplayName("RegisterStore on PostgreSQL (embedded server started by the tests)")
class PostgresRegisterStoreTest extends RegisterStoreContract {
    @Override
    TestDatabase database() {
        return TestDatabase.POSTGRESQL;
    }
}
