package fi.rekisteri.jpa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RegisterRevisionTest {

    @Test
    void rejectsARegisterOfAnotherKey() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new RegisterRevision(
                "customers", 1, Instant.EPOCH, Optional.empty(), Optional.empty(),
                SampleRegisters.ofSize("employees", 1)));

        assertEquals("revision of register 'customers' holds register 'employees'", e.getMessage());
    }

    @Test
    void rejectsARevisionNumberBelowOne() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new RevisionSummary(
                "customers", 0, Instant.EPOCH, Optional.empty(), Optional.empty()));

        assertEquals("revision number 0 is not positive", e.getMessage());
    }

    @Test
    void summarisesItselfWithoutTheRegister() {
        RegisterRevision revision = new RegisterRevision("customers", 3, Instant.EPOCH, Optional.of("maija"),
                Optional.empty(), SampleRegisters.ofSize("customers", 1));

        assertEquals(new RevisionSummary("customers", 3, Instant.EPOCH, Optional.of("maija"), Optional.empty()),
                revision.summary());
    }
}
