package fi.rekisteri.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.rekisteri.core.Register;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A text given as null or looking blank never makes a part of the register disappear: where the text is required
 * it is an error at its line and column with its path, and where it is optional it is absent and the part stays.
 */
class NothingLostTest {

    /** The parts with a required name, each on its own line, the name written as {@code NAME}. */
    private static final List<String> PARTS = List.of("name", "dataCategories[0].name", "purposes[0].name",
            "sources[0].name");

    private static String yaml(int hostilePart, String name) {
        List<String> names = names(hostilePart, name);
        return "formatVersion: 1\n"
                + "key: r\n"
                + "name: " + names.get(0) + "\n"
                + "controller: {name: Oy}\n"
                + "dataCategories:\n"
                + "  - {key: contact, name: " + names.get(1) + "}\n"
                + "purposes:\n"
                + "  - {key: billing, name: " + names.get(2) + ", categories: [contact]}\n"
                + "sources:\n"
                + "  - {type: external, name: " + names.get(3) + ", categories: [contact]}\n";
    }

    private static String json(int hostilePart, String name) {
        List<String> names = names(hostilePart, name);
        return "{\"formatVersion\": 1,\n"
                + "\"key\": \"r\",\n"
                + "\"name\": " + names.get(0) + ",\n"
                + "\"controller\": {\"name\": \"Oy\"},\n"
                + "\"dataCategories\": [\n"
                + "  {\"key\": \"contact\", \"name\": " + names.get(1) + "}],\n"
                + "\"purposes\": [\n"
                + "  {\"key\": \"billing\", \"name\": " + names.get(2) + ", \"categories\": [\"contact\"]}],\n"
                + "\"sources\": [\n"
                + "  {\"type\": \"external\", \"name\": " + names.get(3) + ", \"categories\": [\"contact\"]}]}\n";
    }

    private static final int[] LINES = {3, 6, 8, 10};

    private static List<String> names(int hostilePart, String name) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < PARTS.size(); i++) {
            names.add(i == hostilePart ? name : "{\"fi\": \"A\"}");
        }
        return names;
    }

    /**
     * Each hostile name: as written (the same in YAML and JSON), what it is, the language the path ends in, the start
     * and the end of the message.
     */
    static Stream<Arguments> hostileNames() {
        List<Arguments> cases = new ArrayList<>();
        for (RegisterFormat format : RegisterFormat.values()) {
            List<String[]> names = new ArrayList<>(List.of(
                    new String[] {"{\"fi\": null}", "null", ".fi", "expected a text, found null"},
                    new String[] {"null", "null", "", "missing required property 'name'"},
                    new String[] {"{\"fi\": \"   \"}", "\"", ".fi", "the text is blank"},
                    new String[] {"{\"fi\": \"\\u00A0\"}", "\"", ".fi", "the fi text looks blank", "U+00A0"},
                    new String[] {"{\"fi\": \"\\u200B\"}", "\"", ".fi", "the fi text looks blank", "U+200B"},
                    new String[] {"{\"fi\": \"\\u200C\"}", "\"", ".fi", "the fi text looks blank", "U+200C"},
                    new String[] {"{\"fi\": \"\\u200D\"}", "\"", ".fi", "the fi text looks blank", "U+200D"},
                    new String[] {"{\"fi\": \"\\u2060\"}", "\"", ".fi", "the fi text looks blank", "U+2060"},
                    new String[] {"{\"fi\": \"\\uFEFF\"}", "\"", ".fi", "the fi text looks blank", "U+FEFF"},
                    new String[] {"{\"fi\": \" \\u00A0\\u200B \"}", "\"", ".fi", "the fi text looks blank",
                            "U+00A0"},
                    new String[] {"{\"fi\": null, \"sv\": null}", "null", ".fi", "expected a text, found null"}));
            for (int part = 0; part < PARTS.size(); part++) {
                for (String[] name : names) {
                    cases.add(Arguments.of(format, part, name));
                }
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @MethodSource("hostileNames")
    void aNullOrBlankLookingRequiredNameIsAnErrorAtItsLineColumnAndPath(RegisterFormat format, int part,
            String[] name) {
        String document = format == RegisterFormat.YAML ? yaml(part, name[0]) : json(part, name[0]);
        RegisterFormatException e = assertThrows(RegisterFormatException.class,
                () -> RegisterReader.create().read(document, "r", format), document);
        FormatError error = e.errors().get(0);
        String line = document.lines().toList().get(LINES[part] - 1);
        // The error points at the null or the text itself: inside the object when the path names a language.
        int column = line.indexOf(name[0]) + (name[2].isEmpty() ? 0 : name[0].indexOf(": ") + 2) + 1;
        assertEquals(PARTS.get(part) + name[2] + "@" + LINES[part] + ":" + column,
                error.path() + "@" + error.line() + ":" + error.column(), e.errors().toString());
        assertTrue(error.message().startsWith(name[3]), error.message());
        if (name.length > 4) {
            assertTrue(error.message().endsWith(name[4]), error.message());
        }
    }

    static Stream<Arguments> absentOptionalTexts() {
        return Stream.of(
                Arguments.of(RegisterFormat.YAML, "null"),
                Arguments.of(RegisterFormat.YAML, "{fi: null}"),
                Arguments.of(RegisterFormat.YAML, "{fi: null, en: null}"),
                Arguments.of(RegisterFormat.JSON, "null"),
                Arguments.of(RegisterFormat.JSON, "{\"fi\": null}"),
                Arguments.of(RegisterFormat.JSON, "{\"fi\": null, \"en\": null}"));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("absentOptionalTexts")
    void aNullOptionalTextIsAbsentAndThePartStays(RegisterFormat format, String description) {
        String document = format == RegisterFormat.YAML
                ? yaml(-1, "").replace("{key: contact, name: {\"fi\": \"A\"}}",
                        "{key: contact, name: {\"fi\": \"A\"}, description: " + description + "}")
                : json(-1, "").replace("{\"key\": \"contact\", \"name\": {\"fi\": \"A\"}}",
                        "{\"key\": \"contact\", \"name\": {\"fi\": \"A\"}, \"description\": " + description + "}");
        Register register = RegisterReader.create().read(document, "r", format);
        assertEquals(1, register.dataCategories().size(), document);
        assertTrue(register.dataCategories().get(0).description().isEmpty());
        assertEquals(1, register.purposes().size());
        assertEquals(1, register.sources().size());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("formats")
    void aBlankLookingOrganisationNameIsAnErrorAtTheOrganisation(RegisterFormat format) {
        String document = format == RegisterFormat.YAML
                ? yaml(-1, "").replace("{name: Oy}", "{name: \"\\u00A0\\u200B\"}")
                : json(-1, "").replace("{\"name\": \"Oy\"}", "{\"name\": \"\\u00A0\\u200B\"}");
        RegisterFormatException e = assertThrows(RegisterFormatException.class,
                () -> RegisterReader.create().read(document, "r", format));
        FormatError error = e.errors().get(0);
        assertEquals("controller@4", error.path() + "@" + error.line(), e.errors().toString());
        assertEquals("name looks blank: it has only white space and invisible characters such as U+00A0",
                error.message());
    }

    static Stream<RegisterFormat> formats() {
        return Stream.of(RegisterFormat.values());
    }
}
