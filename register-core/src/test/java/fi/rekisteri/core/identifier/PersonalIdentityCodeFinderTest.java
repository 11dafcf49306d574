package fi.rekisteri.core.identifier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class PersonalIdentityCodeFinderTest {

    private final PersonalIdentityCodeFinder text = PersonalIdentityCodeFinder.inText();
    private final PersonalIdentityCodeFinder identifiers = PersonalIdentityCodeFinder.inIdentifiers();

    @Test
    void findsEveryTypedFormAndMasksIt() {
        assertEquals(List.of("131052-****", "010594Y****", "131052****", "131052-****", "131052-****"),
                text.maskedCodesIn("a 131052-308T, b 010594y9032; c hetu:131052 308T d 13.10.52\u2212308T"
                        + " e 1310\u200B52\u00A0\u2013\u00A0308T."));
    }

    @Test
    void signlessCodesWithADigitCheckCountInIdentifiersOnly() {
        // 010100-0170: a sign-less code that is also a plausible ten-digit number.
        assertTrue(identifiers.containsCode("0101000170"));
        assertFalse(text.containsCode("Puhelin 0101000170"));
        assertTrue(text.containsCode("hetu 131052308T"));
    }

    @Test
    void aCodeIsATokenNotPartOfALongerNumber() {
        assertFalse(text.containsCode("41310523089"));
        assertFalse(text.containsCode("131052-308T9"));
        assertFalse(identifiers.containsCode("131052308TX"));
        assertTrue(text.containsCode("x131052-308Tx"));
    }

    @Test
    void readsThroughAtMostThreeInvisibleCharactersInARow() {
        assertTrue(text.containsCode("131052-   308T"));
        assertFalse(text.containsCode("131052-    308T"));
    }

    @Test
    void aLongTextWithoutCodesGivesNothing() {
        String longText = "1 2 3 4 5 6 7 8 9 0 - ".repeat(50_000) + "13105";
        assertEquals(List.of(), text.maskedCodesIn(longText));
    }
}
