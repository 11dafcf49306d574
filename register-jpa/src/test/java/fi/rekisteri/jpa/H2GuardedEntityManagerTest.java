package fi.rekisteri.jpa;

import org.junit.jupiter.api.DisplayName;

@DisplayName("Guarded entity managers on H2")
class H2GuardedEntityManagerTest extends GuardedEntityManagerContract {
    @Override
    TestDatabase database() {
        return TestDatabase.H2;
    }
}
