package fi.rekisteri.export.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Register data never reaches the terminal as commands: what {@code check}, {@code render} to standard output and
 * every error message print has the data's control characters shown escaped.
 */
class HostileTerminalTest {

    /** What a terminal obeys: C0 controls but line feed, DEL, C1 controls, the bidirectional controls. */
    private static final Pattern OBEYED = Pattern.compile(
            "[\\x00-\\x09\\x0B-\\x1F\\x7F-\\x9F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]");

    /** A purpose name that clears the screen, then prints what looks like a clean result over it. */
    private static final String CLEAR_AND_SPOOF = "\\e[2J\\e[H\\rart13: no findings\\a\\b";
    private static final String REVERSED = "\u202Efdp.exe";

    @TempDir
    Path dir;

    private CliRun cli;
    private Path hostile;

    @BeforeEach
    void hostileRegister() throws IOException {
        cli = new CliRun(dir);
        hostile = dir.resolve("hostile.yaml");
        Files.writeString(hostile, "key: hostile\n"
                + "name: {fi: \"Rekisteri\\e]0;pwned\\a\"}\n"
                + "controller: {name: \"Oy\\x9b31m\"}\n"
                + "purposes:\n"
                + "  - {key: clear, name: {fi: \"" + CLEAR_AND_SPOOF + "\"}}\n"
                + "  - {key: spoof, name: {fi: \"Laskutus\\nart13: no findings\"}}\n"
                + "  - {key: reversed, name: {fi: \"" + REVERSED + "\"}}\n", StandardCharsets.UTF_8);
    }

    /** Line ends are the layout: a line feed, or CRLF as RFC 4180 ends a CSV record. */
    private static void assertNothingObeyed(String printed) {
        assertFalse(OBEYED.matcher(printed.replace("\r\n", "").replace("\n", "")).find(), printed);
    }

    /** A message is one line: data cannot start a line of its own that reads like the tool's summary. */
    private static void assertNoSpoofedLine(String printed) {
        assertNothingObeyed(printed);
        assertFalse(printed.lines().anyMatch(line -> line.startsWith("art13: no findings")), printed);
    }

    @Test
    void checkShowsTheDataEscaped() {
        int status = cli.run("check", hostile.toString(), "--type", "art13");
        assertNoSpoofedLine(cli.out());
        assertNoSpoofedLine(cli.err());
        if (status != 2) {
            // The reader took the register: the findings quote the names, escaped.
            assertTrue(cli.out().contains("\\u001B[2J\\u001B[H\\u000Dart13: no findings\\u0007\\u0008"), cli.out());
            assertTrue(cli.out().contains("Laskutus\\u000Aart13: no findings"), cli.out());
        }
    }

    @Test
    void aBidiOverrideInAFindingIsShownEscaped() throws IOException {
        // The reader refuses control characters, not a bidi override: this register is read and checked.
        Path bidi = dir.resolve("bidi.yaml");
        Files.writeString(bidi, "key: bidi\nname: {fi: Rekisteri}\ncontroller: {name: Oy}\npurposes:\n"
                + "  - {key: reversed, name: {fi: \"" + REVERSED + "\"}}\n", StandardCharsets.UTF_8);
        cli.run("check", bidi.toString(), "--type", "art13");
        assertTrue(cli.out().contains("\\u202Efdp.exe") || cli.err().contains("\\u202Efdp.exe"),
                cli.out() + cli.err());
        assertNoSpoofedLine(cli.out() + cli.err());
    }

    @Test
    void theTextStatementOnStandardOutputShowsTheDataEscaped() {
        int status = cli.run("render", hostile.toString(), "--type", "art13", "--format", "text");
        assertNothingObeyed(cli.out() + cli.err());
        if (status == 0) {
            assertTrue(cli.out().contains("Rekisteri\\u001B]0;pwned\\u0007"), cli.out());
        }
    }

    @Test
    void everyMachineReadableFormatOnStandardOutputIsFilteredToo() {
        cli.run("render", hostile.toString(), "--type", "art30", "--format", "csv");
        cli.run("render", hostile.toString(), "--format", "jsonld");
        cli.run("render", hostile.toString(), "--format", "md");
        cli.run("render", hostile.toString(), "--format", "html");
        assertNothingObeyed(cli.out() + cli.err());
    }

    @Test
    void aFileWrittenKeepsTheDocumentAsItIs() throws IOException {
        Path out = dir.resolve("statement.txt");
        if (cli.run("render", hostile.toString(), "--type", "art13", "-o", out.toString()) == 0) {
            assertTrue(Files.readString(out).contains(REVERSED), "a file is the document, not a terminal");
        }
    }

    @Test
    void errorMessagesQuotingTheCommandLineAreEscaped() {
        assertEquals(2, cli.run("render", dir.resolve("\u001B[2Jmissing\r.yaml").toString()));
        assertTrue(cli.err().contains("\\u001B[2Jmissing\\u000D.yaml: no such file"), cli.err());
        assertEquals(2, cli.run("render", cli.seed().toString(), "--lang", "\u001B[31mfi"));
        assertTrue(cli.err().contains("\\u001B[31mfi"), cli.err());
        assertNoSpoofedLine(cli.err());
    }

    @Test
    void readerErrorsQuotingTheFileAreEscaped() throws IOException {
        Path bad = dir.resolve("bad.yaml");
        Files.writeString(bad, "key: r\nname: {fi: R}\ncontroller: {name: Oy}\npurposes:\n"
                + "  - {key: a, name: {fi: A}, legalBasis: \"\\e[2Jcontract\"}\n");
        assertEquals(2, cli.run("check", bad.toString()));
        // However the reader words it, what it quotes of the file reaches the terminal escaped.
        assertTrue(cli.err().contains("bad.yaml:5:"), cli.err());
        assertNoSpoofedLine(cli.err());
    }
}
