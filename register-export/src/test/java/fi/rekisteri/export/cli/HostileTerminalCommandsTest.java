package fi.rekisteri.export.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * As {@link HostileTerminalTest} for {@code check}, the commands and options added since: {@code diff} (its lines and
 * its errors), {@code render} and {@code check} of several files or a directory (file names with ESC, CR, BEL or a
 * line feed in messages), {@code check --rules} (the organisation's messages, its file's errors) and
 * {@code --taxonomy} errors. Every character from the input, register data, file names and paths, that a terminal
 * would obey reaches it escaped, and a line of data never starts a line of its own.
 */
class HostileTerminalCommandsTest {

    /** What a terminal obeys: C0 controls but line feed, DEL, C1 controls, the bidirectional controls. */
    private static final Pattern OBEYED = Pattern.compile(
            "[\\x00-\\x09\\x0B-\\x1F\\x7F-\\x9F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]");

    /**
     * What a spoofed line would start with: a summary such as the tool's own, with a mark the tool never prints. The
     * reader refuses ESC, BEL and the other controls in a text, but not a line feed, a CRLF, a tab or NEL: those are
     * what register data can bring to a line, and file names can bring anything.
     */
    private static final String SPOOF = "art13: no findings (spoofed)";

    @TempDir
    Path dir;

    private CliRun cli;

    @BeforeEach
    void tool() throws IOException {
        cli = new CliRun(dir);
    }

    private static void assertNothingObeyed(String printed) {
        assertFalse(OBEYED.matcher(printed.replace("\r\n", "").replace("\n", "")).find(), printed);
    }

    private static void assertNoSpoofedLine(String printed) {
        assertNothingObeyed(printed);
        assertFalse(printed.lines().anyMatch(line -> line.startsWith(SPOOF)), printed);
    }

    private Path register(String name, String purposeName) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, "key: hostile\nname: {fi: Rekisteri}\ncontroller: {name: Oy}\npurposes:\n"
                + "  - {key: billing, name: {fi: Laskutus}}\n"
                + (purposeName.isEmpty() ? "" : "  - {key: added, name: {fi: \"" + purposeName + "\"}}\n"),
                StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void diffShowsEachChangeOnOneLineWithTheDataEscaped() throws IOException {
        Path before = register("before.yaml", "");
        Path after = register("after.yaml", "Uusi\\nremoved purposes purposes[0]: Laskutus\\r\\n"
                + SPOOF + "\\t\\u0085\\u202E");
        assertEquals(1, cli.run("diff", before.toString(), after.toString()), cli.err());
        assertNoSpoofedLine(cli.out());
        List<String> lines = cli.out().lines().toList();
        assertEquals(1, lines.size(), cli.out());
        assertTrue(lines.get(0).startsWith("added purposes purposes[1]: Uusi\\u000Aremoved purposes"), cli.out());
        assertTrue(lines.get(0).contains("Laskutus\\u000D\\u000A" + SPOOF + "\\u0009\\u0085\\u202E"), cli.out());

        Path out = dir.resolve("changes.txt");
        assertEquals(1, cli.run("diff", before.toString(), after.toString(), "-o", out.toString()), cli.err());
        assertEquals(1, Files.readString(out).lines().count(), "one change a line in a file too");
    }

    @Test
    void diffEscapesTheNoOfficerReasonAndAnAcknowledgementsReason() throws IOException {
        Path before = register("before.yaml", "");
        String hostile = "Pieni\\nremoved contacts controller: Oy\\r\\n" + SPOOF + "\\t\\u0085\\u202E";
        Path after = dir.resolve("after.yaml");
        Files.writeString(after, Files.readString(before) + "noDataProtectionOfficer: \"" + hostile + "\"\n"
                + "acknowledgements:\n  - {rule: dpo.missing, reason: \"" + hostile + "\", by: Tiimi,"
                + " date: 2026-11-30}\n", StandardCharsets.UTF_8);
        assertEquals(1, cli.run("diff", before.toString(), after.toString()), cli.err());
        assertNoSpoofedLine(cli.out());
        List<String> lines = cli.out().lines().toList();
        assertEquals(2, lines.size(), cli.out());
        assertTrue(lines.get(0).startsWith("added contacts noDataProtectionOfficer: "), cli.out());
        assertTrue(lines.get(1).startsWith("added acknowledgements acknowledgements[0]: dpo.missing"), cli.out());
        for (String line : lines) {
            assertTrue(line.endsWith("Pieni\\u000Aremoved contacts controller: Oy\\u000D\\u000A" + SPOOF
                    + "\\u0009\\u0085\\u202E"), line);
        }
    }

