package fi.rekisteri.export.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * examples/yhdistys/register.yaml, an association's member register in Finnish and Swedish, checked as the notice it
 * is: what the check says of it, and what it says when its business ID is mistyped.
 */
class AssociationExampleTest {

    @TempDir
    Path dir;

    private CliRun cli;
    private Path register;
    private String yaml;

    @BeforeEach
    void copyExample() throws IOException {
        cli = new CliRun(dir);
        try (InputStream in = Objects.requireNonNull(
                AssociationExampleTest.class.getResourceAsStream("/yhdistys/register.yaml"))) {
            yaml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        register = dir.resolve("yhdistys.yaml");
        Files.writeString(register, yaml);
    }

    private List<String> lines() {
        return cli.out().lines().toList();
    }

    @Test
    void checksAsAnArt13NoticeWithWarningsOnlyAboutHowItWritesItsContacts() {
        // The contact points' own details come with the controller's, before the data protection officer.
        assertEquals(0, cli.run("check", register.toString(), "--type", "art13", "--lang", "en"), cli.err());
        assertEquals(List.of(
                "WARNING address.postal-code at contactPoints[1].contact.address.postalCode: The address “Rantatie 4"
                        + " B 12, Esimerkkilä” has no postal code.",
                "WARNING contact.email-spelt-out at contactPoints[1].contact.email: The e-mail address"
                        + " “puheenjohtaja(at)lintuharrastajat.example.fi” is written with its @ sign replaced, against"
                        + " spam. It cannot be used as it stands; write it in the usual form.",
                "INFO    dpo.missing at dataProtectionOfficer: No data protection officer is named. A DPO is mandatory"
                        + " only in the cases listed in Article 37 (public authorities, large-scale regular and"
                        + " systematic monitoring, large-scale processing of special categories of data); where one is"
                        + " designated, their contact details must be given.",
                "art13: 0 errors, 2 warnings, 1 info"), lines());
    }

    @Test
    void aMistypedBusinessIdIsAnErrorOfTheCheckAndTheRestIsStillChecked() throws IOException {
        Files.writeString(register, yaml.replace("businessId: 1572860-0", "businessId: 1572860-1"));
        assertEquals(1, cli.run("check", register.toString(), "--type", "art13"), cli.err());
        assertTrue(lines().contains("ERROR   business-id.check at controller.businessId: Y-tunnus 1572860-1"
                + " (Esimerkkilän Lintuharrastajat ry) on virheellinen: sen tarkistusnumero ei täsmää."),
                lines().toString());
        assertTrue(lines().stream().anyMatch(line -> line.startsWith("WARNING contact.email-spelt-out")),
                lines().toString());
        assertEquals("art13: 1 error, 2 warnings, 1 info", lines().get(lines().size() - 1));

        Path output = dir.resolve("seloste.html");
        assertEquals(1, cli.run("render", register.toString(), "--type", "tietosuojaseloste", "--format", "html",
                "--findings", "refuse", "-o", output.toString()));
        assertFalse(Files.exists(output), "nothing is written");
    }

    @Test
    void rendersTheSwedishNoticeWithTheAssociationsOwnContactsAndDates() throws IOException {
        Path output = dir.resolve("beskrivning.md");
        assertEquals(0, cli.run("render", register.toString(), "--type", "tietosuojaseloste", "--format", "md",
                "--lang", "sv", "-o", output.toString()), cli.err());
        String text = Files.readString(output);
        for (String expected : List.of("Exempelby Fågelvänner rf", "PL 17, 99101 Esimerkkilä",
                "Medlemskap, medlemsavgifter och adressändringar", "Uppdaterad", "Gäller från",
                "Ändringar meddelas i medlemsbrevet")) {
            assertTrue(text.contains(expected), expected + " in\n" + text);
        }
    }
}
