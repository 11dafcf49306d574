package fi.rekisteri.jpa;

import org.junit.jupiter.api.DisplayName;

@DisplayName("JpaProcessingLog on PostgreSQL (embedded server started by the tests)")
class PostgresProcessingLogTest extends ProcessingLogContract {
    @Override
    TestDatabase database() {
        return TestDatabase.POSTGRESQL;
    }
}
