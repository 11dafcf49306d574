package fi.rekisteri.jpa;

import org.junit.jupiter.api.DisplayName;

@DisplayName("Guarded entity managers on PostgreSQL")
class PostgresGuardedEntityManagerTest extends GuardedEntityManagerContract {
    @Override
    TestDatabase database() {
        return TestDatabase.POSTGRESQL;
    }
}
