package fi.rekisteri.jpa;

import org.junit.jupiter.api.DisplayName;

@DisplayName("PersonalDataListener on H2")
class H2PersonalDataListenerTest extends PersonalDataListenerContract {
    @Override
    TestDatabase database() {
        return TestDatabase.H2;
    }
}
