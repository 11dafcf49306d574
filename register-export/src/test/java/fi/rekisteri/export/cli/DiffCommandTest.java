package fi.rekisteri.export.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code rekisteri diff}: its lines, its change notice, its exit codes and its escaping. */
class DiffCommandTest {

    private static final String HEAD = "formatVersion: 1\nkey: r\nname: {fi: Rekisteri, sv: Registret}\n"
            + "controller: {name: Oy}\nmetadata: {version: \"2\", date: 2026-03-01}\n"
            + "dataCategories:\n  - {key: contact, name: {fi: Yhteystiedot}}\n";

    @TempDir
    Path dir;

    private Path before;
    private Path after;

    @BeforeEach
    void registers() throws IOException {
        before = write("before.yaml", HEAD + "purposes:\n"
                + "  - {key: billing, name: {fi: Laskutus}, legalBasis: {type: contract}, categories: [contact]}\n");
        after = write("after.yaml", HEAD + "purposes:\n"
                + "  - {key: billing, name: {fi: Laskutus}, legalBasis: {type: contract}, categories: [contact]}\n"
                + "  - {key: news, name: {fi: \"Uutiskirje <b>&</b> \u202Etarjoukset\"}, categories: [contact]}\n");
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    private CliRun cli() throws IOException {
        return new CliRun(Files.createTempDirectory(dir, "run"));
    }

    @Test
    void theSameRegisterExitsZeroAndPrintsNothing() throws IOException {
        CliRun cli = cli();
        assertEquals(0, cli.run("diff", before.toString(), before.toString()));
        assertEquals("", cli.out());
        assertEquals("", cli.err());
    }

    @Test
    void aChangeIsOneLineWithItsPathAndExitsOneWithTheDataEscaped() throws IOException {
        CliRun cli = cli();
        assertEquals(1, cli.run("diff", before.toString(), after.toString()));
        assertEquals("added purposes purposes[1]: Uutiskirje <b>&</b> \\u202Etarjoukset [prior notice: new-purpose]\n",
                cli.out());
        assertEquals("", cli.err());
    }

    @Test
    void theNoticeIsEscapedHtmlDatedFromTheMetadataOrTheOption() throws IOException {
        CliRun cli = cli();
        assertEquals(1, cli.run("diff", before.toString(), after.toString(), "--format", "html"));
        String html = cli.out();
        assertTrue(html.contains("Muutokset 1.3.2026"), html);
        assertTrue(html.contains("Uutiskirje &lt;b&gt;&amp;&lt;/b&gt;"), html);
        assertFalse(html.contains("<b>&</b>"), html);
        assertTrue(html.contains("uusi käsittelyn tarkoitus: Uutiskirje"), html);
        CliRun dated = cli();
        assertEquals(1, dated.run("diff", before.toString(), after.toString(), "--format", "md", "--lang", "en",
                "--date", "2026-04-15"));
        assertTrue(dated.out().startsWith("# Changes 15 April 2026\n"), dated.out());
        assertTrue(dated.out().contains("## 1. Purposes of processing\n\n- Added: Uutiskirje"), dated.out());
    }

    @Test
    void theNoOfficerStatementAndAcknowledgementsAreChangesTheNoticeTellsOnlyTheStatement() throws IOException {
        Path officer = write("officer.yaml", HEAD + "dataProtectionOfficer: {name: Tietosuojavastaava}\n"
                + "acknowledgements:\n"
                + "  - {rule: transfer.partial-adequacy, path: \"transfers[0]\", reason: Sertifioitu, by: Tiimi,"
                + " date: 2026-11-30}\n");
        Path none = write("none.yaml", HEAD + "noDataProtectionOfficer: Ei laajamittaista käsittelyä\n"
                + "acknowledgements:\n"
                + "  - {rule: dpo.missing, reason: Alle 10 työntekijää, by: Matti, date: 2026-12-01}\n"
                + "  - {rule: transfer.partial-adequacy, path: \"transfers[0]\", reason: DPF-sertifioitu, by: Tiimi,"
                + " date: 2026-12-01}\n");
        CliRun cli = cli();
        assertEquals(1, cli.run("diff", officer.toString(), none.toString()));
        assertEquals("removed contacts dataProtectionOfficer: Tietosuojavastaava\n"
                + "added contacts noDataProtectionOfficer: Tietosuojavastaavaa ei ole nimitetty."
                + " Peruste: Ei laajamittaista käsittelyä\n"
                + "added acknowledgements acknowledgements[0]: dpo.missing at (register), 2026-12-01:"
                + " Alle 10 työntekijää\n"
                + "changed acknowledgements acknowledgements[1]: transfer.partial-adequacy at transfers[0],"
                + " 2026-12-01: DPF-sertifioitu\n", cli.out());
        assertFalse(cli.out().contains("Matti"), "who acknowledged is never printed");

        CliRun notice = cli();
        assertEquals(1, notice.run("diff", officer.toString(), none.toString(), "--format", "md", "--lang", "en"));
        assertTrue(notice.out().contains("- Added: No data protection officer has been designated."), notice.out());
        assertFalse(notice.out().contains("acknowledge") || notice.out().contains("dpo.missing"), notice.out());

        Path onlyAcknowledged = write("acknowledged.yaml", Files.readString(officer).replace("Sertifioitu", "DPF"));
        CliRun same = cli();
        assertEquals(1, same.run("diff", officer.toString(), onlyAcknowledged.toString(), "--format", "md"));
        // The register changed (exit 1), the notice its subjects read did not.
        assertTrue(same.out().contains("Tietosuojaseloste ei ole muuttunut edellisestä versiosta."), same.out());
        assertFalse(same.out().contains("## 1."), same.out());
    }

    @Test
    void aNoticeWithoutADateAsksForOne() throws IOException {
        Path undated = write("undated.yaml", Files.readString(after).replace(
                "metadata: {version: \"2\", date: 2026-03-01}\n", ""));
        CliRun cli = cli();
        assertEquals(2, cli.run("diff", before.toString(), undated.toString(), "--format", "md"));
        assertEquals("rekisteri: " + undated + " gives no date in its metadata for the change notice; give --date,"
                + " as --date 2026-03-01\n", cli.err());
        assertEquals("", cli.out());
    }

    @Test
    void troubleIsTwoNeverOne() throws IOException {
        CliRun missing = cli();
        assertEquals(2, missing.run("diff", before.toString(), dir.resolve("nope.yaml").toString()));
        assertTrue(missing.err().contains("no such file"), missing.err());
        CliRun pdf = cli();
        assertEquals(2, pdf.run("diff", before.toString(), after.toString(), "--format", "pdf"));
        assertEquals("rekisteri: diff has no --format 'pdf'; expected one of text, md, html\n", pdf.err());
        CliRun date = cli();
        assertEquals(2, date.run("diff", before.toString(), after.toString(), "--date", "1.3.2026"));
        assertEquals("rekisteri: --date '1.3.2026' is not a date; write it as 2026-03-01\n", date.err());
        CliRun overwrite = cli();
        assertEquals(2, overwrite.run("diff", before.toString(), after.toString(), "-o", after.toString()));
        assertTrue(overwrite.err().contains("is the register file"), overwrite.err());
        CliRun unwritable = cli();
        assertEquals(2, unwritable.run("diff", before.toString(), after.toString(), "-o",
                dir.resolve("no-such-dir/out.txt").toString()));
    }

    @Test
    void theNoticeGoesToAFile() throws IOException {
        CliRun cli = cli();
        Path out = dir.resolve("muutokset.md");
        assertEquals(1, cli.run("diff", before.toString(), after.toString(), "--format", "MD", "-o", out.toString()));
        assertTrue(Files.readString(out).startsWith("# Muutokset 1.3.2026\n"));
        assertEquals("", cli.out());
    }

    @Test
    void helpNamesTheExitStatus() throws IOException {
        CliRun cli = cli();
        assertEquals(0, cli.run("diff", "--help"));
        assertTrue(cli.out().contains("0   the registers say the same"), cli.out());
        assertTrue(cli.out().contains("--format=FORMAT"), cli.out());
    }
}
