package fi.rekisteri.jpa;

import org.junit.jupiter.api.DisplayName;

@DisplayName("SubjectAccess on H2")
class H2SubjectAccessTest extends SubjectAccessContract {
    @Override
    TestDatabase database() {
        return TestDatabase.H2;
    }
}
