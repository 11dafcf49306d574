package fi.rekisteri.jpa;

import org.junit.jupiter.api.DisplayName;

@DisplayName("JpaProcessingLog on H2")
class H2ProcessingLogTest extends ProcessingLogContract {
    @Override
    TestDatabase database() {
        return TestDatabase.H2;
    }
}
