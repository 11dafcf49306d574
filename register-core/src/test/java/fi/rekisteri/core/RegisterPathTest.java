package fi.rekisteri.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.rekisteri.core.RegisterPath.Index;
import fi.rekisteri.core.RegisterPath.Property;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RegisterPathTest {

    @Test
    void writesTheTextTheRegisterAccessorsUse() {
        assertEquals("", RegisterPath.root().toString());
        assertEquals("purposes[3].legalBasis", RegisterPath.of("purposes").index(3).property("legalBasis").toString());
        assertEquals("transfers.transfers[0].country",
                RegisterPath.of("transfers", "transfers").index(0).property("country").toString());
        assertEquals("security.manual", RegisterPath.of("security", "manual").toString());
        assertEquals("dataCategories[0].sensitivities[12]",
                RegisterPath.of("dataCategories").index(0).property("sensitivities").index(12).toString());
        assertEquals("[0]", RegisterPath.root().index(0).toString());
        assertEquals("a[0][1]", RegisterPath.of("a").index(0).index(1).toString());
    }

    @Test
    void hasSegmentsAndAParent() {
        RegisterPath path = RegisterPath.of("purposes").index(3).property("legalBasis");
        assertEquals(List.of(new Property("purposes"), new Index(3), new Property("legalBasis")), path.segments());
        assertEquals(Optional.of(RegisterPath.of("purposes").index(3)), path.parent());
        assertEquals(Optional.of(RegisterPath.root()), RegisterPath.of("purposes").parent());
        assertEquals(Optional.empty(), RegisterPath.root().parent());
        assertTrue(RegisterPath.root().isRoot());
        assertFalse(path.isRoot());
        assertEquals(List.of(), RegisterPath.root().segments());
    }

    @Test
    void equalPathsAreEqualHowEverTheyWereMade() {
        RegisterPath built = RegisterPath.root().property("purposes").index(3).property("legalBasis");
        RegisterPath parsed = RegisterPath.parse("purposes[3].legalBasis");
        assertEquals(built, parsed);
        assertEquals(built.hashCode(), parsed.hashCode());
        assertEquals(RegisterPath.of("a", "b"), RegisterPath.of("a").property("b"));
        assertNotEquals(RegisterPath.of("purposes").index(3), RegisterPath.of("purposes").index(2));
        assertNotEquals(RegisterPath.of("a.b"), RegisterPath.of("a", "b"));
        assertNotEquals(RegisterPath.of("a"), RegisterPath.root().index(0));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "name", "purposes[3].legalBasis", "transfers.transfers[10].safeguardCopy",
            "[0]", "[0].a", "a[0][1]", "a b.c", "$schema", "it's", "['a.b']", "['']", "x['[0]'][2]",
            "['it\\'s.a \\\\ path'].b", "introductions.purposes", "purposes[1].description.fi"})
    void parsesWhatItWrites(String text) {
        RegisterPath path = RegisterPath.parse(text);
        assertEquals(text, path.toString());
        assertEquals(path, RegisterPath.parse(path.toString()));
    }

    @Test
    void quotesNamesThatWouldReadAsPunctuation() {
        assertEquals("['contact.email']", RegisterPath.of("contact.email").toString());
        assertEquals("purposes[0]['']", RegisterPath.of("purposes").index(0).property("").toString());
        assertEquals("a['x]']", RegisterPath.of("a", "x]").toString());
        assertEquals("a['[\\'\\\\']", RegisterPath.of("a", "['\\").toString());
        assertEquals(List.of(new Property("a"), new Property("['\\")), RegisterPath.parse("a['[\\'\\\\']").segments());
    }

    @Test
    void anyPathReadsBackEqual() {
        Random random = new Random(20261201);
        String alphabet = "ab.[]'\\ 0";
        for (int n = 0; n < 2_000; n++) {
            RegisterPath path = RegisterPath.root();
            for (int s = random.nextInt(5); s >= 0; s--) {
                if (random.nextBoolean()) {
                    path = path.index(random.nextInt(20));
                } else {
                    StringBuilder name = new StringBuilder();
                    for (int c = random.nextInt(4); c > 0; c--) {
                        name.append(alphabet.charAt(random.nextInt(alphabet.length())));
                    }
                    path = path.property(name.toString());
                }
            }
            RegisterPath read = RegisterPath.parse(path.toString());
            assertEquals(path, read, path::toString);
            assertEquals(path.segments(), read.segments(), path::toString);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {".a", "a.", "a..b", "a[", "a[x]", "a[]", "a[-1]", "a[01]", "a]", "[", "]", "a[0]b",
            "a[0].", "['a']", "['a", "['a'x", "['a\\b']", "a[99999999999]", "a.[0]"})
    void refusesTextThatIsNoPathNamingTheText(String text) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> RegisterPath.parse(text));
        assertTrue(e.getMessage().startsWith("'" + text + "' is not a register path: "), e.getMessage());
    }

    @Test
    void tellsHowToWriteAPathGivenInAnotherForm() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> RegisterPath.parse("purposes[03]"));
        assertEquals("'purposes[03]' is not a register path: write it as purposes[3]", e.getMessage());
    }

    @Test
    void refusesNegativeIndexesAndNullNames() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> RegisterPath.of("purposes").index(-1));
        assertTrue(e.getMessage().contains("-1"), e.getMessage());
        assertThrows(NullPointerException.class, () -> RegisterPath.root().property(null));
        assertThrows(NullPointerException.class, () -> RegisterPath.parse(null));
    }

    @Test
    void problemsAndFindingsKeepTheirPathText() {
        Problem problem = new Problem(RegisterPath.of("purposes").index(1).property("key"), "duplicate key 'a'");
        assertEquals("purposes[1].key", problem.path());
        assertEquals(problem, new Problem("purposes[1].key", "duplicate key 'a'"));
        assertEquals("purposes[1].key: duplicate key 'a'", problem.toString());
        assertThrows(IllegalArgumentException.class, () -> new Problem("purposes[", "x"));
    }
}
