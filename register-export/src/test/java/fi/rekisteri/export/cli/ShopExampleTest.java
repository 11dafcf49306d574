package fi.rekisteri.export.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
 * examples/verkkokauppa/register.yaml, a web shop with cookies and joint controllers, checked with the command line
 * as its Art. 13 notice and its Art. 30 record: what the check prints of it, word for word.
 */
class ShopExampleTest {

    @TempDir
    Path dir;

    private CliRun cli;
    private Path register;

    @BeforeEach
    void copyExample() throws IOException {
        cli = new CliRun(dir);
        try (InputStream in = Objects.requireNonNull(
                ShopExampleTest.class.getResourceAsStream("/verkkokauppa/register.yaml"))) {
            register = dir.resolve("verkkokauppa.yaml");
            Files.writeString(register, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    @Test
    void checksAsAnArt13NoticeWithOnlyTheUndecidedBasisToFix() {
        assertEquals(0, cli.run("check", register.toString(), "--type", "art13", "--lang", "en"), cli.err());
        assertEquals(List.of(
                "INFO    dpo.missing at dataProtectionOfficer: No data protection officer is named. A DPO is mandatory"
                        + " only in the cases listed in Article 37 (public authorities, large-scale regular and"
                        + " systematic monitoring, large-scale processing of special categories of data); where one is"
                        + " designated, their contact details must be given.",
                "WARNING purpose.alternative-bases at purposes[2].alternativeLegalBases: The purpose “Asiakaspalvelu"
                        + " ja reklamaatioiden käsittely” gives alternative legal bases (contract or legitimate"
                        + " interests). The controller must decide on one basis before processing begins and tell the"
                        + " data subject which it is.",
                "art13: 0 errors, 1 warning, 1 info"), cli.out().lines().toList());
    }

    @Test
    void checksAsAnArt30Record() {
        assertEquals(0, cli.run("check", register.toString(), "--type", "art30", "--lang", "en"), cli.err());
        assertEquals(List.of(
                "INFO    dpo.missing at dataProtectionOfficer: No data protection officer is named. A DPO is mandatory"
                        + " only in the cases listed in Article 37 (public authorities, large-scale regular and"
                        + " systematic monitoring, large-scale processing of special categories of data); where one is"
                        + " designated, their contact details must be given.",
                "WARNING purpose.alternative-bases at purposes[2].alternativeLegalBases: The purpose “Asiakaspalvelu"
                        + " ja reklamaatioiden käsittely” gives alternative legal bases (contract or legitimate"
                        + " interests). The controller must decide on one basis before processing begins and tell the"
                        + " data subject which it is.",
                "art30: 0 errors, 1 warning, 1 info"), cli.out().lines().toList());
    }

    /** The check is silent above because the example gets its cookies and joint control right; it is not blind. */
    @Test
    void withoutTheArrangementsEssenceOrWithTheCookieProviderElsewhereTheCheckSaysSo() throws IOException {
        String yaml = Files.readString(register);
        int essence = yaml.indexOf("  essence:\n");
        int contact = yaml.indexOf("  contactPoint:\n", essence);
        Files.writeString(register, yaml.substring(0, essence) + yaml.substring(contact));
        cli.run("check", register.toString(), "--type", "art13", "--lang", "en");
        assertTrue(cli.out().lines().anyMatch(l -> l.contains("joint-control.essence at jointControl.essence")),
                cli.out());

        cli = new CliRun(Files.createDirectory(dir.resolve("again")));
        Files.writeString(register, yaml.replace("providerCountry: US", "providerCountry: CN"));
        cli.run("check", register.toString(), "--type", "art13", "--lang", "en");
        assertTrue(cli.out().lines().anyMatch(l -> l.contains("cookie.transfer-undeclared")), cli.out());
    }
}
