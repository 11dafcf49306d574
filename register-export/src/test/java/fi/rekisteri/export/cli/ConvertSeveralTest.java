package fi.rekisteri.export.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.rekisteri.export.RegisterReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code convert FILE…|DIR --format yaml|json -o OUTDIR}: one file per register, every register read first, and
 * all written or none.
 */
class ConvertSeveralTest {

    private static final Path ORGANISATION = Path.of("..", "examples", "organisaatio");
    private static final List<String> REGISTERS = List.of("asiakkaat", "henkilosto", "terveyspalvelut");

    @TempDir
    Path dir;

    private CliRun cli;
    private Path registers;

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

    private static List<String> names(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aDirectoryBecomesOneFilePerRegisterInANewDirectory() throws IOException {
        Path out = dir.resolve("json");
        assertEquals(0, cli.run("convert", registers.toString(), "--format", "json", "-o", out.toString()),
                cli.err());
        // The rules file beside the registers is not one of them.
        assertEquals(List.of("asiakkaat.json", "henkilosto.json", "terveyspalvelut.json"), names(out));
        for (String name : REGISTERS) {
            assertEquals(RegisterReader.create().read(registers.resolve(name + ".yaml")),
                    RegisterReader.create().read(out.resolve(name + ".json")), name);
        }
        assertEquals("", cli.out() + cli.err());
    }

    @Test
    void severalFilesGoIntoAnExistingDirectoryReplacingWhatIsThere() throws IOException {
        Path out = Files.createDirectory(dir.resolve("yaml"));
        Files.writeString(out.resolve("asiakkaat.yaml"), "old");
        assertEquals(0, cli.run("convert", registers.resolve("asiakkaat.yaml").toString(),
                registers.resolve("henkilosto.yaml").toString(), "--format", "YAML", "-o", out.toString()), cli.err());
        assertEquals(List.of("asiakkaat.yaml", "henkilosto.yaml"), names(out));
        assertEquals(RegisterReader.create().read(registers.resolve("asiakkaat.yaml")),
                RegisterReader.create().read(out.resolve("asiakkaat.yaml")));
    }

    @Test
    void severalRegistersNeedAFormat() {
        Path out = dir.resolve("out");
        assertEquals(2, cli.run("convert", registers.toString(), "-o", out.toString()));
        assertEquals("rekisteri: with several register files, -o names a directory: give --format yaml or json for"
                + " the files written into it\n", cli.err());
        assertFalse(Files.exists(out));
    }

    @Test
    void oneUnreadableRegisterStopsAllAndNothingIsWritten() throws IOException {
        Files.writeString(registers.resolve("broken.yaml"), "formatVersion: 1\nkey: [\n");
        Path out = dir.resolve("out");
        assertEquals(2, cli.run("convert", registers.toString(), "--format", "json", "-o", out.toString()));
        assertTrue(cli.err().contains("broken.yaml"), cli.err());
        assertTrue(cli.err().endsWith("rekisteri: not every register file could be converted; nothing was"
                + " written\n"), cli.err());
        assertFalse(Files.exists(out), "the directory is not even made");
    }

    @Test
    void aTargetThatCannotBeWrittenLeavesEveryFileAsItWasAndNoTemporaryFile() throws IOException {
        Path out = Files.createDirectory(dir.resolve("out"));
        Path readOnly = Files.writeString(out.resolve("henkilosto.json"), "kept");
        Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("r--r--r--"));
        Path replaced = Files.writeString(out.resolve("asiakkaat.json"), "old");
        assertEquals(1, cli.run("convert", registers.toString(), "--format", "json", "-o", out.toString()));
        assertTrue(cli.err().contains(out.resolve("henkilosto.json").toAbsolutePath() + ": the file is read-only"),
                cli.err());
        assertTrue(cli.err().endsWith("; nothing was written\n"), cli.err());
        assertEquals("old", Files.readString(replaced));
        assertEquals("kept", Files.readString(readOnly));
        assertEquals(List.of("asiakkaat.json", "henkilosto.json"), names(out), "no temporary file, no new file");
    }

    @Test
    void twoRegistersThatWouldGoToOneFileAreRefused() throws IOException {
        Path other = Files.createDirectory(dir.resolve("other"));
        Files.copy(registers.resolve("asiakkaat.yaml"), other.resolve("asiakkaat.yml"));
        Path out = dir.resolve("out");
        assertEquals(2, cli.run("convert", registers.toString(), other.toString(), "--format", "json", "-o",
                out.toString()));
        assertTrue(cli.err().contains("asiakkaat.yaml and " + other.resolve("asiakkaat.yml") + " would both be"
                + " written to " + out.resolve("asiakkaat.json")), cli.err());
        assertFalse(Files.exists(out));
    }

    @Test
    void anOutputThatIsOneOfTheRegistersIsRefused() throws IOException {
        String before = Files.readString(registers.resolve("asiakkaat.yaml"));
        assertEquals(2, cli.run("convert", registers.toString(), "--format", "yaml", "-o", registers.toString()));
        assertTrue(cli.err().contains(registers.resolve("asiakkaat.yaml") + " is one of the register files being"
                + " converted; choose another output directory, nothing was written"), cli.err());
        assertEquals(before, Files.readString(registers.resolve("asiakkaat.yaml")));
    }

    @Test
    void anOutputThatIsAFileIsRefused() throws IOException {
        Path file = Files.writeString(dir.resolve("out.json"), "x");
        assertEquals(2, cli.run("convert", registers.toString(), "--format", "json", "-o", file.toString()));
        assertTrue(cli.err().contains("-o names a directory, and " + file + " is a file"), cli.err());
        assertEquals("x", Files.readString(file));
    }

    @Test
    void anOutputDirectoryWhoseParentIsMissingIsNamed() {
        Path out = dir.resolve("missing").resolve("out");
        assertEquals(1, cli.run("convert", registers.toString(), "--format", "json", "-o", out.toString()));
        assertTrue(cli.err().contains("directory " + dir.resolve("missing").toAbsolutePath() + " does not exist"),
                cli.err());
        assertFalse(Files.exists(out));
    }

    @Test
    void oneFileTakesItsFormatFromTheOutputAndAFormatThatDisagreesIsRefused() {
        Path json = dir.resolve("r.json");
        assertEquals(2, cli.run("convert", cli.seed().toString(), "--format", "yaml", "-o", json.toString()));
        assertTrue(cli.err().contains("--format yaml but the output file " + json + " is json"), cli.err());
        assertFalse(Files.exists(json));
        CliRun agreeing = newRun();
        assertEquals(0, agreeing.run("convert", cli.seed().toString(), "--format", "json", "-o", json.toString()),
                agreeing.err());
    }

    @Test
    void oneFileIsNotConvertedOntoItself() throws IOException {
        String before = Files.readString(cli.seed());
        assertEquals(2, cli.run("convert", cli.seed().toString(), "-o", cli.seed().toString()));
        assertTrue(cli.err().contains("is the register file"), cli.err());
        assertEquals(before, Files.readString(cli.seed()));
    }

    private CliRun newRun() {
        try {
            return new CliRun(Files.createTempDirectory(dir, "run"));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
