package fi.rekisteri.export.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code render} and {@code check} take the same {@code --type} and {@code --lang}, with the same defaults. */
class ConsistentOptionsTest {

    @TempDir
    Path dir;

    private CliRun cli;
    private Path seed;

    @BeforeEach
    void copySeed() throws IOException {
        cli = new CliRun(dir);
        seed = cli.seed();
    }

    private String run(int status, String... args) {
        CliRun one = newRun();
        assertEquals(status, one.run(args), one.err());
        return one.out();
    }

    /** A run of its own, so that its output is its own. */
    private CliRun newRun() {
        try {
            return new CliRun(Files.createTempDirectory(dir, "run"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void renderAndCheckDefaultToTheGdprNotice() {
        assertEquals(run(0, "render", seed.toString(), "--type", "tietosuojaseloste"), run(0, "render", seed.toString()));
        assertEquals(run(1, "check", seed.toString(), "--type", "tietosuojaseloste"), run(1, "check", seed.toString()));
        // The seed register collects data from its subjects: the notice is the Art. 13 one, for both commands.
        assertTrue(run(1, "check", seed.toString()).lines().reduce((a, b) -> b).orElseThrow().startsWith("art13: "));
    }

    @Test
    void helpSaysTheDefaultAndHowToGetTheClassicStatement() {
        for (String command : new String[] {"render", "check"}) {
            // The help wraps at the width its longest option leaves, so words may be split across lines.
            String help = run(0, command, "--help").replaceAll("\\s+", " ");
            assertTrue(help.contains("default: tietosuojaseloste"), help);
            assertTrue(help.contains("--type rekisteriseloste"), help);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"FI", "Sv", "EN"})
    void takesLanguageCodesInAnyCase(String language) {
        assertEquals(run(0, "render", seed.toString(), "--lang", language.toLowerCase(Locale.ROOT)),
                run(0, "render", seed.toString(), "--lang", language));
    }

    @Test
    void takesDocumentTypesAndFormatsInAnyCase() {
        assertEquals(run(0, "render", seed.toString(), "--type", "art30", "--format", "md"),
                run(0, "render", seed.toString(), "--type", "ART30", "--format", "MD"));
        assertEquals(run(1, "check", seed.toString(), "--type", "tietosuojaseloste"),
                run(1, "check", seed.toString(), "--type", "TIETOSUOJASELOSTE"));
    }

    @Test
    void anInvalidLanguageOrTypeIsOneLineNamingTheValidValues() {
        assertEquals(2, cli.run("check", seed.toString(), "--lang", "de"));
        assertEquals("rekisteri: unknown --lang 'de'; expected one of fi, sv, en\n", cli.err());
        CliRun other = newRun();
        assertEquals(2, other.run("render", seed.toString(), "--type", "seloste"));
        assertEquals("rekisteri: unknown --type 'seloste'; expected one of rekisteriseloste, tietosuojaseloste, art13,"
                + " art14, art30, first-layer\n", other.err());
        assertEquals("", other.out());
    }

    @Test
    void checkNeverSaysThatNothingWasWritten() throws IOException {
        Path broken = dir.resolve("broken.yaml");
        Files.writeString(broken, "formatVersion: 1\nkey: r\nname: {fi: R}\ncontroller: {name: Oy}\ncolour: blue\n");
        assertEquals(2, cli.run("check", broken.toString()));
        assertFalse(cli.err().contains("written"), cli.err());
        assertTrue(cli.err().endsWith("rekisteri: 1 error in the register file " + broken
                + "; fix it and run the command again\n"), cli.err());
    }

    @Test
    void aDirectoryGivenAsTheRegisterFileIsNamedAsSuch() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("registers.yaml"));
        assertEquals(2, cli.run("check", folder.toString()));
        assertEquals("rekisteri: cannot read the register file " + folder + ": it is a directory with no .yaml, .yml"
                + " or .json files\n", cli.err());
    }
}
