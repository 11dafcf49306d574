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

/**
 * {@code FILE…|DIR}: a directory stands for its registers, not for the rules, taxonomy or JSON Schema files an
 * organisation keeps beside them.
 */
class DirectoryOfRegistersTest {

    private static final Path ORGANISATION = Path.of("..", "examples", "organisaatio");
    private static final Path SHOP = Path.of("..", "examples", "verkkokauppa", "register.yaml");
    private static final Path SCHEMAS = Path.of("src", "main", "resources", "fi", "rekisteri", "export");
    /** A taxonomy file (tab-separated), named as if it were YAML. */
    private static final String TAXONOMY = "key\tkind\tsensitivities\tground\tdpv\tfideslang"
            + "\tlabel.fi\tlabel.sv\tlabel.en\tdescription.fi\tdescription.sv\tdescription.en\n"
            + "loyalty-card\tdata-category\t\t\t\t\tKanta-asiakaskortti\tStamkundskort\tLoyalty card"
            + "\tKortin tiedot.\tKortets uppgifter.\tThe card's details.\n";

    @TempDir
    Path dir;

    private CliRun cli;
    private Path registers;

    /** The whole example directory, its rules.yaml included, as an organisation keeps it. */
    @BeforeEach
    void copyTheOrganisation() throws IOException {
        cli = new CliRun(dir);
        registers = Files.createDirectory(dir.resolve("registers"));
        try (Stream<Path> files = Files.list(ORGANISATION)) {
            for (Path file : files.toList()) {
                Files.copy(file, registers.resolve(file.getFileName()));
            }
        }
    }

    @Test
    void theRulesFileBesideTheRegistersIsNotCheckedAsARegister() {
        assertEquals(1, cli.run("check", "--rules", registers.resolve("rules.yaml").toString(), registers.toString(),
                "--lang", "en"), cli.err());
        assertFalse(cli.out().contains("rules.yaml:"), cli.out());
        assertTrue(cli.out().contains("terveyspalvelut.yaml:"), cli.out());
        assertTrue(cli.out().contains("no-health-marketing"), cli.out());
        assertEquals("", cli.err());
    }

    @Test
    void aRulesFileIsKnownByItsContentWhateverItsName() throws IOException {
        Files.move(registers.resolve("rules.yaml"), registers.resolve("zz-policy.yaml"));
        assertEquals(0, cli.run("render", registers.toString(), "--type", "art30", "-o",
                dir.resolve("record.md").toString(), "--format", "md"), cli.err());
        assertFalse(cli.err().contains("zz-policy"), cli.err());
        String record = Files.readString(dir.resolve("record.md"));
        assertTrue(record.contains("Laskutus") && record.contains("Uutiskirje"), record);
    }

    @Test
    void theTaxonomyFileGivenIsNotReadAsARegisterEvenWithARegistersExtension() throws IOException {
        Path taxonomy = Files.writeString(registers.resolve("taxonomy.yaml"), TAXONOMY);
        assertEquals(1, cli.run("check", "--taxonomy", taxonomy.toString(), registers.toString()), cli.err());
        assertFalse(cli.out().contains("taxonomy.yaml:"), cli.out());
        assertEquals("", cli.err());
        // Not given as the taxonomy, it is a file among the registers, and it is not a register.
        CliRun without = new CliRun(Files.createDirectory(dir.resolve("without")));
        assertEquals(2, without.run("check", registers.toString()));
        assertTrue(without.err().contains("taxonomy.yaml"), without.err());
    }

    @Test
    void aRulesFileNamedOnTheCommandLineIsReadAsTheRegisterItIsGivenAs() {
        assertEquals(2, cli.run("check", registers.resolve("rules.yaml").toString()));
        assertTrue(cli.err().contains("unknown property 'rules'"), cli.err());
    }

