package fi.rekisteri.core.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SubjectIdTest {

    @ParameterizedTest
    @ValueSource(strings = {"131052-308T", "010594Y9032", "010594y9032", "150200A0018", " 131052-308T "})
    void rejectsValuesShapedLikeAPersonalIdentityCode(String value) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SubjectId.of(value));
        assertTrue(e.getMessage().contains("personal identity code"), e.getMessage());
        assertFalse(e.getMessage().contains(value.strip()), e.getMessage());
    }

    @Test
    void rejectsBlankAndOverlongValues() {
        assertThrows(IllegalArgumentException.class, () -> SubjectId.of(" "));
        assertThrows(IllegalArgumentException.class, () -> SubjectId.of("x".repeat(257)));
    }

    @Test
    void toStringShowsAStablePseudonymInsteadOfTheValue() {
        SubjectId id = SubjectId.of("customer-4711");
        assertFalse(id.toString().contains("4711"));
        assertEquals("SubjectId[~" + id.pseudonym() + "]", id.toString());
        assertEquals(16, id.pseudonym().length());
        assertEquals(id.pseudonym(), SubjectId.of("customer-4711").pseudonym());
        assertNotEquals(id.pseudonym(), SubjectId.of("customer-4712").pseudonym());
    }
}
