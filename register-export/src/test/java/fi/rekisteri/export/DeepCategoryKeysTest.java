package fi.rekisteri.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Category keys as deep as the hierarchy allows, and deeper, read from a file. */
class DeepCategoryKeysTest {

    private static final String HEAD = """
            formatVersion: 1
            key: r
            name: {fi: Rekisteri}
            controller: {name: Oy}
            dataCategories:
            """;

    private static String chain(int depth) {
        return String.join(".", Collections.nCopies(depth, "a"));
    }

    /** Every level of the chain {@code a}, {@code a.a}, ... down to {@code depth}. */
    private static String categories(int depth) {
        StringBuilder yaml = new StringBuilder(HEAD);
        for (int d = 1; d <= depth; d++) {
            yaml.append("  - {key: ").append(chain(d)).append(", name: {fi: Taso ").append(d).append("}}\n");
        }
        return yaml.toString();
    }

    @Test
    void readsThirtyTwoLevels() {
        var register = RegisterReader.create().read(categories(32), "r.yaml", RegisterFormat.YAML);
        var hierarchy = register.categoryHierarchy();
        assertEquals(32, hierarchy.depth(hierarchy.indexOf(chain(32))));
    }

    @Test
    void refusesTheThirtyThirdLevelAtItsLine() {
        List<FormatError> errors = assertThrows(RegisterFormatException.class,
                () -> RegisterReader.create().read(categories(33), "r.yaml", RegisterFormat.YAML)).errors();
        assertEquals(1, errors.size(), errors.toString());
        assertEquals(5 + 33, errors.get(0).line());
        assertEquals("dataCategories[32].key", errors.get(0).path());
        // A key longer than 60 characters is shortened in the message.
        assertEquals("key '" + chain(33).substring(0, 60) + "…' is 33 levels deep: data categories nest at most 32"
                + " levels",
                errors.get(0).message());
    }

    @Test
    void aKeyOfFifteenHundredSegmentsIsAnErrorNotAStackOverflow() {
        String key = chain(1_500);
        String yaml = HEAD + "  - {key: " + key + ", name: {fi: Syvä}}\n"
                + "purposes:\n  - {key: p, name: {fi: P}, categories: [" + key + ".B]}\n";
        List<FormatError> errors = assertThrows(RegisterFormatException.class,
                () -> RegisterReader.create().read(yaml, "r.yaml", RegisterFormat.YAML)).errors();
        // A bad key in a purpose's list is reported at its item, not at the purpose.
        assertEquals(List.of("dataCategories[0].key", "purposes[0].categories[0]"),
                errors.stream().map(FormatError::path).toList(), errors.toString());
        assertEquals("key '" + key.substring(0, 60) + "…' is 1500 levels deep: data categories nest at most 32 levels",
                errors.get(0).message());
    }
}
