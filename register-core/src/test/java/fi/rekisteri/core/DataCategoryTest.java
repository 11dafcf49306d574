package fi.rekisteri.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collections;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DataCategoryTest {

    private static final DataCategory EMAIL = DataCategory.of("contact.email", LocalizedText.fi("Sähköposti"));

    @Test
    void parentKeyIsTheKeyUpToTheLastDot() {
        assertEquals(Optional.of("contact"), EMAIL.parentKey());
        assertEquals(Optional.empty(), DataCategory.of("contact", LocalizedText.fi("Yhteystiedot")).parentKey());
    }

    @Test
    void refusesAKeyDeeperThanTheHierarchyAllows() {
        String deepest = String.join(".", Collections.nCopies(CategoryHierarchy.MAX_DEPTH, "a"));
        assertEquals(deepest, DataCategory.of(deepest, LocalizedText.fi("Syvin")).key());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> DataCategory.of(deepest + ".b", LocalizedText.fi("Liian syvä")));
        assertTrue(e.getMessage().endsWith("' is 33 levels deep: data categories nest at most 32 levels"),
                e.getMessage());
    }

    @Test
    void aKeyOfFifteenHundredSegmentsIsRefusedWithAMessageNotAStackOverflow() {
        // 3 KB: the regular expression this replaced overflowed the stack at this length.
        String key = String.join(".", Collections.nCopies(1_500, "a"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> DataCategory.of(key, LocalizedText.fi("Syvä")));
        assertEquals("key '" + key.substring(0, 60) + "…' is 1500 levels deep: data categories nest at most 32 levels",
                e.getMessage());
    }

    @Test
    void carriesSensitivities() {
        DataCategory code = DataCategory.of("identity.code", LocalizedText.fi("Henkilötunnus"))
                .with(Sensitivity.PERSONAL_IDENTITY_CODE);
        assertTrue(code.is(Sensitivity.PERSONAL_IDENTITY_CODE));
        assertFalse(code.is(Sensitivity.SPECIAL_CATEGORY));
        assertEquals(Sensitivity.PERSONAL_IDENTITY_CODE, Sensitivity.ofCode("personal-identity-code"));
    }
}
