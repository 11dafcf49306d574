package fi.rekisteri.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.rekisteri.core.Language;
import fi.rekisteri.core.Register;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** How the reader takes the characters and scalars of a text: control characters, {@code ~}, a BOM, YAML booleans. */
class ReaderTextRulesTest {

    private static final String HEAD = "formatVersion: 1\nkey: r\nname: {fi: R}\ncontroller: {name: Oy}\n";

    private static Register yaml(String document) {
        return RegisterReader.create().read(document, "r.yaml", RegisterFormat.YAML);
    }

    private static List<FormatError> errors(String document, RegisterFormat format) {
        return assertThrows(RegisterFormatException.class,
                () -> RegisterReader.create().read(document, "r", format), document).errors();
    }

    static Stream<Arguments> escapedControlCharacters() {
        return Stream.of(
                Arguments.of(RegisterFormat.YAML, "\"A\\0\"", "U+0000"),
                Arguments.of(RegisterFormat.YAML, "\"\\eA\"", "U+001B"),
                Arguments.of(RegisterFormat.YAML, "\"A\\a\"", "U+0007"),
                Arguments.of(RegisterFormat.YAML, "\"A\\x7f\"", "U+007F"),
                Arguments.of(RegisterFormat.YAML, "\"A\\x9b31m\"", "U+009B"),
                Arguments.of(RegisterFormat.YAML, "\"A\\u0000\"", "U+0000"),
                Arguments.of(RegisterFormat.YAML, "\"A\\b\"", "U+0008"),
                Arguments.of(RegisterFormat.YAML, "\"A\\uFFFF\"", "U+FFFF"),
                Arguments.of(RegisterFormat.JSON, "\"A\\u0000\"", "U+0000"),
                Arguments.of(RegisterFormat.JSON, "\"\\u001bA\"", "U+001B"),
                Arguments.of(RegisterFormat.JSON, "\"A\\u0007\"", "U+0007"),
                Arguments.of(RegisterFormat.JSON, "\"A\\u007f\"", "U+007F"),
                Arguments.of(RegisterFormat.JSON, "\"A\u007f\"", "U+007F"),
                Arguments.of(RegisterFormat.JSON, "\"A\\ud800\"", "U+D800"));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("escapedControlCharacters")
    void anEscapedControlCharacterIsRefusedAtItsText(RegisterFormat format, String text, String codePoint) {
        String document = format == RegisterFormat.YAML
                ? HEAD + "purposes:\n  - {key: a, name: {fi: " + text + "}}\n"
                : "{\"formatVersion\": 1, \"key\": \"r\", \"name\": {\"fi\": \"R\"}, \"controller\": {\"name\": \"Oy\"},\n"
                        + "\"purposes\": [{\"key\": \"a\", \"name\": {\"fi\": " + text + "}}]}\n";
        List<FormatError> errors = errors(document, format);
        FormatError error = errors.get(0);
        int line = format == RegisterFormat.YAML ? 6 : 2;
        int column = document.lines().toList().get(line - 1).indexOf(text) + 1;
        assertEquals("purposes[0].name.fi@" + line + ":" + column, error.path() + "@" + error.line() + ":"
                + error.column(), errors.toString());
        assertEquals("the text holds " + codePoint + ", a control or unprintable character; a text may hold only"
                + " printable characters, tabs and line breaks", error.message());
    }

    @Test
    void aRawControlCharacterIsRefusedToo() {
        assertTrue(errors(HEAD + "purposes:\n  - {key: a, name: {fi: \"A\u0000\"}}\n", RegisterFormat.YAML)
                .get(0).message().contains("special characters are not allowed"));
        assertTrue(errors("{\"key\": \"r\u0001\"}", RegisterFormat.JSON).get(0).message()
                .contains("CTRL-CHAR, code 1"));
    }

    @Test
    void aControlCharacterInAPropertyNameIsRefused() {
        FormatError error = errors(HEAD + "\"col\\eour\": blue\n", RegisterFormat.YAML).get(0);
        assertEquals(5, error.line());
        assertTrue(error.message().startsWith("the property name holds U+001B"), error.message());
    }

    @Test
    void tabsAndLineBreaksStay() {
        Register register = yaml(HEAD + "purposes:\n  - {key: a, name: {fi: \"A\\tB\\r\\nC\\u0085D\"}}\n");
        assertEquals("A\tB\r\nC\u0085D", register.purposes().get(0).name().text(Language.FI));
    }

    @Test
    void aPlainTildeOrEmptyValueIsNullAndAQuotedOneIsAText() {
        Register register = yaml(HEAD + "dataCategories:\n"
                + "  - {key: a, name: {fi: A}, description: ~}\n"
                + "  - {key: b, name: {fi: B}, description: }\n"
                + "  - key: c\n    name: {fi: \"~\"}\n    description:\n"
                + "  - {key: d, name: {fi: '~'}, description: {fi: ~, en: x}}\n");
        assertTrue(register.dataCategories().stream().allMatch(c -> c.description().isEmpty()
                || c.description().get().in(Language.FI).isEmpty()));
        assertEquals("~", register.dataCategories().get(2).name().text(Language.FI));
        assertEquals("~", register.dataCategories().get(3).name().text(Language.FI));
        assertEquals("x", register.dataCategories().get(3).description().orElseThrow().text(Language.FI));

        FormatError error = errors(HEAD.replace("name: {fi: R}", "name: ~"), RegisterFormat.YAML).get(0);
        assertEquals("name@3:7: missing required property 'name'", error.path() + "@" + error.line() + ":"
                + error.column() + ": " + error.message());
        error = errors(HEAD + "metadata: {version: ~, date: \"~\"}\n", RegisterFormat.YAML).get(0);
        assertEquals("metadata.date: '~' is not a date as YYYY-MM-DD", error.path() + ": " + error.message());
    }

    @Test
    void jsonWithAByteOrderMarkIsReadAsYamlWithOneIs() {
        String json = "{\"formatVersion\": 1, \"key\": \"r\", \"name\": {\"fi\": \"R\"}, \"controller\": {\"name\": \"Oy\"}}";
        assertEquals(RegisterReader.create().read(json, "r.json", RegisterFormat.JSON),
                RegisterReader.create().read("\uFEFF" + json, "r.json", RegisterFormat.JSON));
        assertEquals(yaml(HEAD), yaml("\uFEFF" + HEAD));
        FormatError error = errors("\uFEFF{\"key\": 1}", RegisterFormat.JSON).get(0);
        assertEquals("key@1:9", error.path() + "@" + error.line() + ":" + error.column());
    }

    /** YAML 1.2 as the reader resolves it: only {@code true} and {@code false} are booleans. */
    @Test
    void noYesOnOffAndCapitalisedBooleansAreTexts() {
        Register register = yaml(HEAD + "metadata: {version: NO}\npurposes:\n"
                + "  - {key: a, name: {fi: no}, objection: {fi: yes, sv: on, en: off}}\n"
                + "  - {key: b, name: {fi: True}, directMarketing: true}\n");
        assertEquals("NO", register.metadata().version().orElseThrow());
        assertEquals("no", register.purposes().get(0).name().text(Language.FI));
        assertEquals("on", register.purposes().get(0).objection().orElseThrow().text(Language.SV));
        assertEquals("True", register.purposes().get(1).name().text(Language.FI));
        assertTrue(register.purposes().get(1).directMarketing());
        FormatError error = errors(HEAD + "purposes:\n  - {key: a, name: {fi: A}, directMarketing: NO}\n",
                RegisterFormat.YAML).get(0);
        assertEquals("expected true or false, found a text (NO)", error.message());
    }
}
