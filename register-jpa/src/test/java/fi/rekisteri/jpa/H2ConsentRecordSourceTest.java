package fi.rekisteri.jpa;

import org.junit.jupiter.api.DisplayName;

@DisplayName("ConsentRecordSource on H2")
class H2ConsentRecordSourceTest extends ConsentRecordSourceContract {
    @Override
    TestDatabase database() {
        return TestDatabase.H2;
    }
}
