package fi.rekisteri.jpa;

import org.junit.jupiter.api.DisplayName;

@DisplayName("PersonalDataListener on PostgreSQL")
class PostgresPersonalDataListenerTest extends PersonalDataListenerContract {
    @Override
    TestDatabase database() {
        return TestDatabase.POSTGRESQL;
    }
}
