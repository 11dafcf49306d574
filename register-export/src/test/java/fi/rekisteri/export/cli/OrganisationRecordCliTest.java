package fi.rekisteri.export.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.rekisteri.core.Language;
import fi.rekisteri.core.Register;
import fi.rekisteri.export.RegisterFormat;
import fi.rekisteri.export.RegisterReader;
import fi.rekisteri.export.document.DocumentFormat;
import fi.rekisteri.export.document.DocumentSource;
import fi.rekisteri.export.document.Documents;
import fi.rekisteri.export.document.Outline;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code render --type art30 FILE…|DIR}: one Art. 30 record across the registers of one controller, in every format
 * of the record, from the three registers of {@code examples/organisaatio}.
 */
class OrganisationRecordCliTest {

    private static final Path EXAMPLE = Path.of("../examples/organisaatio");
    private static final List<String> REGISTERS = List.of("asiakkaat.yaml", "henkilosto.yaml", "terveyspalvelut.yaml");
    /** The one purpose of each register, in the directory's (name) order. */
    private static final List<String> ACTIVITIES = List.of("Laskutus", "Palkanmaksu", "Uutiskirje");

    @TempDir
    Path temp;

    private Path registers;
    private CliRun cli;

    @BeforeEach
    void copyTheExample() throws IOException {
        registers = Files.createDirectory(temp.resolve("rekisterit"));
        for (String name : REGISTERS) {
            Files.copy(EXAMPLE.resolve(name), registers.resolve(name));
        }
        cli = new CliRun(Files.createDirectory(temp.resolve("seed")));
    }

    @Test
    void aDirectoryOfOneControllersRegistersIsOneTextRecord() {
        assertEquals(0, cli.run("render", registers.toString(), "--type", "art30"), cli.err());
        String text = cli.out();
        assertTrue(text.startsWith("Seloste käsittelytoimista\nEsimerkki Oy\n"), text);
        assertEquals(1, count(text, "tietosuoja@esimerkki.fi"), "the controller block once: " + text);
        for (String activity : ACTIVITIES) {
            assertTrue(text.contains(activity), activity + " in " + text);
        }
        for (String register : List.of("(asiakkaat)", "(henkilosto)", "(terveyspalvelut)")) {
            assertTrue(text.contains("Esimerkki Oy:n rekisteri " + register), register);
        }
        assertTrue(text.indexOf("(asiakkaat)") < text.indexOf("(henkilosto)")
                && text.indexOf("(henkilosto)") < text.indexOf("(terveyspalvelut)"), "the registers in name order");
        assertEquals("", cli.err());
    }

    private void replaceIn(String register, String text, String replacement) throws IOException {
        Path file = registers.resolve(register);
        String before = Files.readString(file);
        assertTrue(before.contains(text), before);
        Files.writeString(file, before.replace(text, replacement));
    }

    @Test
    void registersNamingDifferentDposHaveEachListedWithTheRegistersThatNameIt() throws IOException {
        replaceIn("henkilosto.yaml", "  name: Tietosuojavastaava\n  email: dpo@esimerkki.fi",
                "  name: Henkilöstön tietosuojavastaava\n  email: hr-dpo@esimerkki.fi");
        assertEquals(0, cli.run("render", registers.toString(), "--type", "art30"), cli.err());
        String text = cli.out();
        int shared = text.indexOf("Tietosuojavastaava – Esimerkki Oy:n rekisteri (asiakkaat), Esimerkki Oy:n"
                + " rekisteri (terveyspalvelut):\n");
        int own = text.indexOf("Tietosuojavastaava – Esimerkki Oy:n rekisteri (henkilosto):\n");
        assertTrue(shared > 0 && own > shared, text);
        assertTrue(text.indexOf("dpo@esimerkki.fi", shared) < own, text);
        assertTrue(text.indexOf("hr-dpo@esimerkki.fi") > own, text);
        assertFalse(text.contains("Tietosuojavastaava:\n"), "no DPO stands for the whole record: " + text);
        assertTrue(text.indexOf("hr-dpo@esimerkki.fi") < text.indexOf("Laskutus"), "in the controller section");
    }

