package fi.rekisteri.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LocalizedTextTest {

    @Test
    void resolvesExactTranslationFirst() {
        LocalizedText text = LocalizedText.of("Laskutus", "Fakturering", "Billing");
        assertEquals(new LocalizedText.Resolved(Language.SV, "Fakturering"), text.resolve(Language.SV));
    }

    @Test
    void fallsBackToFinnishThenEnglishThenSwedish() {
        assertEquals(new LocalizedText.Resolved(Language.FI, "Laskutus"),
                LocalizedText.fi("Laskutus").resolve(Language.EN));
        LocalizedText svEn = new LocalizedText(Map.of(Language.SV, "Fakturering", Language.EN, "Billing"));
        assertEquals(new LocalizedText.Resolved(Language.EN, "Billing"), svEn.resolve(Language.FI));
        assertEquals(new LocalizedText.Resolved(Language.SV, "Fakturering"),
                LocalizedText.of(Language.SV, "Fakturering").resolve(Language.EN));
    }

    @Test
    void exactLookupDoesNotFallBack() {
        assertTrue(LocalizedText.fi("Laskutus").in(Language.EN).isEmpty());
    }

    @Test
    void rejectsEmptyAndBlankTexts() {
        assertThrows(IllegalArgumentException.class, () -> new LocalizedText(Map.of()));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> LocalizedText.of("a", " ", "c"));
        assertEquals("the sv text is blank", e.getMessage());
    }

    @Test
    void rejectsTextsThatOnlyLookBlankNamingTheInvisibleCharacter() {
        for (String invisible : List.of("\u00A0", "\u200B", "\u200C", "\u200D", "\u2060", "\uFEFF", "\u3164")) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> LocalizedText.fi(" " + invisible + "\t"));
            assertEquals(String.format("the fi text looks blank: it has only white space and invisible characters"
                    + " such as U+%04X", (int) invisible.charAt(0)), e.getMessage());
            assertTrue(LocalizedText.looksBlank(invisible));
        }
        assertThrows(IllegalArgumentException.class, () -> LocalizedText.fi("x").with(Language.EN, "\u200B"));
        assertFalse(LocalizedText.looksBlank("a\u200B"));
        assertFalse(LocalizedText.looksBlank("\u00A0-"));
        assertEquals("Laskutus\u00A0Oy", LocalizedText.fi("Laskutus\u00A0Oy").text(Language.FI));
    }

    @Test
    void refusesControlCharactersButKeepsTabsAndLineBreaks() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> LocalizedText.fi("A\u0000"));
        assertEquals("the fi text holds U+0000, a control or unprintable character; a text may hold only printable"
                + " characters, tabs and line breaks", e.getMessage());
        for (String bad : List.of("\u001B[2J", "\u0007", "\u007F", "\u009B", "\uD800", "\uFFFE")) {
            assertThrows(IllegalArgumentException.class, () -> LocalizedText.en("x" + bad));
            assertEquals(bad.codePointAt(0), LocalizedText.unprintable("x" + bad).orElseThrow());
        }
        assertEquals("a\tb\r\nc", LocalizedText.fi("a\tb\r\nc").text(Language.FI));
        assertTrue(LocalizedText.unprintable("Käsittely \uD83D\uDE00\u00A0\u202E").isEmpty());
        e = assertThrows(IllegalArgumentException.class, () -> new ContactPoint("Oy\u0000", ContactDetails.none()));
        assertTrue(e.getMessage().startsWith("name holds U+0000"), e.getMessage());
    }

    @Test
    void plainModelTextsRefuseBlankLookingValuesByTheSameRule() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Organisation("\u00A0\u200B", java.util.Optional.empty(), ContactDetails.none()));
        assertEquals("name looks blank: it has only white space and invisible characters such as U+00A0",
                e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> new ContactPoint("  ", ContactDetails.none()));
        assertEquals("name is blank", e.getMessage());
    }

    @Test
    void withReplacesOneTranslation() {
        LocalizedText text = LocalizedText.fi("Laskutus").with(Language.EN, "Billing");
        assertEquals("Billing", text.text(Language.EN));
        assertEquals("Laskutus", text.text(Language.FI));
    }

    @Test
    void languageTagsRoundTrip() {
        for (Language language : Language.values()) {
            assertEquals(language, Language.ofTag(language.tag()));
        }
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Language.ofTag("de"));
        assertEquals("unknown language 'de'; expected one of fi, sv, en", e.getMessage());
    }
}
