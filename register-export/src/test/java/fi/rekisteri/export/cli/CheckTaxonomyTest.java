package fi.rekisteri.export.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --taxonomy} on check, render and convert, and the unknown-key finding of {@code check}. */
class CheckTaxonomyTest {

    private static final String ORGANISATION_TAXONOMY = "key\tkind\tsensitivities\tground\tdpv\tfideslang"
            + "\tlabel.fi\tlabel.sv\tlabel.en\tdescription.fi\tdescription.sv\tdescription.en\n"
            + "loyalty-card\tdata-category\t\t\t\t\tKanta-asiakaskortti\tStamkundskort\tLoyalty card"
            + "\tKortin tiedot.\tKortets uppgifter.\tThe card's details.\n";

    private static final String REGISTER = """
            formatVersion: 1
            key: asiakkaat
            name: {fi: Asiakkaat, sv: Kunder, en: Customers}
            controller: {name: Esimerkki Oy, email: tietosuoja@esimerkki.fi}
            subjectCategories:
              - taxonomy: customer
            dataCategories:
              - taxonomy: contact
              - taxonomy: contact.email
              - key: loyalty-card
                name: {fi: Kanta-asiakaskortti}
            purposes:
              - taxonomy: customer-management
                legalBasis: contract
                categories: [contact.email, loyalty-card]
            sources:
              - type: data-subject
                description: {fi: rekisteröidyltä itseltään}
            transfers:
              type: none
            """;

    @TempDir
    Path dir;

    private CliRun cli;
    private Path register;
    private Path taxonomy;

    @BeforeEach
    void write() throws IOException {
        cli = new CliRun(dir);
        register = Files.writeString(dir.resolve("asiakkaat.yaml"), REGISTER);
        taxonomy = Files.writeString(dir.resolve("taxonomy.tsv"), ORGANISATION_TAXONOMY);
    }

    private List<String> unknownKeyLines() {
        return cli.out().lines().filter(line -> line.contains("taxonomy.unknown-key")).toList();
    }

    @Test
    void checkReportsAKeyNeitherInTheTaxonomyNorUnderOne() throws IOException {
        Path headerOnly = Files.writeString(dir.resolve("none.tsv"), ORGANISATION_TAXONOMY.lines().findFirst()
                .orElseThrow() + "\n");
        cli.run("check", "--taxonomy", headerOnly.toString(), register.toString(), "--lang", "en");
        assertEquals(List.of("WARNING taxonomy.unknown-key at dataCategories[2].key: The key loyalty-card is neither"
                + " in the taxonomy nor under one of its keys: pick a taxonomy key, put your own key under one (such as"
                + " contact.own), or add it to the organisation’s taxonomy file."), unknownKeyLines(), cli.out());
    }

    @Test
    void aMissingTaxonomyFileExitsTwo() {
        assertEquals(2, cli.run("check", "--taxonomy", dir.resolve("missing.tsv").toString(), register.toString()));
        assertTrue(cli.err().contains("missing.tsv"), cli.err());
    }

    @Test
    void theOrganisationsTaxonomyMakesItsKeyKnown() {
        cli.run("check", "--taxonomy", taxonomy.toString(), register.toString());
        assertEquals(List.of(), unknownKeyLines(), cli.out());
    }

    @Test
    void withoutRulesOrTaxonomyCheckLeavesKeysAlone() {
        cli.run("check", register.toString());
        assertEquals(List.of(), unknownKeyLines(), cli.out());
    }

    @Test
    void aBadTaxonomyFileIsReportedWithItsLine() throws IOException {
        Path bad = Files.writeString(dir.resolve("bad.tsv"), ORGANISATION_TAXONOMY + "x\tsecret\n");
        assertEquals(2, cli.run("check", "--taxonomy", bad.toString(), register.toString()));
        assertTrue(cli.err().contains("bad.tsv:3"), cli.err());
        assertEquals("", cli.out());
    }

    @Test
    void renderUsesTheTaxonomysLabelsInTheRequestedLanguage() {
        assertEquals(0, cli.run("render", register.toString(), "--lang", "sv", "--format", "md"), cli.err());
        assertTrue(cli.out().contains("E-postadress"), cli.out());
        assertFalse(cli.out().contains("Sähköpostiosoite"), cli.out());
    }

    @Test
    void renderAndConvertReadTheOrganisationsReferences() throws IOException {
        Path referring = Files.writeString(dir.resolve("kortti.yaml"), REGISTER.replace(
                "  - key: loyalty-card\n    name: {fi: Kanta-asiakaskortti}\n", "  - taxonomy: loyalty-card\n"));
        assertEquals(2, cli.run("render", referring.toString()));
        assertTrue(cli.err().contains("'loyalty-card' is not a data-category of the taxonomy"), cli.err());

        assertEquals(0, cli.run("render", "--taxonomy", taxonomy.toString(), referring.toString(), "--lang", "en"),
                cli.err());
        assertTrue(cli.out().contains("Loyalty card"), cli.out());

        Path json = dir.resolve("kortti.json");
        assertEquals(0, cli.run("convert", "--taxonomy", taxonomy.toString(), referring.toString(), "-o",
                json.toString()), cli.err());
        String converted = Files.readString(json);
        assertTrue(converted.contains("\"taxonomy\" : \"loyalty-card\""), converted);
        assertTrue(converted.contains("\"taxonomy\" : \"contact.email\""), converted);
    }
}