    @Test
    void diffsChangeNoticeOnStandardOutputIsFilteredToo() throws IOException {
        Path before = register("before.yaml", "");
        // A document keeps its line feeds and tabs: only what a terminal obeys besides is escaped.
        Path after = register("after.yaml", "Uusi\\r\\n" + SPOOF + "\\u0085\\u202E");
        for (String format : List.of("md", "html")) {
            cli.run("diff", before.toString(), after.toString(), "--format", format, "--date", "2026-03-01");
            assertNothingObeyed(cli.out() + cli.err());
        }
    }

    @Test
    void diffsErrorsNameTheFilesEscaped() throws IOException {
        Path after = register("after.yaml", "");
        assertEquals(2, cli.run("diff", dir.resolve("\u001B[2Jold\r\u0007.yaml").toString(), after.toString()));
        assertTrue(cli.err().contains("\\u001B[2Jold\\u000D\\u0007.yaml: no such file"), cli.err());
        assertNoSpoofedLine(cli.err());

        Path bad = dir.resolve("bad\u001B]0;x\u0007\n" + SPOOF + ".yaml");
        Files.writeString(bad, "key: r\nname: {fi: R}\ncontroller: {name: Oy}\npurposes:\n"
                + "  - {key: a, name: {fi: A}, legalBasis: \"\\e[2Jcontract\"}\n");
        assertEquals(2, cli.run("diff", bad.toString(), after.toString()));
        assertTrue(cli.err().contains("bad\\u001B]0;x\\u0007\\u000A" + SPOOF + ".yaml"), cli.err());
        assertNoSpoofedLine(cli.err());

        assertEquals(2, cli.run("diff", after.toString(), after.toString(), "--format", "\u001B[2Jpdf"));
        assertTrue(cli.err().contains("\\u001B[2Jpdf"), cli.err());
        assertEquals(2, cli.run("diff", after.toString(), after.toString(), "--date", "\u001B[2J\n" + SPOOF));
        assertNoSpoofedLine(cli.err());
    }

    /** A directory of registers, one of them unreadable, with a name a terminal would obey. */
    private Path hostileDirectory() throws IOException {
        Path registers = Files.createDirectory(dir.resolve("registers\u001B[31m"));
        Files.copy(cli.seed(), registers.resolve("a.yaml"));
        Files.writeString(registers.resolve("b\u001B[2J\r\u0007\n" + SPOOF + ".yaml"), "key: [\n");
        return registers;
    }

    @Test
    void checkOfADirectoryNamesEachFileEscaped() throws IOException {
        Path registers = hostileDirectory();
        assertEquals(2, cli.run("check", registers.toString()));
        assertNoSpoofedLine(cli.out());
        assertNoSpoofedLine(cli.err());
        assertTrue(cli.out().contains("registers\\u001B[31m/b\\u001B[2J\\u000D\\u0007\\u000A" + SPOOF + ".yaml:"),
                cli.out());
    }

    @Test
    void renderOfSeveralFilesNamesEachFileEscaped() throws IOException {
        Path registers = hostileDirectory();
        assertEquals(2, cli.run("render", "--type", "art30", registers.toString(), "--format", "csv"));
        assertNoSpoofedLine(cli.out() + cli.err());
        assertTrue(cli.err().contains("b\\u001B[2J\\u000D\\u0007\\u000A" + SPOOF + ".yaml"), cli.err());
        assertEquals("", cli.out());

        assertEquals(2, cli.run("render", "--type", "art30", dir.resolve("empty\u001B[2J").toString()));
        assertNoSpoofedLine(cli.err());
    }

