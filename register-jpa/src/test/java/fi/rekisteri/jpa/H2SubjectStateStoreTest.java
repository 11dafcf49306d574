package fi.rekisteri.jpa;

import org.junit.jupiter.api.DisplayName;

@DisplayName("SubjectStateStore on H2")
class H2SubjectStateStoreTest extends SubjectStateStoreContract {
    @Override
    TestDatabase database() {
        return TestDatabase.H2;
    }
}
