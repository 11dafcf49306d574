package fi.rekisteri.export.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code -o}: the register is never overwritten with its own document, and a file that cannot or must not be written
 * gets a reason that names it or its directory. Runs as root too: read-only is set with POSIX attributes.
 */
class OutputFilesTest {

    @TempDir
    Path dir;

    private CliRun cli;
    private Path seed;
    private String register;
    private Path locked;

    @BeforeEach
    void copySeed() throws IOException {
        cli = new CliRun(dir);
        seed = cli.seed();
        register = Files.readString(seed);
    }

    @AfterEach
    void unlock() throws IOException {
        if (locked != null) {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    private void assertRefusedAsTheRegister(Path output) throws IOException {
        assertEquals(2, cli.run("render", seed.toString(), "-o", output.toString()), cli.err());
        assertTrue(cli.err().contains("rekisteri: " + output + " is the register file " + seed
                + "; choose another output file, nothing was written"), cli.err());
        assertEquals(register, Files.readString(seed), "the register is as it was");
        assertEquals("", cli.out());
    }

    @Test
    void refusesToWriteOverTheRegisterItself() throws IOException {
        assertRefusedAsTheRegister(seed);
    }

    @Test
    void refusesTheRegisterByAnotherPath() throws IOException {
        Files.createDirectory(dir.resolve("sub"));
        assertRefusedAsTheRegister(dir.resolve("sub").resolve("..").resolve("register.yaml"));
    }

    @Test
    void refusesALinkToTheRegister() throws IOException {
        assertRefusedAsTheRegister(Files.createSymbolicLink(dir.resolve("statement.txt"), seed));
    }

    @Test
    void refusesAHardLinkToTheRegister() throws IOException {
        assertRefusedAsTheRegister(Files.createLink(dir.resolve("statement.txt"), seed));
    }

    @Test
    void aMissingOutputDirectoryIsNamed() {
        Path missing = dir.resolve("no-such-dir");
        assertEquals(1, cli.run("render", seed.toString(), "-o", missing.resolve("seloste.txt").toString()));
        assertEquals("rekisteri: cannot write " + missing.resolve("seloste.txt") + ": directory " + missing
                + " does not exist; nothing was written\n", cli.err());
    }

    @Test
    void aReadOnlyTargetIsRefusedWithTheReason() throws IOException {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        Path output = Files.writeString(dir.resolve("seloste.txt"), "earlier");
        Files.setPosixFilePermissions(output, PosixFilePermissions.fromString("r--r--r--"));
        locked = output;
        assertEquals(1, cli.run("render", seed.toString(), "-o", output.toString()));
        assertEquals("rekisteri: cannot write " + output + ": the file is read-only; make it writable or choose"
                + " another file; nothing was written\n", cli.err());
        assertEquals("earlier", Files.readString(output));
    }

    @Test
    void aReadOnlyDirectorySaysWhy() throws IOException {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        locked = Files.createDirectory(dir.resolve("locked"));
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("r-xr-xr-x"));
        assertEquals(1, cli.run("render", seed.toString(), "-o", locked.resolve("seloste.txt").toString()));
        assertTrue(cli.err().contains(": directory " + locked + " is read-only; nothing was written"), cli.err());
        try (Stream<Path> files = Files.list(locked)) {
            assertEquals(List.of(), files.toList());
        }
    }

    @Test
    void aWrittenFileHasTheUmasksModeAndNoTemporaryFileIsLeft() throws IOException {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        Path probe = Files.createFile(dir.resolve("probe"));
        assumeTrue(!Files.getPosixFilePermissions(probe).equals(PosixFilePermissions.fromString("rw-------")));
        Path output = dir.resolve("seloste.pdf");
        assertEquals(0, cli.run("render", seed.toString(), "--format", "pdf", "-o", output.toString()), cli.err());
        assertEquals(Files.getPosixFilePermissions(probe), Files.getPosixFilePermissions(output));
        try (Stream<Path> files = Files.list(dir)) {
            assertFalse(files.anyMatch(p -> p.getFileName().toString().contains("rekisteri-tmp")));
        }
    }

    @Test
    void anOverwrittenFileKeepsItsMode() throws IOException {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        Path output = Files.writeString(dir.resolve("record.xlsx"), "old");
        Set<PosixFilePermission> mode = PosixFilePermissions.fromString("rw-rw----");
        Files.setPosixFilePermissions(output, mode);
        assertEquals(0, cli.run("render", seed.toString(), "--type", "art30", "--format", "xlsx", "-o",
                output.toString()), cli.err());
        assertEquals(mode, Files.getPosixFilePermissions(output));
        assertTrue(Files.size(output) > 3, "replaced");
    }

    @Test
    void convertGivesTheSameReasons() {
        Path missing = dir.resolve("no-such-dir");
        assertEquals(1, cli.run("convert", seed.toString(), "-o", missing.resolve("register.json").toString()));
        assertTrue(cli.err().contains(": directory " + missing + " does not exist; nothing was written"), cli.err());
    }
}
