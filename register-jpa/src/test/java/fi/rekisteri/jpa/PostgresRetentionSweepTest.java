package fi.rekisteri.jpa;

import org.junit.jupiter.api.DisplayName;

@DisplayName("RetentionSweep on Postgres")
class PostgresRetentionSweepTest extends RetentionSweepContract {
    @Override
    TestDatabase database() {
        return TestDatabase.POSTGRESQL;
    }
}
