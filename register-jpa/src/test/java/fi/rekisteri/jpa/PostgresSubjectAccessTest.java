package fi.rekisteri.jpa;

import org.junit.jupiter.api.DisplayName;

@DisplayName("SubjectAccess on PostgreSQL (embedded server started by the tests)")
class PostgresSubjectAccessTest extends SubjectAccessContract {
    @Override
    TestDatabase database() {
        return TestDatabase.POSTGRESQL;
    }
}
