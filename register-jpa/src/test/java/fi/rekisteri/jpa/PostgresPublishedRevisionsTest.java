package fi.rekisteri.jpa;

import org.junit.jupiter.api.DisplayName;

@DisplayName("Published revisions on PostgreSQL (embedded server started by the tests)")
class PostgresPublishedRevisionsTest extends PublishedRevisionsContract {
    @Override
    TestDatabase database() {
        return TestDatabase.POSTGRESQL;
    }
}
