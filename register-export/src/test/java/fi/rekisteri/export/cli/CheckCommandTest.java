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

class CheckCommandTest {

    @TempDir
    Path dir;

    private CliRun cli;
    private Path seed;

    @BeforeEach
    void copySeed() throws IOException {
        cli = new CliRun(dir);
        seed = cli.seed();
    }

    private List<String> lines() {
        return cli.out().lines().toList();
    }

    @Test
    void exitsZeroForTheClassicSeedWhichHasNoErrorButListsItsWarnings() {
        assertEquals(0, cli.run("check", seed.toString(), "--type", "rekisteriseloste"), cli.err());
        assertTrue(lines().contains("WARNING legacy.reference at security.manual: Teksti (suomeksi) viittaa"
                + " vanhentuneeseen kohteeseen ”DIN 32757”. Nykyinen vastine on DIN 66399."), lines().toString());
        assertTrue(lines().stream().noneMatch(line -> line.startsWith("ERROR")), lines().toString());
        assertEquals("rekisteriseloste: 0 errors, 3 warnings, 5 info", lines().get(lines().size() - 1));
    }

    @Test
    void exitsOneForTheSeedAsAnArt13NoticeAndNamesEachMissingLegalBasis() {
        assertEquals(1, cli.run("check", seed.toString(), "--type", "art13"), cli.err());
        assertTrue(lines().contains("ERROR   purpose.legal-basis at purposes[0].legalBasis: Käsittelyn tarkoitukselle"
                + " ”Laskutukseen” ei ole kerrottu oikeusperustetta (6 artiklan 1 kohta)."), lines().toString());
        assertTrue(lines().get(lines().size() - 1).startsWith("art13: 12 errors, "), lines().toString());
    }

    @Test
    void tietosuojaselosteIsTheDefaultAndPicksArt13ForASeedThatCollectsFromTheSubject() {
        assertEquals(1, cli.run("check", seed.toString()), cli.err());
        assertTrue(lines().get(lines().size() - 1).startsWith("art13: "), lines().toString());
    }

    @Test
    void checksAFirstLayerWithTheRuleOnlyAFirstLayerHas() throws IOException {
        // The seed has no metadata.noticeUrl: its first layer cannot say where the full notice is.
        cli.run("check", seed.toString(), "--type", "first-layer");
        assertTrue(lines().stream().anyMatch(line -> line.startsWith("WARNING first-layer.notice-url")),
                lines().toString());
        CliRun notice = new CliRun(Files.createDirectory(dir.resolve("notice")));
        notice.run("check", notice.seed().toString(), "--type", "tietosuojaseloste");
        assertTrue(notice.out().lines().noneMatch(line -> line.contains("first-layer.notice-url")), notice.out());
    }

    @Test
    void writesTheMessagesInTheChosenLanguage() {
        assertEquals(1, cli.run("check", seed.toString(), "--type", "art14", "--lang", "en"), cli.err());
        assertTrue(lines().stream().anyMatch(line -> line.startsWith("ERROR   purpose.legal-basis at purposes[0]"
                + ".legalBasis: ") && line.contains("Laskutukseen") && !line.contains("oikeusperustetta")),
                lines().toString());
        assertTrue(lines().get(lines().size() - 1).startsWith("art14: "), lines().toString());
    }

    @Test
    void reportsARegisterThatCannotBeParsedWithLineAndColumnAndExitsTwo() throws IOException {
        Path bad = dir.resolve("bad.yaml");
        Files.writeString(bad, "key: r\nname: {fi: R}\ncontroller: {name: Oy}\npurposes:\n"
                + "  - {key: a, name: {fi: A}, legalBasis: contrakt}\n");
        assertEquals(2, cli.run("check", bad.toString()));
        String errors = cli.err();
        assertTrue(errors.startsWith(bad + ":5:41: purposes[0].legalBasis: unknown value 'contrakt'"), errors);
        assertFalse(errors.contains("\tat "), errors);
        assertEquals("", cli.out());
    }

    @Test
    void exitsTwoForAMissingFile() {
        assertEquals(2, cli.run("check", dir.resolve("missing.yaml").toString()));
        assertTrue(cli.err().contains("missing.yaml: no such file"));
    }

    @Test
    void refusesAnUnknownType() {
        assertEquals(2, cli.run("check", seed.toString(), "--type", "art15"));
        assertEquals("rekisteri: unknown --type 'art15'; expected one of rekisteriseloste, tietosuojaseloste, art13,"
                + " art14, art30, first-layer\n", cli.err());
    }
}
