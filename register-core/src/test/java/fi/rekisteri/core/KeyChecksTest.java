package fi.rekisteri.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.rekisteri.core.internal.Keys;
import fi.rekisteri.core.taxonomy.TaxonomyEntry;
import java.util.Collections;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class KeyChecksTest {

    private static final String LONG = String.join(".", Collections.nCopies(1_500, "a"));

    @ParameterizedTest
    @ValueSource(strings = {"a", "contact", "contact.email", "direct-marketing", "a1.b-2.c3-d4-e5", "0", "x.0-0"})
    void acceptsKeys(String key) {
        assertTrue(Keys.isKey(key), key);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", ".", "-", "a.", ".a", "a-", "-a", "a..b", "a--b", "a.-b", "a-.b", "Contact", "a b",
        "ä", "a_b", "a/b", "a\u0000"})
    void refusesWhatIsNotAKey(String key) {
        assertFalse(Keys.isKey(key), key);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "a.", "a--b", "Contact", "a_b"})
    void theTaxonomyRefusesWhatTheModelRefuses(String key) {
        LocalizedText text = LocalizedText.of("Sana", "Ord", "Word");
        assertThrows(IllegalArgumentException.class, () -> DataSubjectCategory.of(key, text));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> TaxonomyEntry.of(key, TaxonomyEntry.Kind.PURPOSE, text, text));
        assertEquals("taxonomy key '" + key + "' is not a key: use lower-case letters, digits and hyphens, with dots"
                + " between levels, such as 'contact.email'", e.getMessage());
    }

    @Test
    void aLongKeyIsCheckedWithoutRecursion() {
        // Purpose keys have no depth limit: a 3 KB key of 1,500 segments is a key, and checking it must not
        // overflow the stack as the regular expression did.
        assertEquals(LONG, Purpose.builder(LONG, LocalizedText.fi("Pitkä")).build().key());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Purpose.builder(LONG + ".B", LocalizedText.fi("Pitkä")).build());
        assertEquals("key '" + LONG.substring(0, 60) + "…' is not a key: use lower-case letters, digits and hyphens,"
                + " with dots between levels, such as 'contact.email'", e.getMessage());
    }

    @Test
    void aShortBadKeyIsNamedWhole() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> DataCategory.of("Contact.Email", LocalizedText.fi("x")));
        assertEquals("key 'Contact.Email' is not a key: use lower-case letters, digits and hyphens, with dots between"
                + " levels, such as 'contact.email'", e.getMessage());
    }
}
