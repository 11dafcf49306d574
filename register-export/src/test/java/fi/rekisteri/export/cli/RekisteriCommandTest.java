package fi.rekisteri.export.cli;

import static fi.rekisteri.export.TestRegisters.resource;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.rekisteri.export.RegisterReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RekisteriCommandTest {

    @TempDir
    Path dir;

    private CliRun cli;
    private Path seed;

    @BeforeEach
    void copySeed() throws IOException {
        cli = new CliRun(dir);
        seed = cli.seed();
    }

    @Test
    void rendersTheSeedAsAFinnishRekisteriselosteToAFile() throws IOException {
        Path output = dir.resolve("seloste.txt");
        assertEquals(0, cli.run("render", seed.toString(), "--type", "rekisteriseloste", "--lang", "fi",
                "--format", "text", "-o", output.toString()), cli.err());
        assertEquals(resource("/golden/mainostakomo-rekisteriseloste-fi.txt"), withoutTextBox(Files.readString(output)));
    }

    /** The document without the findings box, which {@code RenderFindingsTest} looks at. */
    private static String withoutTextBox(String text) {
        int start = text.indexOf("\n\n****");
        int end = text.indexOf("****\n", text.indexOf("\n* ", start)) + "****\n".length();
        assertTrue(start > 0 && end > start, text);
        return text.substring(0, start + 1) + text.substring(end);
    }

    @Test
    void rendersMarkdownToStandardOutput() throws IOException {
        assertEquals(0, cli.run("render", seed.toString(), "--type", "rekisteriseloste", "--format", "md"), cli.err());
        String md = cli.out();
        // The findings box is a block quote after the subtitle; the rest is the statement as the golden file has it.
        String withoutBox = md.lines().filter(line -> !line.startsWith(">")).collect(Collectors.joining("\n", "", "\n"))
                .replace("\n\n\n", "\n\n");
        assertTrue(md.contains("> - VAROITUS legacy.reference (security.manual): "), md);
        assertEquals(resource("/golden/mainostakomo-rekisteriseloste-fi.md"), withoutBox);
    }

    @Test
    void reportsAnInvalidRegisterWithLineAndColumnAndWritesNothing() throws IOException {
        Path bad = dir.resolve("bad.yaml");
        Files.writeString(bad, "key: r\nname: {fi: R}\ncontroller: {name: Oy}\npurposes:\n"
                + "  - {key: a, name: {fi: A}, legalBasis: contrakt}\n");
        Path output = dir.resolve("out.txt");
        Files.writeString(output, "earlier");
        assertEquals(2, cli.run("render", bad.toString(), "-o", output.toString()));
        assertTrue(cli.err().startsWith(bad + ":5:41: purposes[0].legalBasis: unknown value 'contrakt'"), cli.err());
        assertFalse(cli.err().contains("Exception"), cli.err());
        assertEquals("earlier", Files.readString(output), "the old output must stay as it was");
    }

    @Test
    void reportsAMissingFileWithoutAStackTrace() {
        assertEquals(2, cli.run("render", dir.resolve("missing.yaml").toString()));
        assertTrue(cli.err().contains("missing.yaml: no such file"), cli.err());
        assertFalse(cli.err().contains("\tat "), cli.err());
    }

    @Test
    void reportsAFileThatIsNotUtf8() throws IOException {
        Path latin1 = dir.resolve("latin1.yaml");
        Files.write(latin1, "key: r\nname: {fi: Rekisterinpit\u00e4j\u00e4}\n".getBytes(StandardCharsets.ISO_8859_1));
        assertEquals(2, cli.run("render", latin1.toString()));
        assertTrue(cli.err().contains("not UTF-8 text"), cli.err());
    }

    @Test
    void reportsAnUnknownLanguageAsAUsageError() {
        assertEquals(2, cli.run("render", seed.toString(), "--lang", "de"));
        assertEquals("rekisteri: unknown --lang 'de'; expected one of fi, sv, en\n", cli.err());
        assertFalse(cli.err().contains("Exception"), cli.err());
    }

    @Test
    void convertsYamlToJsonWithoutLoss() throws IOException {
        Path json = dir.resolve("register.json");
        assertEquals(0, cli.run("convert", seed.toString(), "-o", json.toString()), cli.err());
        assertEquals(RegisterReader.create().read(seed), RegisterReader.create().read(json));
    }

    @Test
    void refusesToConvertToAnUnknownExtension() {
        assertEquals(2, cli.run("convert", seed.toString(), "-o", dir.resolve("register.xml").toString()));
        assertTrue(cli.err().contains(".yaml, .yml or .json"), cli.err());
    }

    @Test
    void printsItsVersion() {
        assertEquals(0, cli.run("--version"));
        assertTrue(cli.out().startsWith("rekisteri "), cli.out());
    }

    @Test
    void writesTheArt30RecordAsCsvOnlyForTheArt30Type() throws IOException {
        assertEquals(2, cli.run("render", seed.toString(), "--format", "csv"));
        assertEquals("rekisteri: --format csv writes the Art. 30 record: use it with --type art30\n", cli.err());
        Path csv = dir.resolve("record.csv");
        assertEquals(0, cli.run("render", seed.toString(), "--type", "art30", "--format", "csv", "-o", csv.toString()),
                cli.err());
        assertEquals(1 + 6, Files.readAllLines(csv).size(), "a header and one row per purpose");
    }

    @Test
    void writesJsonLdAndRefusesUnknownFormats() {
        assertEquals(0, cli.run("render", seed.toString(), "--format", "jsonld"), cli.err());
        assertTrue(cli.out().contains("\"dpv:Process\""));
        assertEquals(2, cli.run("render", seed.toString(), "--format", "docx"));
        assertTrue(cli.err().contains("unknown --format 'docx'; expected one of text, md, html, pdf, csv, xlsx, jsonld"),
                cli.err());
    }

    @Test
    void aTemplateAppliesToTheFormatsThatTakeOne() throws IOException {
        Path template = Files.writeString(dir.resolve("page.mustache"), "<h1>{{title}}</h1>\n");
        assertEquals(2, cli.run("render", seed.toString(), "--format", "csv", "--type", "art30",
                "--template", template.toString()));
        assertEquals("rekisteri: --template applies to --format html and pdf only\n", cli.err());
        assertEquals(0, cli.run("render", seed.toString(), "--type", "rekisteriseloste", "--format", "html", "--template",
                template.toString()),
                cli.err());
        assertEquals("<h1>Rekisteriseloste</h1>\n", cli.out());
    }

    @Test
    void jsonLdIsTheRegisterItselfAndNotChecked() {
        assertEquals(0, cli.run("render", seed.toString(), "--format", "jsonld", "--type", "art13",
                "--findings", "refuse"), cli.err());
        assertEquals("", cli.err());
        assertTrue(cli.out().endsWith("}\n"), cli.out());
    }

    @Test
    void aPdfOnStandardOutputIsTheBinaryAsItIs() throws IOException {
        java.io.ByteArrayOutputStream raw = new java.io.ByteArrayOutputStream();
        java.io.PrintStream out = new java.io.PrintStream(raw, true, StandardCharsets.UTF_8);
        assertEquals(0, RekisteriCommand.run(out, System.err, "render", seed.toString(), "--format", "pdf"));
        try (org.apache.pdfbox.pdmodel.PDDocument pdf = org.apache.pdfbox.Loader.loadPDF(raw.toByteArray())) {
            assertTrue(pdf.getNumberOfPages() > 0);
        }
    }
}