    @Test
    void aDirectoryOfOnlyARulesFileHasNoRegisters() throws IOException {
        Path only = Files.createDirectory(dir.resolve("only-rules"));
        Files.copy(ORGANISATION.resolve("rules.yaml"), only.resolve("rules.yaml"));
        assertEquals(2, cli.run("check", only.toString()));
        assertEquals("rekisteri: cannot read the register file " + only + ": it is a directory with no register"
                + " files (only rules, taxonomy or JSON Schema files)\n", cli.err());
    }

    /** A register that checks clean as an Art. 13 notice, a rules file it passes, and the schemas the project ships. */
    private Path cleanDirectory() throws IOException {
        Path clean = Files.createDirectory(dir.resolve("clean"));
        Files.copy(SHOP, clean.resolve("verkkokauppa.yaml"));
        Files.writeString(clean.resolve("rules.yaml"), "rules:\n  - id: no-health-marketing\n    severity: error\n"
                + "    message: {fi: Ei terveystietoja markkinointiin, sv: Inga hälsouppgifter, en: No health data}\n"
                + "    deny:\n      dataCategories: {matches: any, values: [health]}\n"
                + "      purposes: {matches: any, values: [marketing]}\n");
        for (String schema : List.of("register.schema.json", "rules.schema.json")) {
            Files.copy(SCHEMAS.resolve(schema), clean.resolve(schema));
        }
        return clean;
    }

    @Test
    void theShippedSchemasBesideTheRegistersAreNotReadAsRegisters() throws IOException {
        Path clean = cleanDirectory();
        assertEquals(0, cli.run("check", "--rules", clean.resolve("rules.yaml").toString(), clean.toString(),
                "--type", "art13", "--lang", "en"), cli.err() + cli.out());
        assertEquals("", cli.err());
        assertTrue(cli.out().contains("verkkokauppa.yaml"), cli.out());
        assertFalse(cli.out().contains("schema.json"), cli.out());
        // Without --rules the rules file is known by its content, as the schemas are.
        CliRun plain = new CliRun(Files.createDirectory(dir.resolve("plain")));
        assertEquals(0, plain.run("check", clean.toString(), "--type", "art13"), plain.err());
        assertEquals("", plain.err());
    }

    @Test
    void aJsonFileThatIsNeitherRegisterNorRulesNorSchemaIsStillReported() throws IOException {
        Path clean = cleanDirectory();
        // A $schema naming the register schema is a register's: this one is a broken register, not a schema.
        Files.writeString(clean.resolve("draft.json"),
                "{\"$schema\": \"https://rekisteri.fi/schema/register/1/register.schema.json\", \"title\": \"x\"}\n");
        Files.writeString(clean.resolve("notes.json"), "{\"title\": \"Muistiinpanot\"}\n");
        assertEquals(2, cli.run("check", clean.toString(), "--type", "art13"));
        assertTrue(cli.err().contains("draft.json") && cli.err().contains("notes.json"), cli.err());
        assertFalse(cli.err().contains("schema.json:"), cli.err());
    }

    @Test
    void aSchemaIsKnownByItsMetaSchemaOfAnyDraft() {
        assertTrue(RegisterFiles.isJsonSchemaMetaSchema("https://json-schema.org/draft/2020-12/schema"));
        assertTrue(RegisterFiles.isJsonSchemaMetaSchema("http://json-schema.org/draft-07/schema#"));
        assertFalse(RegisterFiles.isJsonSchemaMetaSchema(
                "https://rekisteri.fi/schema/register/1/register.schema.json"));
        assertFalse(RegisterFiles.isJsonSchemaMetaSchema("../register.schema.json"));
        assertFalse(RegisterFiles.isJsonSchemaMetaSchema("https://json-schema.org.example.com/schema"));
        assertFalse(RegisterFiles.isJsonSchemaMetaSchema("not a :: uri"));
    }

    @Test
    void aBrokenFileIsStillReadAsARegisterAndItsErrorsReported() throws IOException {
        Files.writeString(registers.resolve("broken.yaml"), "rules: [\n");
        assertEquals(2, cli.run("check", registers.toString()));
        assertTrue(cli.err().contains("broken.yaml"), cli.err());
    }
}
