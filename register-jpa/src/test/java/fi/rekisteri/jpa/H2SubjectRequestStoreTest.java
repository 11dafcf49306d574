package fi.rekisteri.jpa;

import org.junit.jupiter.api.DisplayName;

@DisplayName("SubjectRequestStore on H2")
class H2SubjectRequestStoreTest extends SubjectRequestStoreContract {
    @Override
    TestDatabase database() {
        return TestDatabase.H2;
    }
}
