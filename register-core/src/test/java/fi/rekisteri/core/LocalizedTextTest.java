package fi.rekisteri.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