    @Test
    void oneDpoIsListedOnceEvenWhenARegisterSaysNothingOfIt() throws IOException {
        replaceIn("asiakkaat.yaml", "dataProtectionOfficer:\n  name: Tietosuojavastaava\n  email: dpo@esimerkki.fi\n",
                "");
        assertEquals(0, cli.run("render", registers.toString(), "--type", "art30", "--lang", "en"), cli.err());
        String text = cli.out();
        assertEquals(1, count(text, "Data protection officer:\n"), text);
        assertEquals(1, count(text, "dpo@esimerkki.fi"), text);
        assertFalse(text.contains("Data protection officer –"), text);
    }

    @Test
    void registersNamingDifferentRepresentativesHaveEachListed() throws IOException {
        replaceIn("asiakkaat.yaml", "dataProtectionOfficer:", "representative:\n  name: Edustaja GmbH\n"
                + "  email: eu@edustaja.example\ndataProtectionOfficer:");
        assertEquals(0, cli.run("render", registers.toString(), "--type", "art30", "--lang", "en"), cli.err());
        assertEquals(1, count(cli.out(), "The controller’s representative in the EU:\n"), "one register names one: "
                + cli.out());
        replaceIn("terveyspalvelut.yaml", "dataProtectionOfficer:", "representative:\n  name: Toinen AB\n"
                + "  email: eu@toinen.example\ndataProtectionOfficer:");
        CliRun again = new CliRun(Files.createDirectory(temp.resolve("again")));
        assertEquals(0, again.run("render", registers.toString(), "--type", "art30", "--lang", "en"), again.err());
        String text = again.out();
        assertTrue(text.contains("The controller’s representative in the EU – Esimerkki Oy:n rekisteri"
                + " (asiakkaat):\n\nName: Edustaja GmbH"), text);
        assertTrue(text.contains("The controller’s representative in the EU – Esimerkki Oy:n rekisteri"
                + " (terveyspalvelut):\n\nName: Toinen AB"), text);
        assertFalse(text.contains("The controller’s representative in the EU:"), text);
    }

    @Test
    void theFindingsBoxNamesEachFindingsFile() throws IOException {
        Path broken = registers.resolve("henkilosto.yaml");
        Files.writeString(broken, Files.readString(broken).replace("    legalBasis:\n      type: legal-obligation\n"
                + "      law:\n        fi: Kirjanpitolaki 1336/1997\n", ""));
        assertEquals(0, cli.run("render", registers.toString(), "--type", "art30"), cli.err());
        assertTrue(cli.out().contains(broken + ": VAROITUS purpose.legal-basis (purposes[0].legalBasis)"), cli.out());
        for (String register : REGISTERS) {
            assertTrue(cli.out().contains(registers.resolve(register) + ": VIRHE disclosure.missing (disclosures)"),
                    register + " in " + cli.out());
        }

        assertEquals(1, cli.run("render", registers.toString(), "--type", "art30", "--findings", "refuse",
                "-o", temp.resolve("refused.txt").toString()));
        for (String register : REGISTERS) {
            assertTrue(cli.err().contains(registers.resolve(register) + ": ERROR   disclosure.missing at disclosures"),
                    register + " in " + cli.err());
        }
        assertFalse(Files.exists(temp.resolve("refused.txt")));
    }

    @Test
    void theCsvHasOneRowPerActivityOfEveryRegister() throws IOException {
        Path csv = temp.resolve("art30.csv");
        List<String> files = REGISTERS.stream().map(n -> registers.resolve(n).toString()).toList();
        List<String> args = new ArrayList<>(List.of("render"));
        args.addAll(files);
        args.addAll(List.of("--type", "art30", "--format", "csv", "-o", csv.toString()));
        assertEquals(0, cli.run(args.toArray(String[]::new)), cli.err());
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(Files.newBufferedReader(csv)).getRecords();
        assertEquals(ACTIVITIES, rows.stream().map(r -> r.get("Käsittelyn tarkoitus")).toList());
        assertEquals(List.of("Esimerkki Oy:n rekisteri (asiakkaat)", "Esimerkki Oy:n rekisteri (henkilosto)",
                "Esimerkki Oy:n rekisteri (terveyspalvelut)"), rows.stream().map(r -> r.get("Rekisteri")).toList());
    }

