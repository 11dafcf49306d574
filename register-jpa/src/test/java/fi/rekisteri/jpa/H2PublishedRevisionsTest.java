package fi.rekisteri.jpa;

import org.junit.jupiter.api.DisplayName;

@DisplayName("Published revisions on H2")
class H2PublishedRevisionsTest extends PublishedRevisionsContract {
    @Override
    TestDatabase database() {
        return TestDatabase.H2;
    }
}
