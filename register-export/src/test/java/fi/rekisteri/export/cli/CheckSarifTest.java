package fi.rekisteri.export.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import fi.rekisteri.core.compliance.Rule;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code check --format sarif}: a SARIF 2.1.0 log of the organisation example's findings, lines and columns. */
class CheckSarifTest {

    private static final Path ORGANISATION = Path.of("..", "examples", "organisaatio");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Schema SARIF = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
            .getSchema(resource("/sarif-2.1.0-subset.schema.json"), InputFormat.JSON);

    @TempDir
    Path dir;

    private CliRun cli;
    private Path registers;

    private static String resource(String name) {
        try (InputStream in = CheckSarifTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @BeforeEach
    void copyTheOrganisation() throws IOException {
        cli = new CliRun(dir);
        registers = Files.createDirectory(dir.resolve("registers"));
        try (Stream<Path> files = Files.list(ORGANISATION)) {
            for (Path file : files.filter(f -> !f.getFileName().toString().equals("rules.yaml")).toList()) {
                Files.copy(file, registers.resolve(file.getFileName()));
            }
        }
    }

    private JsonNode sarif(String... more) {
        List<String> args = new ArrayList<>(List.of("check", "--format", "sarif", "--lang", "en", "--rules",
                ORGANISATION.resolve("rules.yaml").toString(), registers.toString()));
        args.addAll(List.of(more));
        assertEquals(1, cli.run(args.toArray(String[]::new)), cli.err());
        List<Error> errors = SARIF.validate(cli.out(), InputFormat.JSON);
        assertEquals(List.of(), errors, cli.out());
        return JSON.readTree(cli.out());
    }

    private List<JsonNode> results(JsonNode log) {
        List<JsonNode> all = new ArrayList<>();
        log.at("/runs/0/results").forEach(all::add);
        return all;
    }

    @Test
    void isAValidSarifLogOfOneRunWithEveryFilesFindings() {
        JsonNode log = sarif();
        assertEquals("2.1.0", log.get("version").asString());
        assertEquals(1, log.get("runs").size());
        assertEquals("rekisteri", log.at("/runs/0/tool/driver/name").asString());
        List<String> files = results(log).stream()
                .map(r -> r.at("/locations/0/physicalLocation/artifactLocation/uri").asString()).distinct().toList();
        assertTrue(files.stream().anyMatch(f -> f.endsWith("registers/terveyspalvelut.yaml")), files.toString());
        assertFalse(cli.out().contains("terveyspalvelut.yaml:\n"), "no text lines mixed in");
    }

    @Test
    void aRuleBreachIsAnErrorAtTheLineAndColumnOfItsPath() throws IOException {
        JsonNode breach = results(sarif()).stream()
                .filter(r -> r.get("ruleId").asString().equals("no-health-marketing")).findFirst().orElseThrow();
        assertEquals("error", breach.get("level").asString());
        assertEquals("Health data must not be used for marketing: Uutiskirje", breach.at("/message/text").asString());
        assertEquals("purposes[0]", breach.at("/locations/0/logicalLocations/0/fullyQualifiedName").asString());
        // purposes[0] is the first item of the file's purposes list: its line, and the column after "- ".
        List<String> lines = Files.readAllLines(registers.resolve("terveyspalvelut.yaml"));
        int line = lines.indexOf("purposes:") + 2;
        assertEquals(line, breach.at("/locations/0/physicalLocation/region/startLine").asInt());
        assertEquals(lines.get(line - 1).indexOf('-') + 3,
                breach.at("/locations/0/physicalLocation/region/startColumn").asInt());
    }

    @Test
    void eachResultNamesItsRuleDescriptorByIndex() {
        JsonNode log = sarif();
        JsonNode rules = log.at("/runs/0/tool/driver/rules");
        List<String> ids = new ArrayList<>();
        rules.forEach(rule -> ids.add(rule.get("id").asString()));
        assertEquals(ids.stream().distinct().count(), ids.size(), ids.toString());
        for (JsonNode result : results(log)) {
            assertEquals(result.get("ruleId").asString(), ids.get(result.get("ruleIndex").asInt()));
            assertTrue(List.of("error", "warning", "note").contains(result.get("level").asString()));
        }
        // A compliance rule carries its legal reference; the organisation's rules have none.
        int compliance = 0;
        for (JsonNode rule : rules) {
            String id = rule.get("id").asString();
            if (Arrays.stream(Rule.values()).anyMatch(r -> r.id().equals(id))) {
                assertEquals(Rule.ofId(id).legalReference(), rule.at("/properties/legalReference").asString());
                compliance++;
            } else {
                assertTrue(rule.at("/properties/legalReference").isMissingNode(), rule.toString());
            }
        }
        assertTrue(compliance > 0, ids.toString());
    }

    /** The log of a run that exits as given, valid against the schema. */
    private JsonNode sarifExiting(int status, String... args) {
        assertEquals(status, cli.run(args), cli.err());
        List<Error> errors = SARIF.validate(cli.out(), InputFormat.JSON);
        assertEquals(List.of(), errors, cli.out());
        return JSON.readTree(cli.out());
    }

    @Test
    void aFileThatCannotBeReadIsAnErrorResultAtItsLineAndTheOthersAreStillChecked() throws IOException {
        Path broken = Files.writeString(registers.resolve("broken.yaml"), """
                formatVersion: 1
                key: broken
                colour: blue
                """);
        JsonNode log = sarifExiting(2, "check", "--format", "sarif", "--lang", "en", registers.toString());
        List<JsonNode> unreadable = results(log).stream()
                .filter(r -> r.get("ruleId").asString().equals("register.unreadable")).toList();
        assertFalse(unreadable.isEmpty(), cli.out());
        for (JsonNode result : unreadable) {
            assertEquals("error", result.get("level").asString());
            assertTrue(result.at("/locations/0/physicalLocation/artifactLocation/uri").asString()
                    .endsWith("registers/broken.yaml"), result.toString());
        }
        JsonNode colour = unreadable.stream().filter(r -> r.at("/message/text").asString().contains("colour"))
                .findFirst().orElseThrow();
        assertEquals(3, colour.at("/locations/0/physicalLocation/region/startLine").asInt(), colour.toString());
        assertEquals("colour", colour.at("/locations/0/logicalLocations/0/fullyQualifiedName").asString());
        assertTrue(results(log).stream().anyMatch(r -> r.at("/locations/0/physicalLocation/artifactLocation/uri")
                .asString().endsWith("terveyspalvelut.yaml")), "the other registers' findings are still there");
        assertTrue(cli.err().contains(broken + ":3:"), "and the errors are on standard error: " + cli.err());
        JsonNode rule = log.at("/runs/0/tool/driver/rules/" + unreadable.get(0).get("ruleIndex").asInt());
        assertEquals("register.unreadable", rule.get("id").asString());
    }

    @Test
    void aRulesFileThatCannotBeReadIsAnErrorResultAtItsLine() throws IOException {
        Path rules = Files.writeString(dir.resolve("rules.yaml"), """
                rules:
                  - id: dpo
                    severity: fatal
                    message: {fi: a, sv: b, en: c}
                    requireDpo: true
                """);
        JsonNode log = sarifExiting(2, "check", "--format", "sarif", "--rules", rules.toString(),
                registers.toString());
        List<JsonNode> all = results(log);
        assertEquals(1, all.size(), cli.out());
        assertEquals("rules.unreadable", all.get(0).get("ruleId").asString());
        assertEquals(3, all.get(0).at("/locations/0/physicalLocation/region/startLine").asInt());
        assertTrue(all.get(0).at("/message/text").asString().contains("fatal"), all.get(0).toString());
    }

    @Test
    void aMissingFileIsAResultAboutTheWholeFile() {
        Path missing = registers.resolve("missing.yaml");
        JsonNode log = sarifExiting(2, "check", "--format", "sarif", missing.toString());
        JsonNode result = results(log).get(0);
        assertEquals("register.unreadable", result.get("ruleId").asString());
        assertEquals(missing + ": no such file", result.at("/message/text").asString());
        assertTrue(result.at("/locations/0/physicalLocation/region").isMissingNode(), result.toString());
    }

    @Test
    void anAcknowledgedFindingIsASuppressedResultWithItsReason() throws IOException {
        Path file = registers.resolve("asiakkaat.yaml");
        Files.writeString(file, Files.readString(file) + """

                acknowledgements:
                  - rule: automated-decision.statement
                    path: automatedDecisionMaking
                    reason: We make no automated decisions; the statement is in the general terms
                    by: privacy team
                    date: 2026-11-30
                """);
        JsonNode log = sarifExiting(1, "check", "--format", "sarif", "--lang", "en", file.toString());
        List<JsonNode> suppressed = results(log).stream().filter(r -> r.has("suppressions")).toList();
        assertEquals(1, suppressed.size(), cli.out());
        JsonNode result = suppressed.get(0);
        assertEquals("automated-decision.statement", result.get("ruleId").asString());
        assertEquals("warning", result.get("level").asString());
        JsonNode suppression = result.at("/suppressions/0");
        assertEquals("inSource", suppression.get("kind").asString());
        assertEquals("accepted", suppression.get("status").asString());
        assertEquals("We make no automated decisions; the statement is in the general terms",
                suppression.get("justification").asString());
        List<String> lines = Files.readAllLines(file);
        assertEquals(lines.indexOf("acknowledgements:") + 2,
                suppression.at("/location/physicalLocation/region/startLine").asInt(), suppression.toString());
        assertEquals("acknowledgements[0]",
                suppression.at("/location/logicalLocations/0/fullyQualifiedName").asString());
        // Acknowledged, it is not also an open result.
        assertEquals(1, results(log).stream()
                .filter(r -> r.get("ruleId").asString().equals("automated-decision.statement")).count());
        assertFalse(cli.out().contains("privacy team"), "who acknowledged it is not in the log");
    }

    @Test
    void theSubsetSchemaRejectsWhatSarifDoesNot() {
        String valid = "{\"version\": \"2.1.0\", \"runs\": [{\"tool\": {\"driver\": {\"name\": \"x\"}}, \"results\":"
                + " [{\"message\": {\"text\": \"m\"}, \"level\": \"%s\"}]}]}";
        assertEquals(List.of(), SARIF.validate(valid.formatted("error"), InputFormat.JSON));
        assertFalse(SARIF.validate(valid.formatted("fatal"), InputFormat.JSON).isEmpty(), "unknown level");
        assertFalse(SARIF.validate(valid.formatted("error").replace("2.1.0", "2.0.0"), InputFormat.JSON).isEmpty());
        assertFalse(SARIF.validate(valid.formatted("error").replace("\"message\"", "\"msg\""), InputFormat.JSON)
                .isEmpty(), "a result needs a message");
        assertFalse(SARIF.validate(valid.formatted("error").replace("}]}]}", ", \"suppressions\": [{\"kind\":"
                + " \"inline\"}]}]}]}"), InputFormat.JSON).isEmpty(), "unknown suppression kind");
    }

    @Test
    void textIsTheDefault() throws IOException {
        String file = registers.resolve("asiakkaat.yaml").toString();
        int plain = cli.run("check", file);
        CliRun again = new CliRun(Files.createDirectory(dir.resolve("again")));
        assertEquals(plain, again.run("check", "--format", "text", file));
        assertEquals(cli.out(), again.out());
    }

    @Test
    void anUnknownFormatIsRefused() {
        assertEquals(2, cli.run("check", "--format", "junit", registers.toString()));
        assertTrue(cli.err().contains("unknown --format 'junit'; expected text or sarif"), cli.err());
    }
}
