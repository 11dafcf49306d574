package fi.rekisteri.jpa;

import org.junit.jupiter.api.DisplayName;

@DisplayName("RegisterStore on H2")
class H2RegisterStoreTest extends RegisterStoreContract {
    @Override
    TestDatabase database() {
        return TestDatabase.H2;
    }
}
