package fi.rekisteri.export.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckCommandTest {

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

    private List<String> lines() {
        return out.toString(StandardCharsets.UTF_8).lines().toList();
    }

    @Test
    void exitsZeroForTheClassicSeedWhichHasNoErrorButListsItsWarnings() {
        assertEquals(0, run("check", seed.toString(), "--type", "rekisteriseloste"), err.toString());
        assertTrue(lines().contains("WARNING legacy.reference at security.manual: Teksti (suomeksi) viittaa"
                + " vanhentuneeseen kohteeseen ”DIN 32757”. Nykyinen vastine on DIN 66399."), lines().toString());
        assertTrue(lines().stream().noneMatch(line -> line.startsWith("ERROR")), lines().toString());
        assertEquals("rekisteriseloste: 0 errors, 3 warnings, 4 info", lines().get(lines().size() - 1));
    }

    @Test
    void exitsOneForTheSeedAsAnArt13NoticeAndNamesEachMissingLegalBasis() {
        assertEquals(1, run("check", seed.toString(), "--type", "art13"), err.toString());
        assertTrue(lines().contains("ERROR   purpose.legal-basis at purposes[0].legalBasis: Käsittelyn tarkoitukselle"
                + " ”Laskutukseen” ei ole kerrottu oikeusperustetta (6 artiklan 1 kohta)."), lines().toString());
        assertTrue(lines().get(lines().size() - 1).startsWith("art13: 13 errors, "), lines().toString());
    }

    @Test
    void tietosuojaselosteIsTheDefaultAndPicksArt13ForASeedThatCollectsFromTheSubject() {
        assertEquals(1, run("check", seed.toString()), err.toString());
        assertTrue(lines().get(lines().size() - 1).startsWith("art13: "), lines().toString());
    }

    @Test
    void writesTheMessagesInTheChosenLanguage() {
        assertEquals(1, run("check", seed.toString(), "--type", "art14", "--lang", "en"), err.toString());
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
        assertEquals(2, run("check", bad.toString()));
        String errors = err.toString(StandardCharsets.UTF_8);
        assertTrue(errors.startsWith(bad + ":5:41: purposes[0].legalBasis: unknown value 'contrakt'"), errors);
        assertFalse(errors.contains("\tat "), errors);
        assertEquals("", out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void exitsTwoForAMissingFile() {
        assertEquals(2, run("check", dir.resolve("missing.yaml").toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("missing.yaml: no such file"));
    }

    @Test
    void refusesAnUnknownType() {
        assertEquals(2, run("check", seed.toString(), "--type", "art15"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains(
                "unknown document type 'art15'; expected one of rekisteriseloste, tietosuojaseloste, art13, art14,"
                        + " art30"), err.toString(StandardCharsets.UTF_8));
    }
}
