package fi.rekisteri.jpa;

import org.junit.jupiter.api.DisplayName;

@DisplayName("ConsentRecordSource on PostgreSQL (embedded server started by the tests)")
class PostgresConsentRecordSourceTest extends ConsentRecordSourceContract {
    @Override
    TestDatabase database() {
        return TestDatabase.POSTGRESQL;
    }
}
