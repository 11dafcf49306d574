package fi.rekisteri.jpa;

import org.junit.jupiter.api.DisplayName;

@DisplayName("SubjectRequestStore on PostgreSQL (embedded server started by the tests)")
class PostgresSubjectRequestStoreTest extends SubjectRequestStoreContract {
    @Override
    TestDatabase database() {
        return TestDatabase.POSTGRESQL;
    }
}
