package fi.rekisteri.export.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code render --format xlsx}, {@code --bom}, and binary output that never goes onto a terminal. */
class SpreadsheetOutputTest {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    @TempDir
    Path dir;

    private CliRun cli;
    private String seed;

    @BeforeEach
    void copySeed() throws IOException {
        cli = new CliRun(dir);
        seed = cli.seed().toString();
    }

    @Test
    void writesTheArt30RecordAsXlsxOnlyForTheArt30Type() throws IOException {
        assertEquals(2, cli.run("render", seed, "--format", "xlsx"));
        assertEquals("rekisteri: --format xlsx writes the Art. 30 record: use it with --type art30\n", cli.err());
        Path xlsx = dir.resolve("record.xlsx");
        assertEquals(0, cli.run("render", seed, "--type", "art30", "--format", "xlsx", "-o", xlsx.toString()),
                cli.err());
        try (ReadableWorkbook workbook = new ReadableWorkbook(xlsx.toFile())) {
            assertEquals(1 + 6, workbook.getFirstSheet().read().size(), "a header and one row per purpose");
        }
    }

    @Test
    void binaryOutputGoesToARedirectedStandardOutputUnchanged() throws IOException {
        assertEquals(0, cli.run("render", seed, "--type", "art30", "--format", "xlsx"), cli.err());
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(cli.outBytes()))) {
            assertEquals(1 + 6, workbook.getFirstSheet().read().size());
        }
    }

    @Test
    void binaryOutputNeverGoesOntoATerminal() {
        assertEquals(2, cli.runOnATerminal("render", seed, "--type", "art30", "--format", "xlsx"));
        assertEquals("rekisteri: --format xlsx is binary and standard output is a terminal: give -o FILE or redirect"
                + " the output; nothing was written\n", cli.err());
        assertEquals(2, cli.runOnATerminal("render", seed, "--format", "pdf"));
        assertTrue(cli.err().endsWith("rekisteri: --format pdf is binary and standard output is a terminal: give -o"
                + " FILE or redirect the output; nothing was written\n"), cli.err());
        assertEquals(0, cli.outBytes().length, "nothing on the terminal");
        assertEquals(0, cli.runOnATerminal("render", seed, "--format", "text"), "text is filtered for the terminal");
        assertTrue(cli.out().startsWith("Tietosuojaseloste\n"), cli.out()); // the default --type
    }

    @Test
    void aTerminalDoesNotStopAnOutputFile() throws IOException {
        Path pdf = dir.resolve("seloste.pdf");
        assertEquals(0, cli.runOnATerminal("render", seed, "--format", "pdf", "-o", pdf.toString()), cli.err());
        assertEquals("%PDF-", new String(Arrays.copyOf(Files.readAllBytes(pdf), 5), java.nio.charset.StandardCharsets.US_ASCII));
    }

    @Test
    void bomStartsTheCsvWithAByteOrderMark() throws IOException {
        Path plain = dir.resolve("plain.csv");
        Path marked = dir.resolve("marked.csv");
        assertEquals(0, cli.run("render", seed, "--type", "art30", "--format", "csv", "-o", plain.toString()));
        assertEquals(0, cli.run("render", seed, "--type", "art30", "--format", "csv", "--bom", "-o",
                marked.toString()));
        byte[] withMark = Files.readAllBytes(marked);
        byte[] without = Files.readAllBytes(plain);
        assertArrayEquals(BOM, Arrays.copyOf(withMark, 3));
        assertFalse(Arrays.equals(BOM, Arrays.copyOf(without, 3)), "no mark unless asked");
        assertArrayEquals(without, Arrays.copyOfRange(withMark, 3, withMark.length), "then the same CSV");
    }

    @Test
    void bomOnStandardOutputToo() {
        assertEquals(0, cli.run("render", seed, "--type", "art30", "--format", "csv", "--bom"), cli.err());
        assertArrayEquals(BOM, Arrays.copyOf(cli.outBytes(), 3));
    }

    @Test
    void bomAppliesToCsvOnly() {
        for (String format : new String[] {"text", "html", "xlsx", "jsonld"}) {
            assertEquals(2, cli.run("render", seed, "--type", "art30", "--format", format, "--bom"), format);
        }
        assertTrue(cli.err().endsWith("rekisteri: --bom applies to --format csv only\n"), cli.err());
        assertEquals(0, cli.outBytes().length);
    }
}
