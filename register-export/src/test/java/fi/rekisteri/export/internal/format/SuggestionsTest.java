package fi.rekisteri.export.internal.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SuggestionsTest {

    private static final List<String> PURPOSE = List.of("key", "name", "description", "legalBasis", "categories",
            "subjects", "directMarketing", "objection");

    @Test
    void countsInsertionsDeletionsSubstitutionsAndSwapsOneEach() {
        assertEquals(0, Suggestions.distance("purposes", "purposes"));
        assertEquals(2, Suggestions.distance("purpse", "purposes"));
        assertEquals(1, Suggestions.distance("nmae", "name"));
        assertEquals(1, Suggestions.distance("kye", "key"));
        assertEquals(3, Suggestions.distance("", "key"));
    }

    @Test
    void suggestsTheCloseNameOnly() {
        assertEquals(Optional.of("description"), Suggestions.closest("descripton", PURPOSE));
        assertEquals(Optional.of("legalBasis"), Suggestions.closest("legalbasis", PURPOSE));
        assertEquals(Optional.of("name"), Suggestions.closest("nmae", PURPOSE));
        assertEquals(Optional.empty(), Suggestions.closest("colour", PURPOSE));
        assertEquals(Optional.empty(), Suggestions.closest("x", PURPOSE));
    }

    @Test
    void suggestsTheOneNameThatTheGivenOneBegins() {
        assertEquals(Optional.of("ip-address"), Suggestions.closest("ip", List.of("ip-address", "email")));
        assertEquals(Optional.empty(), Suggestions.closest("contact", List.of("contact.email", "contact.phone")));
    }

    @Test
    void suggestsNothingWhenTwoAreEquallyClose() {
        assertEquals(Optional.empty(), Suggestions.closest("cat", List.of("bat", "hat")));
        assertEquals("", Suggestions.didYouMean("cat", List.of("bat", "hat")));
        assertEquals("; did you mean 'bat'?", Suggestions.didYouMean("bta", List.of("bat", "hog")));
    }
}
