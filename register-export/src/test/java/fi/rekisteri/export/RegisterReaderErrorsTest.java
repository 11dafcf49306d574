package fi.rekisteri.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.rekisteri.core.RegisterPath;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RegisterReaderErrorsTest {

    private static final String HEAD = """
            formatVersion: 1
            key: r
            name: {fi: Rekisteri}
            controller: {name: Oy}
            """;

    private static List<FormatError> errors(String yaml) {
        RegisterFormatException e = assertThrows(RegisterFormatException.class,
                () -> RegisterReader.create().read(yaml, "r.yaml", RegisterFormat.YAML));
        return e.errors();
    }

    @Test
    void namesFileLineColumnPathAndTheExpectedValuesOfAnUnknownLegalBasis() {
        List<FormatError> errors = errors(HEAD + """
                purposes:
                  - {key: a, name: {fi: A}}
                  - {key: b, name: {fi: B}}
                  - {key: c, name: {fi: C}}
                  - key: d
                    name: {fi: D}
                    legalBasis: contrakt
                """);
        assertEquals(1, errors.size(), errors.toString());
        FormatError error = errors.get(0);
        assertEquals("r.yaml", error.source());
        assertEquals(11, error.line());
        assertEquals(17, error.column());
        assertEquals("purposes[3].legalBasis", error.path());
        assertEquals("unknown value 'contrakt'; expected one of consent, contract, legal-obligation, vital-interests,"
                + " public-task, legitimate-interests", error.message());
        assertTrue(error.toString().startsWith("r.yaml:11:17: purposes[3].legalBasis: unknown value 'contrakt'"));
    }

    @Test
    void reportsEveryErrorInTheFileAtOnce() {
        List<FormatError> errors = errors(HEAD + """
                colour: blue
                dataCategories:
                  - {key: contact, name: {fi: Yhteystiedot}, sensitivities: [secret]}
                purposes:
                  - {key: a, name: {fi: A}, directMarketing: "yes"}
                transfers: {type: some}
                """);
        assertEquals(List.of("colour", "dataCategories[0].sensitivities[0]", "purposes[0].directMarketing",
                "transfers.type"), errors.stream().map(FormatError::path).toList(), errors.toString());
        assertTrue(errors.get(0).message().startsWith("unknown property 'colour'; expected one of formatVersion"));
    }

    @Test
    void tracesInconsistentKeysFoundByTheModelBackToTheirLine() {
        List<FormatError> errors = errors(HEAD + """
                dataCategories:
                  - {key: contact.email, name: {fi: Sähköposti}}
                purposes:
                  - key: billing
                    name: {fi: Laskutus}
                    categories: [contact.email, phone]
                """);
        assertEquals(2, errors.size(), errors.toString());
        assertEquals("dataCategories[0].key", errors.get(0).path());
        assertEquals(6, errors.get(0).line());
        assertEquals("purposes[0].categories[1]", errors.get(1).path());
        assertEquals(10, errors.get(1).line());
        assertTrue(errors.get(1).message().contains("unknown data category 'phone'"), errors.get(1).message());
    }

    /** Every kind of problem {@code build()} finds, each in the document where the test expects it. */
    private static final String INCONSISTENT = HEAD + """
            subjectCategories:
              - {key: customer, name: {fi: A}}
              - {key: customer, name: {fi: B}}
            dataCategories:
              - key: contact
                name: {fi: A}
                subjects: [customer, customer, staff]
              - {key: contact, name: {fi: B}}
              - {key: health.allergies, name: {fi: C}}
            purposes:
              - {key: a, name: {fi: A}, categories: [nope], subjects: [staff]}
              - {key: a, name: {fi: B}}
            sources:
              - {type: internal, description: {fi: S}, categories: [nope]}
            disclosures:
              - {key: d, recipient: {fi: D}, categories: [nope], purposes: [nope]}
              - {key: d, recipient: {fi: E}}
            transfers:
              type: third-countries
              transfers:
                - {country: SE, safeguard: adequacy-decision, categories: [nope]}
            retention:
              - {criteria: {fi: R}, categories: [nope]}
            """;

    /** {@code path@line:column} of each error, the column found as the n-th occurrence of a text on its line. */
    private static String at(String document, String path, int line, String text, int occurrence) {
        String written = document.lines().toList().get(line - 1);
        int column = -1;
        for (int n = 0; n < occurrence; n++) {
            column = written.indexOf(text, column + 1);
        }
        assertTrue(column >= 0, text + " not on line " + line);
        return path + "@" + line + ":" + (column + 1);
    }

    @Test
    void mapsEveryKindOfProblemFoundByTheModelToItsLineAndColumn() {
        String y = INCONSISTENT;
        List<FormatError> errors = errors(y);
        assertEquals(List.of(
                at(y, "subjectCategories[1].key", 7, "customer", 1),
                at(y, "dataCategories[1].key", 12, "contact", 1),
                at(y, "purposes[1].key", 16, "a", 1),
                at(y, "disclosures[1].key", 21, "d", 1),
                at(y, "dataCategories[0].subjects[1]", 11, "customer", 2),
                at(y, "dataCategories[0].subjects[2]", 11, "staff", 1),
                at(y, "dataCategories[2].key", 13, "health.allergies", 1),
                at(y, "purposes[0].categories[0]", 15, "nope", 1),
                at(y, "purposes[0].subjects[0]", 15, "staff", 1),
                at(y, "sources[0].categories[0]", 18, "nope", 1),
                at(y, "disclosures[0].categories[0]", 20, "nope", 1),
                at(y, "disclosures[0].purposes[0]", 20, "nope", 2),
                at(y, "transfers.transfers[0].country", 25, "SE", 1),
                at(y, "transfers.transfers[0].categories[0]", 25, "nope", 1),
                at(y, "retention[0].categories[0]", 27, "nope", 1)),
                errors.stream().map(e -> e.path() + "@" + e.line() + ":" + e.column()).toList(), errors.toString());
        assertEquals("r.yaml:11:26: dataCategories[0].subjects[1]: data subject category 'customer' is listed twice",
                errors.get(4).toString());
    }

    @Test
    void mapsProblemsFoundByTheModelToTheirLineAndColumnInJson() {
        String json = """
                {"formatVersion": 1, "key": "r", "name": {"fi": "R"}, "controller": {"name": "Oy"},
                 "dataCategories": [
                   {"key": "contact", "name": {"fi": "A"}},
                   {"key": "contact", "name": {"fi": "B"}}],
                 "purposes": [{"key": "a", "name": {"fi": "A"}, "categories": ["contact", "nope"]}]}
                """;
        RegisterFormatException e = assertThrows(RegisterFormatException.class,
                () -> RegisterReader.create().read(json, "r.json", RegisterFormat.JSON));
        assertEquals(List.of(at(json, "dataCategories[1].key", 4, "\"contact\"", 1),
                        at(json, "purposes[0].categories[1]", 5, "\"nope\"", 1)),
                e.errors().stream().map(error -> error.path() + "@" + error.line() + ":" + error.column()).toList(),
                e.errors().toString());
    }

    @Test
    void quotesAnUnknownPropertyWhoseNameWouldReadAsAPath() {
        FormatError error = errors(HEAD + """
                purposes:
                  - {key: a, name: {fi: A}, contact.email: x}
                """).get(0);
        assertEquals("purposes[0]['contact.email']", error.path());
        assertEquals(RegisterPath.of("purposes").index(0).property("contact.email"), RegisterPath.parse(error.path()));
        assertTrue(error.message().startsWith("unknown property 'contact.email'; expected one of key"), error.message());
    }

    @Test
    void refusesUnquotedNumbersWhereATextBelongs() {
        FormatError error = errors(HEAD + "metadata: {version: 1.0}\n").get(0);
        assertEquals("metadata.version", error.path());
        assertTrue(error.message().contains("put it in quotes"), error.message());
    }

    @Test
    void reportsMissingRequiredProperties() {
        List<FormatError> errors = errors("formatVersion: 1\nkey: r\n");
        assertEquals(List.of("name", "controller"), errors.stream().map(FormatError::path).toList());
    }

    @Test
    void reportsDuplicateProperties() {
        FormatError error = errors(HEAD + "key: again\n").get(0);
        assertEquals(5, error.line());
        assertTrue(error.message().toLowerCase(java.util.Locale.ROOT).contains("duplicate"), error.message());
    }

    @Test
    void reportsSyntaxErrorsWithTheirLine() {
        FormatError error = errors(HEAD + "purposes: [\n  {key: a\n").get(0);
        assertTrue(error.line() >= 5, error.toString());
    }

    @Test
    void reportsSyntaxErrorsInJsonWithLineAndColumn() {
        RegisterFormatException e = assertThrows(RegisterFormatException.class,
                () -> RegisterReader.create().read("{\n  \"key\": \"r\",\n  \"name\" {}\n}", "r.json", RegisterFormat.JSON));
        FormatError error = e.errors().get(0);
        assertEquals(3, error.line());
        assertTrue(error.column() > 0);
    }

    @Test
    void refusesYamlAliasesSoABillionLaughsCannotExpand() {
        StringBuilder yaml = new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (char c = 'b'; c <= 'j'; c++) {
            char p = (char) (c - 1);
            yaml.append(c).append(": &").append(c).append(" [*").append(p).append(",*").append(p).append(",*")
                    .append(p).append(",*").append(p).append(",*").append(p).append(",*").append(p).append("]\n");
        }
        long start = System.nanoTime();
        List<FormatError> errors = errors(yaml.toString());
        assertTrue(Duration.ofNanos(System.nanoTime() - start).toSeconds() < 5, "took too long");
        assertTrue(errors.get(0).message().contains("alias"), errors.toString());
    }

    @Test
    void refusesDocumentsNestedDeeperThanTheLimit() {
        String deep = "a: " + "[".repeat(100) + "]".repeat(100) + "\n";
        FormatError error = errors(deep).get(0);
        assertTrue(error.message().contains("nest") || error.message().contains("depth"), error.toString());
    }

    @Test
    void refusesDocumentsLongerThanTheLimit() {
        RegisterReader small = RegisterReader.create().withLimits(new ReadLimits(100, 32, 50));
        RegisterFormatException e = assertThrows(RegisterFormatException.class,
                () -> small.read(HEAD + "# " + "x".repeat(200) + "\n", "r.yaml", RegisterFormat.YAML));
        assertTrue(e.errors().get(0).message().contains("limit"), e.getMessage());
    }

    @Test
    void refusesFilesLargerThanTheLimitBeforeReadingThem(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("big.yaml");
        Files.writeString(file, HEAD + "# " + "x".repeat(1000) + "\n");
        RegisterReader small = RegisterReader.create().withLimits(new ReadLimits(100, 32, 50));
        RegisterFormatException e = assertThrows(RegisterFormatException.class, () -> small.read(file));
        assertTrue(e.getMessage().contains("bytes"), e.getMessage());
    }

    @Test
    void refusesTextsLongerThanTheLimit() {
        RegisterReader small = RegisterReader.create().withLimits(new ReadLimits(10_000, 32, 50));
        RegisterFormatException e = assertThrows(RegisterFormatException.class,
                () -> small.read(HEAD.replace("Rekisteri", "x".repeat(500)), "r.yaml", RegisterFormat.YAML));
        assertEquals(1, e.errors().size(), e.getMessage());
    }

    @Test
    void refusesLegalBasisTextsThatBelongToAnotherBasis() {
        FormatError error = errors(HEAD + """
                purposes:
                  - key: a
                    name: {fi: A}
                    legalBasis: {type: contract, law: {fi: Laki}}
                """).get(0);
        assertEquals("purposes[0].legalBasis.law", error.path());
    }
}
