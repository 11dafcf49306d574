package fi.rekisteri.jpa;

import org.junit.jupiter.api.DisplayName;

@DisplayName("SubjectStateStore on PostgreSQL (embedded server started by the tests)")
class PostgresSubjectStateStoreTest extends SubjectStateStoreContract {
    @Override
    TestDatabase database() {
        return TestDatabase.POSTGRESQL;
    }
}
