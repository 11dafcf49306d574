package fi.rekisteri.jpa;

import org.junit.jupiter.api.DisplayName;

@DisplayName("RetentionSweep on H2")
class H2RetentionSweepTest extends RetentionSweepContract {
    @Override
    TestDatabase database() {
        return TestDatabase.H2;
    }
}
