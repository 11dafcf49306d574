package fi.rekisteri.core.policy;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.rekisteri.core.identifier.PersonalIdentityCode;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SubjectIdTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "131052-308T", "010594Y9032", "010594y9032", "150200A0018", " 131052-308T ",
        // lower-case check character, spaces, no century sign
        "131052-308t", "131052 - 308T", "131052 308T", "131052308T", "131052308t",
        // Unicode dashes and minus signs as the century sign
        "131052\u2010308T", "131052\u2011308T", "131052\u2012308T", "131052\u2013308T", "131052\u2014308T",
        "131052\u2015308T", "131052\u2212308T", "131052\uFF0D308T",
        // NBSP and zero-width characters inside
        "131052\u00A0-308T", "1310\u200B52-308T", "131052-\u200C308\u200DT", "131052\u2060-308T",
        "\uFEFF131052-308T", "131052\u202F308T",
        // prefixes
        "hetu:131052-308T", "HETU: 131052-308T", "FI131052-308T", "FI 131052308T", "fi131052308t",
        "customer/131052-308T", "henkilötunnus 131052-308T suffix",
        // dots in the date
        "13.10.52-308T", "13.10.52308T",
        // full-width digits, a Cyrillic check letter
        "\uFF11\uFF13\uFF11\uFF10\uFF15\uFF12-308T", "131052-308\u0422",
        // a digit check character without the sign, and the leap day of 2000
        "0101000170", "290200002C",
        // the code's exact shape is refused whatever the check character
        "131052-308U", "311152-308t"})
    void refusesAPersonalIdentityCodeInEveryFormAPersonTypesOrPastes(String value) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SubjectId.of(value));
        assertTrue(e.getMessage().contains("personal identity code"), e.getMessage());
        assertFalse(e.getMessage().contains("308"), e.getMessage());
        assertFalse(e.getMessage().contains(value.strip()), e.getMessage());
    }

    @Test
    void theFixturesAboveAreValidCodes() {
        // A refusal of an invalid code would prove nothing.
        for (String code : new String[] {"131052-308T", "010594Y9032", "010100-0170", "290200A002C",
            "131052-0040"}) {
            assertTrue(PersonalIdentityCode.isValid(code), code);
        }
        // The leap day of 2000 is a date only in the 2000s: the sign-less form must try every century.
        assertFalse(PersonalIdentityCode.isValid("290200-002C"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "customer-4711", "C-1001", "42", "order-2026-000123", "1234567890", "user_17",
        // a valid-looking shape with the wrong check character, an impossible date
        "131052 308U", "hetu:311152-308T", "131352308T",
        // inside a longer run of digits it is not a code
        "41310523089X", "131052-308T9",
        "matti.meikalainen@example.invalid", "aino+newsletter@example.fi"})
    void acceptsOrdinaryIds(String value) {
        assertEquals(value, SubjectId.of(value).value());
    }

    @Test
    void acceptsUuidsEvenWhereTheirHexadecimalDigitsSpellAValidLookingCode() {
        Random random = new Random(20261201);
        for (int i = 0; i < 100_000; i++) {
            UUID uuid = new UUID(random.nextLong(), random.nextLong());
            assertDoesNotThrow(() -> SubjectId.of(uuid.toString()), uuid.toString());
        }
        // 131052-0040 is a valid code whose check character is a hexadecimal digit: it fits in a UUID's groups.
        assertDoesNotThrow(() -> SubjectId.of("00131052-0040-4abc-8def-0123456789ab"));
        assertThrows(IllegalArgumentException.class, () -> SubjectId.of("x 131052-0040-4abc"));
    }

    @Test
    void rejectsBlankAndOverlongValues() {
        assertThrows(IllegalArgumentException.class, () -> SubjectId.of(" "));
        assertThrows(IllegalArgumentException.class, () -> SubjectId.of("\u200B\u00A0\uFEFF"));
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