    @Test
    void theXlsxReadsBackWithARowPerActivity() throws IOException {
        Path xlsx = temp.resolve("art30.xlsx");
        assertEquals(0, cli.run("render", registers.toString(), "--type", "art30", "--format", "xlsx",
                "-o", xlsx.toString()), cli.err());
        try (InputStream in = Files.newInputStream(xlsx); ReadableWorkbook workbook = new ReadableWorkbook(in)) {
            List<Row> rows;
            try (Stream<Row> read = workbook.getFirstSheet().openStream()) {
                rows = read.toList();
            }
            assertEquals(1 + ACTIVITIES.size(), rows.size());
            assertEquals("Käsittelyn tarkoitus", rows.get(0).getCellText(4));
            assertEquals(ACTIVITIES, rows.subList(1, rows.size()).stream().map(r -> r.getCellText(4)).toList());
        }
    }

    @Test
    void everyTextFormatOfTheRecordTakesADirectory() throws IOException {
        for (String format : List.of("text", "md", "html", "pdf")) {
            Path out = temp.resolve("art30." + format);
            assertEquals(0, cli.run("render", registers.toString(), "--type", "art30", "--format", format,
                    "-o", out.toString()), format + ": " + cli.err());
            assertTrue(Files.size(out) > 0, format);
        }
        assertTrue(Files.readString(temp.resolve("art30.html")).contains("Palkanmaksu"));
    }

    @Test
    void twoControllersAreRefusedNamingBoth() throws IOException {
        Path other = registers.resolve("henkilosto.yaml");
        Files.writeString(other, Files.readString(other).replace("  name: Esimerkki Oy\n", "  name: Toinen Oy\n"));
        Path out = temp.resolve("art30.txt");
        assertEquals(2, cli.run("render", registers.toString(), "--type", "art30", "-o", out.toString()));
        assertTrue(cli.err().contains("Esimerkki Oy") && cli.err().contains("Toinen Oy"), cli.err());
        assertTrue(cli.err().contains(other.toString()), "names the file: " + cli.err());
        assertFalse(Files.exists(out), "nothing is written");
    }

    @Test
    void oneUnreadableFileStopsTheRecordAndNothingIsWritten() throws IOException {
        Files.writeString(registers.resolve("rikki.yaml"), "formatVersion: 1\nkey: [\n");
        Path out = temp.resolve("art30.csv");
        assertEquals(2, cli.run("render", registers.toString(), "--type", "art30", "--format", "csv",
                "-o", out.toString()));
        assertTrue(cli.err().contains("rikki.yaml"), cli.err());
        assertTrue(cli.err().contains("nothing was written"), cli.err());
        assertFalse(Files.exists(out));
    }

    @Test
    void otherDocumentTypesTakeOneFile() {
        assertEquals(2, cli.run("render", registers.resolve("asiakkaat.yaml").toString(),
                registers.resolve("henkilosto.yaml").toString(), "--type", "art13"));
        assertTrue(cli.err().contains("--type art13 takes one register file"), cli.err());
        assertEquals("", cli.out());
    }

    @Test
    void jsonLdOfSeveralRegistersIsRefused() {
        assertEquals(2, cli.run("render", registers.toString(), "--type", "art30", "--format", "jsonld"));
        assertTrue(cli.err().contains("jsonld writes one register"), cli.err());
    }

    @Test
    void theJavaApiMakesTheSameRecord() throws IOException {
        List<Register> read = new ArrayList<>();
        for (String name : REGISTERS) {
            read.add(RegisterReader.create().read(registers.resolve(name)));
        }
        Outline outline = Documents.art30Outline(read, Language.EN);
        assertEquals(1 + ACTIVITIES.size(), outline.sections().size(), "the controller, then one per activity");
        assertEquals(ACTIVITIES, outline.sections().subList(1, 4).stream().map(s -> s.heading()).toList());

        StringBuilder csv = new StringBuilder();
        Documents.writeArt30Csv(read, Language.FI, csv);
        assertEquals(1 + ACTIVITIES.size(), csv.toString().lines().count());

        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DocumentFormat.TEXT.write(DocumentSource.ofRecord(read, Language.FI), bytes);
        String text = bytes.toString(StandardCharsets.UTF_8);
        assertTrue(text.contains("Uutiskirje"), text);

        Register other = RegisterReader.create().read(
                Files.readString(registers.resolve("asiakkaat.yaml")).replace("key: asiakkaat", "key: muut")
                        .replace("  name: Esimerkki Oy\n", "  name: Toinen Oy\n"), "muut.yaml", RegisterFormat.YAML);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Documents.art30Outline(List.of(read.get(0), other), Language.FI));
        assertTrue(e.getMessage().contains("asiakkaat is Esimerkki Oy's, muut is Toinen Oy's"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> DocumentSource.ofRecord(List.of(), Language.FI));
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }
}