    @Test
    void aRecordOfSeveralRegistersOnStandardOutputIsFiltered() throws IOException {
        Path registers = Files.createDirectory(dir.resolve("several"));
        Files.copy(cli.seed(), registers.resolve("a\u001B[2J.yaml"));
        Files.writeString(registers.resolve("b.yaml"), Files.readString(cli.seed()).replaceFirst("(?m)^key: .*$",
                "key: other-register"));
        for (String format : List.of("text", "csv", "md", "html")) {
            cli.run("render", "--type", "art30", registers.toString(), "--format", format);
            assertNothingObeyed(cli.out() + cli.err());
        }
    }

    @Test
    void theOrganisationsMessagesAndItsRulesFilesErrorsAreEscaped() throws IOException {
        Path register = register("r.yaml", "");
        Path rules = dir.resolve("rules.yaml");
        Files.writeString(rules, """
                rules:
                  - id: dpo-required
                    severity: error
                    message: {fi: "Nimeä\\r\\n%s\\t\\u0085\\u202E", sv: b, en: c}
                    requireDpo: true
                """.formatted(SPOOF));
        assertEquals(1, cli.run("check", "--rules", rules.toString(), register.toString()), cli.err());
        assertNoSpoofedLine(cli.out());
        assertNoSpoofedLine(cli.err());
        assertTrue(cli.out().contains("Nimeä\\u000D\\u000A" + SPOOF + "\\u0009\\u0085\\u202E"), cli.out());

        Files.writeString(rules, """
                rules:
                  - id: x
                    severity: "\\e[2Jfatal"
                    message: {fi: a, sv: b, en: c}
                    deny:
                      dataCategories: {matches: "some\\a\\r", values: [{not: a key}]}
                """);
        assertEquals(2, cli.run("check", "--rules", rules.toString(), register.toString()));
        assertNoSpoofedLine(cli.err());
        assertEquals(2, cli.run("check", "--rules", dir.resolve("\u001B[2J\n" + SPOOF).toString(),
                register.toString()));
        assertNoSpoofedLine(cli.err());
        assertTrue(cli.err().contains("\\u001B[2J\\u000A" + SPOOF), cli.err());
    }

    @Test
    void aRuleWhoseOnlyValueIsNoTextHasThatErrorAlone() throws IOException {
        Path register = register("r.yaml", "");
        Path rules = dir.resolve("rules.yaml");
        Files.writeString(rules, """
                rules:
                  - id: x
                    severity: error
                    message: {fi: a, sv: b, en: c}
                    deny:
                      dataCategories: {matches: any, values: [{not: a key}]}
                """);
        assertEquals(2, cli.run("check", "--rules", rules.toString(), register.toString()));
        assertFalse(cli.err().contains("give at least one value"), cli.err());
        assertTrue(cli.err().contains("rules.yaml:6:"), cli.err());
    }

    @Test
    void taxonomyErrorsAreEscaped() throws IOException {
        Path register = register("r.yaml", "");
        Path taxonomy = dir.resolve("taxonomy\u001B[2J.tsv");
        Files.writeString(taxonomy, "key\tkind\tsensitivities\tground\tdpv\tfideslang\tlabel.fi\tlabel.sv\tlabel.en\n"
                + "bad\u001B[2J\u0007\rkey\tdata-category\t\t\t\t\tA\tB\tC\n"
                + "other\tkind\u001B]0;x\u0007\t\t\t\t\tA\tB\tC\n", StandardCharsets.UTF_8);
        for (String command : List.of("check", "render")) {
            assertEquals(2, cli.run(command, "--taxonomy", taxonomy.toString(), register.toString()));
            assertNoSpoofedLine(cli.out() + cli.err());
            assertTrue(cli.err().contains("taxonomy\\u001B[2J.tsv"), cli.err());
        }
        assertEquals(2, cli.run("check", "--taxonomy", dir.resolve("missing\r\n" + SPOOF).toString(),
                register.toString()));
        assertNoSpoofedLine(cli.err());
    }
}
