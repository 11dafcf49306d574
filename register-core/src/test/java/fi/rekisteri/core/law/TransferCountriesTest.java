package fi.rekisteri.core.law;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TransferCountriesTest {

    private final TransferCountries current = TransferCountries.current();

    @Test
    void eeaIsTheTwentySevenMemberStatesAndThreeOthers() {
        assertEquals(30, current.eea().size());
        assertTrue(current.isEea("FI"));
        assertTrue(current.isEea("NO"));
        assertFalse(current.isEea("CH"));
        assertFalse(current.isEea("GB"));
    }

    @Test
    void adequacyListKnowsPartialDecisions() {
        assertEquals(15, current.adequacyDecisions().size());
        assertFalse(current.adequacy("JP").orElseThrow().isPartial());
        assertTrue(current.adequacy("US").orElseThrow().scope().orElseThrow().contains("Data Privacy Framework"));
        assertTrue(current.adequacy("CA").orElseThrow().isPartial());
        assertEquals(Optional.empty(), current.adequacy("CN"));
    }

    @Test
    void listsCarryTheirDate() {
        assertEquals(LocalDate.of(2025, 1, 1), current.asOf());
    }

    @Test
    void rejectsCountryBothInsideAndOutsideTheEea() {
        assertThrows(IllegalArgumentException.class, () -> TransferCountries.of(LocalDate.now(), Set.of("FI"),
                Map.of("FI", new TransferCountries.Adequacy("FI", Optional.empty()))));
    }
}
