package fi.rekisteri.export.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code check --rules RULES DIR}: the organisation example, several registers, bad rules files. */
class CheckRulesTest {

    private static final Path ORGANISATION = Path.of("..", "examples", "organisaatio");

    @TempDir
    Path dir;

    private CliRun cli;
    private Path registers;

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

    private static Path rules() {
        return ORGANISATION.resolve("rules.yaml");
    }

    private List<String> sectionOf(String fileName) {
        List<String> lines = cli.out().lines().toList();
        int start = lines.indexOf(registers.resolve(fileName) + ":");
        assertTrue(start >= 0, cli.out());
        int end = start + 1;
        while (end < lines.size() && !lines.get(end).endsWith(".yaml:")) {
            end++;
        }
        return lines.subList(start + 1, end);
    }

    @Test
    void theRegisterThatBreaksARuleFailsAndTheOthersAreStillReported() {
        assertEquals(1, cli.run("check", "--rules", rules().toString(), registers.toString(), "--lang", "en"),
                cli.err());
        List<String> health = sectionOf("terveyspalvelut.yaml");
        assertTrue(health.stream().anyMatch(l -> l.startsWith("ERROR   no-health-marketing at purposes[0]: "
                + "Health data must not be used for marketing: Uutiskirje")), String.join("\n", health));
        for (String other : List.of("asiakkaat.yaml", "henkilosto.yaml")) {
            List<String> section = sectionOf(other);
            assertFalse(section.isEmpty(), other);
            assertTrue(section.stream().noneMatch(l -> l.contains("no-health-marketing")), other);
        }
        // The files are reported in name order.
        String out = cli.out();
        assertTrue(out.indexOf("asiakkaat.yaml:") < out.indexOf("henkilosto.yaml:"));
        assertTrue(out.indexOf("henkilosto.yaml:") < out.indexOf("terveyspalvelut.yaml:"));
    }

    @Test
    void withoutTheBreakingRegisterOnlyTheRulesThatHoldAreChecked() throws IOException {
        Files.delete(registers.resolve("terveyspalvelut.yaml"));
        cli.run("check", "--rules", rules().toString(), registers.resolve("asiakkaat.yaml").toString(),
                registers.resolve("henkilosto.yaml").toString());
        assertFalse(cli.out().contains("no-health-marketing"), cli.out());
        assertFalse(cli.out().contains("dpo-required"), cli.out());
    }

    @Test
    void anUnreadableRegisterExitsTwoAfterTheOthersAreChecked() throws IOException {
        Files.writeString(registers.resolve("broken.yaml"), "key: [\n");
        assertEquals(2, cli.run("check", "--rules", rules().toString(), registers.toString()));
        assertTrue(cli.out().contains("terveyspalvelut.yaml:"), cli.out());
        assertTrue(cli.out().contains("no-health-marketing"), cli.out());
        assertTrue(cli.err().contains("broken.yaml"), cli.err());
    }

    @Test
    void aBadRulesFileIsReportedWithLineAndColumn() throws IOException {
        Path bad = dir.resolve("rules.yaml");
        Files.writeString(bad, """
                rules:
                  - id: no-health-marketing
                    severity: fatal
                    message: {fi: a, sv: b, en: c}
                    deny:
                      dataCategories: {matches: some, values: [health]}
                """);
        assertEquals(2, cli.run("check", "--rules", bad.toString(), registers.toString()));
        assertTrue(cli.err().contains(bad + ":3:"), cli.err());
        assertTrue(cli.err().contains("fatal"), cli.err());
        assertTrue(cli.err().contains(bad + ":6:"), cli.err());
        assertTrue(cli.err().contains("some"), cli.err());
        assertEquals("", cli.out());
    }

    private Path rulesOn(String condition) throws IOException {
        return Files.writeString(dir.resolve("fideslang-rules.yaml"), """
                rules:
                  - id: no-health-marketing
                    severity: error
                    message: {fi: "Ei: {0}", sv: "Nej: {0}", en: "No: {0}"}
                    deny:
                      %s
                      purposes: {matches: any, values: [marketing]}
                """.formatted(condition));
    }

    @Test
    void aRuleMayNameFideslangKeysWhichStandForTheTaxonomysKeys() throws IOException {
        for (String values : List.of("[{fideslang: user.health_and_medical}]", "[user.health_and_medical]",
                "[health]")) {
            CliRun run = new CliRun(Files.createTempDirectory(dir, "run"));
            Path rules = rulesOn("dataCategories: {matches: any, values: " + values + "}");
            assertEquals(1, run.run("check", "--rules", rules.toString(), registers.toString(), "--lang", "en"),
                    run.err());
            assertTrue(run.out().contains("ERROR   no-health-marketing at purposes[0]: No: Uutiskirje"), values);
        }
    }

    @Test
    void aFideslangKeyOfAnotherKindOrNoneIsAnErrorAtItsLineAndColumn() throws IOException {
        Path rules = rulesOn("dataCategories: {matches: any, values: [{fideslang: user.health_and_medicl}]}");
        assertEquals(2, cli.run("check", "--rules", rules.toString(), registers.toString()));
        assertTrue(cli.err().contains(rules + ":6:59: rules[0].deny.dataCategories.values[0].fideslang:"
                + " 'user.health_and_medicl' is not a fideslang data-category key; did you mean"
                + " 'user.health_and_medical'?\n"), cli.err());
        assertEquals("", cli.out());
        // A data use is not a data category.
        CliRun other = new CliRun(Files.createTempDirectory(dir, "run"));
        Path use = rulesOn("dataCategories: {matches: any, values: [{fideslang: marketing.advertising}]}");
        assertEquals(2, other.run("check", "--rules", use.toString(), registers.toString()));
        assertTrue(other.err().contains("'marketing.advertising' is not a fideslang data-category key"),
                other.err());
    }

    @Test
    void aKeyNeitherTheTaxonomysNorUnderOneNorFideslangsIsAnError() throws IOException {
        Path rules = rulesOn("subjects: {matches: any, values: [patient.adult, pateint]}");
        assertEquals(2, cli.run("check", "--rules", rules.toString(), registers.toString()));
        assertTrue(cli.err().contains(rules + ":6:56: rules[0].deny.subjects.values[1]: unknown subject-category"
                + " key 'pateint': give a key of the taxonomy"), cli.err());
        assertTrue(cli.err().contains("; did you mean 'patient'?\n"), cli.err());
        assertFalse(cli.err().contains("patient.adult"), "under a taxonomy key, as a register may extend it");
    }

    @Test
    void aMaximumRetentionMayNameItsCategoryByItsFideslangKey() throws IOException {
        Path rules = Files.writeString(dir.resolve("retention-rules.yaml"), """
                rules:
                  - id: contact-six-years
                    severity: error
                    message: {fi: "{0}", sv: "{0}", en: "{0}"}
                    maxRetention: {category: {fideslang: user.contact.email}, period: P6Y}
                """);
        assertEquals(1, cli.run("check", "--rules", rules.toString(), registers.toString()), cli.err());
        assertEquals("", cli.err());
        Files.writeString(rules, Files.readString(rules).replace("user.contact.email", "user.contact.emial"));
        CliRun other = new CliRun(Files.createTempDirectory(dir, "run"));
        assertEquals(2, other.run("check", "--rules", rules.toString(), registers.toString()));
        assertTrue(other.err().contains("rules[0].maxRetention.category.fideslang: 'user.contact.emial' is not a"
                + " fideslang data-category key"), other.err());
    }
}
