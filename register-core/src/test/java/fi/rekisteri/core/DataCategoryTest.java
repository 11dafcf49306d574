package fi.rekisteri.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
    void liesWithinItselfAndItsAncestorsOnly() {
        assertTrue(EMAIL.isWithin("contact.email"));
        assertTrue(EMAIL.isWithin("contact"));
        assertFalse(EMAIL.isWithin("contact.e"));
        assertFalse(EMAIL.isWithin("contact.email.work"));
        assertFalse(DataCategory.of("contacts", LocalizedText.fi("x")).isWithin("contact"));
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
