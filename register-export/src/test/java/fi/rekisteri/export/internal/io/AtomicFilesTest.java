package fi.rekisteri.export.internal.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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
 * Whole-or-nothing file writes. The tests may run as root, whom permission bits do not stop: read-only files and
 * directories are made so with POSIX attributes and the refusal is checked as such, not left to the kernel.
 */
class AtomicFilesTest {

    @TempDir
    Path dir;

    private final List<Path> madeReadOnly = new java.util.ArrayList<>();

    @BeforeEach
    void posixOnly() {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"), "POSIX file system");
    }

    @AfterEach
    void writableAgain() throws IOException {
        // So that JUnit can remove the temporary directory.
        for (Path path : madeReadOnly) {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    private static void write(Path file, String text) throws IOException {
        AtomicFiles.write(file, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
    }

    private List<String> names() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static Set<PosixFilePermission> mode(Path file) throws IOException {
        return Files.getPosixFilePermissions(file);
    }

    @Test
    void aNewFileGetsTheModeTheUmaskGivesNotTheTemporaryFiles0600() throws IOException {
        Path probe = Files.createFile(dir.resolve("probe"));
        Set<PosixFilePermission> umaskMode = mode(probe);
        assumeTrue(!umaskMode.equals(PosixFilePermissions.fromString("rw-------")), "umask 077 gives 0600 anyway");
        Path file = dir.resolve("notice.txt");
        write(file, "text");
        assertEquals(umaskMode, mode(file));
    }

    @Test
    void aReplacedFileKeepsItsMode() throws IOException {
        Path file = dir.resolve("notice.txt");
        Files.writeString(file, "old");
        Set<PosixFilePermission> mode = PosixFilePermissions.fromString("rw-r-----");
        Files.setPosixFilePermissions(file, mode);
        write(file, "new");
        assertEquals("new", Files.readString(file));
        assertEquals(mode, mode(file));
    }

    @Test
    void aReadOnlyTargetIsRefusedNotReplaced() throws IOException {
        Path file = dir.resolve("notice.txt");
        Files.writeString(file, "old");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r--r--"));
        madeReadOnly.add(file);
        IOException e = assertThrows(IOException.class, () -> write(file, "new"));
        assertEquals("the file is read-only; make it writable or choose another file", e.getMessage());
        assertEquals("old", Files.readString(file));
        assertEquals(List.of("notice.txt"), names(), "no temporary file left");
    }

    @Test
    void aTargetInAReadOnlyDirectorySaysWhy() throws IOException {
        Path locked = Files.createDirectory(dir.resolve("locked"));
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("r-xr-xr-x"));
        madeReadOnly.add(locked);
        IOException e = assertThrows(IOException.class, () -> write(locked.resolve("notice.txt"), "new"));
        assertEquals("directory " + locked + " is read-only", e.getMessage());
        try (Stream<Path> files = Files.list(locked)) {
            assertEquals(0, files.count(), "nothing written");
        }
    }

    @Test
    void aMissingDirectoryIsNamedNotATemporaryFile() {
        Path missing = dir.resolve("no-such-dir");
        IOException e = assertThrows(IOException.class, () -> write(missing.resolve("notice.txt"), "new"));
        assertEquals("directory " + missing + " does not exist", e.getMessage());
    }

    @Test
    void aMissingDirectoryDeeperDownIsNamedToo() {
        Path missing = dir.resolve("no-such-dir").resolve("below");
        IOException e = assertThrows(IOException.class, () -> write(missing.resolve("notice.txt"), "new"));
        assertEquals("directory " + missing + " does not exist", e.getMessage());
    }

    @Test
    void aDanglingLinkIntoAMissingDirectoryNamesThatDirectory() throws IOException {
        Path missing = dir.resolve("no-such-dir");
        Path link = Files.createSymbolicLink(dir.resolve("notice.txt"), missing.resolve("notice.txt"));
        IOException e = assertThrows(IOException.class, () -> write(link, "new"));
        assertEquals("directory " + missing + " does not exist", e.getMessage(), "not 'the file is read-only'");
        assertTrue(Files.isSymbolicLink(link));
    }

    @Test
    void aDanglingLinkIsWrittenThroughCreatingTheFileItNames() throws IOException {
        Path elsewhere = Files.createDirectory(dir.resolve("elsewhere"));
        Path link = Files.createSymbolicLink(dir.resolve("notice.txt"), Path.of("elsewhere", "notice.txt"));
        write(link, "new");
        assertTrue(Files.isSymbolicLink(link), "the link stays a link");
        assertEquals("new", Files.readString(elsewhere.resolve("notice.txt")));
        Path probe = Files.createFile(dir.resolve("probe"));
        assertEquals(mode(probe), mode(elsewhere.resolve("notice.txt")), "the umask's mode, as any new file");
    }

    @Test
    void aLoopOfLinksIsRefused() throws IOException {
        Path a = dir.resolve("a");
        Path b = dir.resolve("b");
        Files.createSymbolicLink(a, b);
        Files.createSymbolicLink(b, a);
        IOException e = assertThrows(IOException.class, () -> write(a, "new"));
        assertEquals("too many levels of symbolic links", e.getMessage());
    }

    @Test
    void aTargetThatIsADirectoryIsRefused() throws IOException {
        Path target = Files.createDirectory(dir.resolve("notice.txt"));
        IOException e = assertThrows(IOException.class, () -> write(target, "new"));
        assertEquals("it is a directory", e.getMessage());
    }

    @Test
    void longNamesWorkUpToTheFileSystemsLimit() throws IOException {
        String ascii = "a".repeat(251) + ".txt";
        String finnish = "ä".repeat(125) + ".txt";
        assertEquals(255, ascii.getBytes(StandardCharsets.UTF_8).length);
        assertEquals(254, finnish.getBytes(StandardCharsets.UTF_8).length);
        write(dir.resolve(ascii), "one");
        write(dir.resolve(finnish), "two");
        assertEquals("one", Files.readString(dir.resolve(ascii)));
        assertEquals("two", Files.readString(dir.resolve(finnish)));
        assertEquals(List.of(ascii, finnish), names());
    }

    @Test
    void theTemporaryFileIsRecognisableAndRemovedWhenWritingFails() throws IOException {
        Path file = dir.resolve("notice.txt");
        Files.writeString(file, "old");
        List<List<String>> seen = new java.util.ArrayList<>();
        IOException e = assertThrows(IOException.class, () -> AtomicFiles.write(file, out -> {
            out.write("half".getBytes(StandardCharsets.UTF_8));
            seen.add(names());
            throw new IOException("disk full");
        }));
        assertEquals("disk full", e.getMessage());
        assertEquals(2, seen.get(0).size(), seen.toString());
        assertTrue(seen.get(0).get(0).matches("\\.notice\\.txt\\.rekisteri-tmp-[a-z0-9]{10}"), seen.toString());
        assertEquals("old", Files.readString(file));
        assertEquals(List.of("notice.txt"), names());
    }

    @Test
    void nothingIsLeftBehindWhenTheContentThrowsAnUncheckedException() throws IOException {
        Path file = dir.resolve("notice.txt");
        assertThrows(UncheckedIOException.class, () -> AtomicFiles.write(file, out -> {
            out.write('x');
            throw new UncheckedIOException(new IOException("renderer failed"));
        }));
        assertEquals(List.of(), names());
    }

    @Test
    void theContentClosingItsStreamStillGetsTheFileWritten() throws IOException {
        Path file = dir.resolve("notice.txt");
        AtomicFiles.write(file, out -> {
            out.write("whole".getBytes(StandardCharsets.UTF_8));
            out.close();
        });
        assertEquals("whole", Files.readString(file));
    }

    @Test
    void aSymbolicLinkIsWrittenThroughAndStaysALink() throws IOException {
        Path real = dir.resolve("real.txt");
        Files.writeString(real, "old");
        Path link = Files.createSymbolicLink(dir.resolve("link.txt"), real.getFileName());
        write(link, "new");
        assertTrue(Files.isSymbolicLink(link));
        assertEquals("new", Files.readString(real));
    }

    @Test
    void readOnlyMeansNoWriteBitEvenForTheSuperuser() throws IOException {
        Path file = Files.writeString(dir.resolve("f"), "x");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r--r--"));
        madeReadOnly.add(file);
        assertTrue(AtomicFiles.isReadOnly(file));
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        assertFalse(AtomicFiles.isReadOnly(file));
    }

    @Test
    void truncatesBetweenCodePoints() {
        assertEquals("ää", AtomicFiles.truncate("äää", 5));
        assertEquals("a\uD83D\uDE00", AtomicFiles.truncate("a\uD83D\uDE00b", 5));
        assertEquals("a", AtomicFiles.truncate("a\uD83D\uDE00b", 4));
        assertEquals("a", AtomicFiles.truncate("abc", 1));
    }

    @Test
    void aNamedPipeIsWrittenIntoNotReplaced() throws Exception {
        Path fifo = dir.resolve("pipe");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assumeTrue(mkfifo.waitFor() == 0, "mkfifo");
        java.util.concurrent.CompletableFuture<byte[]> read = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
            try {
                return Files.readAllBytes(fifo);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        write(fifo, "through the pipe");
        assertFalse(Files.isRegularFile(fifo), "still a pipe, not a file put in its place");
        assertEquals("through the pipe", new String(read.get(), StandardCharsets.UTF_8));
        assertEquals(List.of("pipe"), names());
    }

    private static AtomicFiles.Pending pending(Path file, String text) {
        return new AtomicFiles.Pending(file, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void severalFilesAreAllWrittenEachKeepingTheModeOfTheFileItReplaces() throws IOException {
        Path old = Files.writeString(dir.resolve("old.json"), "old");
        Files.setPosixFilePermissions(old, PosixFilePermissions.fromString("rw-------"));
        AtomicFiles.writeAll(List.of(pending(dir.resolve("new.json"), "new"), pending(old, "replaced")));
        assertEquals("new", Files.readString(dir.resolve("new.json")));
        assertEquals("replaced", Files.readString(old));
        assertEquals(PosixFilePermissions.fromString("rw-------"), mode(old));
        assertEquals(List.of("new.json", "old.json"), names(), "no temporary or kept file is left");
    }

    @Test
    void aFileThatCannotBeWrittenLeavesEveryTargetAsItWas() throws IOException {
        Path old = Files.writeString(dir.resolve("a.json"), "old");
        IOException e = assertThrows(IOException.class, () -> AtomicFiles.writeAll(List.of(pending(old, "new"),
                new AtomicFiles.Pending(dir.resolve("b.json"), out -> {
                    throw new IOException("disk full");
                }), pending(dir.resolve("c.json"), "c"))));
        assertEquals(dir.resolve("b.json") + ": disk full", e.getMessage());
        assertEquals("old", Files.readString(old));
        assertEquals(List.of("a.json"), names());
    }

    @Test
    void aMoveThatFailsPutsBackWhatWasAlreadyMoved() throws IOException {
        Path replaced = Files.writeString(dir.resolve("b.json"), "old b");
        Path blocked = dir.resolve("c.json");
        // The last file's content puts a directory in its place after the checks, so that only its move fails.
        AtomicFiles.Pending last = new AtomicFiles.Pending(blocked, out -> {
            Files.createDirectory(blocked);
            Files.writeString(blocked.resolve("inside"), "x");
            out.write('c');
        });
        IOException e = assertThrows(IOException.class, () -> AtomicFiles.writeAll(List.of(
                pending(dir.resolve("a.json"), "new a"), pending(replaced, "new b"), last)));
        assertTrue(e.getMessage().startsWith(blocked + ": "), e.getMessage());
        assertFalse(Files.exists(dir.resolve("a.json")), "a new file is removed again");
        assertEquals("old b", Files.readString(replaced), "a replaced file gets its old content back");
        assertEquals(List.of("b.json", "c.json"), names(), "no temporary or kept file is left");
    }
}
