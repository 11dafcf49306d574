package fi.rekisteri.export.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.rekisteri.export.RegisterReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
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

    private Path seed;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void copySeed() throws IOException {
        seed = dir.resolve("register.yaml");
        try (InputStream in = getClass().getResourceAsStream("/mainostakomo/register.yaml")) {
            Files.copy(in, seed);
        }
    }

    private int run(String... args) {
        return RekisteriCommand.run(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), args);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = RekisteriCommandTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void rendersTheSeedAsAFinnishRekisteriselosteToAFile() throws IOException {
        Path output = dir.resolve("seloste.txt");
        assertEquals(0, run("render", seed.toString(), "--type", "rekisteriseloste", "--lang", "fi",
                "--format", "text", "-o", output.toString()), err());
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
        assertEquals(0, run("render", seed.toString(), "--format", "md"), err());
        String md = out.toString(StandardCharsets.UTF_8);
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
        assertEquals(2, run("render", bad.toString(), "-o", output.toString()));
        assertTrue(err().startsWith(bad + ":5:41: purposes[0].legalBasis: unknown value 'contrakt'"), err());
        assertFalse(err().contains("Exception"), err());
        assertEquals("earlier", Files.readString(output), "the old output must stay as it was");
    }

    @Test
    void reportsAMissingFileWithoutAStackTrace() {
        assertEquals(2, run("render", dir.resolve("missing.yaml").toString()));
        assertTrue(err().contains("missing.yaml: no such file"), err());
        assertFalse(err().contains("\tat "), err());
    }

    @Test
    void reportsAFileThatIsNotUtf8() throws IOException {
        Path latin1 = dir.resolve("latin1.yaml");
        Files.write(latin1, "key: r\nname: {fi: Rekisterinpit\u00e4j\u00e4}\n".getBytes(StandardCharsets.ISO_8859_1));
        assertEquals(2, run("render", latin1.toString()));
        assertTrue(err().contains("not UTF-8 text"), err());
    }

    @Test
    void reportsAnUnknownLanguageAsAUsageError() {
        assertEquals(2, run("render", seed.toString(), "--lang", "de"));
        assertTrue(err().contains("unknown language 'de'; expected one of fi, sv, en"), err());
        assertFalse(err().contains("Exception"), err());
    }

    @Test
    void convertsYamlToJsonWithoutLoss() throws IOException {
        Path json = dir.resolve("register.json");
        assertEquals(0, run("convert", seed.toString(), "-o", json.toString()), err());
        assertEquals(RegisterReader.create().read(seed), RegisterReader.create().read(json));
    }

    @Test
    void refusesToConvertToAnUnknownExtension() {
        assertEquals(2, run("convert", seed.toString(), "-o", dir.resolve("register.xml").toString()));
        assertTrue(err().contains(".yaml, .yml or .json"), err());
    }

    @Test
    void printsItsVersion() {
        assertEquals(0, run("--version"));
        assertTrue(out.toString(StandardCharsets.UTF_8).startsWith("rekisteri "), out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void writesTheArt30RecordAsCsvOnlyForTheArt30Type() throws IOException {
        assertEquals(2, run("render", seed.toString(), "--format", "csv"));
        assertTrue(err().contains("--type art30"), err());
        Path csv = dir.resolve("record.csv");
        assertEquals(0, run("render", seed.toString(), "--type", "art30", "--format", "csv", "-o", csv.toString()),
                err());
        assertEquals(1 + 6, Files.readAllLines(csv).size(), "a header and one row per purpose");
    }

    @Test
    void writesJsonLdAndRefusesUnknownFormats() {
        assertEquals(0, run("render", seed.toString(), "--format", "jsonld"), err());
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("\"dpv:Process\""));
        assertEquals(2, run("render", seed.toString(), "--format", "docx"));
        assertTrue(err().contains("unknown format 'docx'; expected one of text, md, html, pdf, csv, jsonld"), err());
    }
}
