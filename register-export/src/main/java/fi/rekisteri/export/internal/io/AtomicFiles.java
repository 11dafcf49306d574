package fi.rekisteri.export.internal.io;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Writes files whole or not at all: the content streams into a temporary file beside the target
 * ({@code .NAME.rekisteri-tmp-…}), which is flushed to disk and then moved over the target in one atomic rename. On any
 * failure the temporary file is removed and the target is as it was.
 *
 * <p>The file written has the mode of the file it replaces, or, when there was none, the mode the umask gives a new
 * file (typically {@code rw-r--r--}). A read-only target, or a target in a read-only directory, is refused rather
 * than replaced: the rename would otherwise replace it even though its permissions say it must not be written, and
 * the superuser, whom permissions do not stop, would overwrite it unasked. A symbolic link is written through; a
 * device or a named pipe is written into directly, since there is no file to replace.
 */
public final class AtomicFiles {

    /** What marks our temporary files, between the target's name and a random part. */
    static final String TEMPORARY_MARK = ".rekisteri-tmp-";
    /** The longest file name common file systems allow (ext4, XFS, Btrfs, APFS, NTFS in UTF-16 units), in bytes. */
    private static final int MAX_NAME_BYTES = 255;
    private static final int RANDOM_LENGTH = 10;
    private static final String RANDOM_ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int BUFFER = 64 * 1024;
    /** Linux's limit on the symbolic links one path may go through. */
    private static final int MAX_LINKS = 40;

    /** Writes the content of a file to a stream. */
    @FunctionalInterface
    public interface Content {
        /** Writes the content; the stream is closed by the caller. */
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFiles() {}

    /** One file of {@link #writeAll}: where it goes and what it holds. */
    public record Pending(Path file, Content content) {}

    /**
     * Writes {@code file} from {@code content}.
     *
     * @throws IOException whose message says why, naming the target's directory where that is the cause and never
     *     the temporary file; the target is then untouched and no temporary file is left behind
     */
    public static void write(Path file, Content content) throws IOException {
        if (Files.exists(file) && !Files.isRegularFile(file) && !Files.isDirectory(file)) {
            writeInto(file, content);
            return;
        }
        Staged staged = stage(file, content);
        try {
            staged.move();
        } catch (FileSystemException e) {
            throw new IOException(reason(e), e);
        } finally {
            staged.discard();
        }
        syncDirectory(staged.directory());
    }

    /**
     * Writes several files all or none: each into its temporary file first, flushed to disk, and only when every one
     * is written are they moved over their targets, one rename each. A failure while writing leaves every target as
     * it was; one while moving (after every check has passed, so rare) moves back what was already moved: a target
     * that was replaced gets its old file again, one that was new is removed. No temporary file is left behind.
     * Every target must be a regular file or none yet.
     *
     * @throws IOException whose message names the file that failed and says why; every target is then as it was
     */
    public static void writeAll(List<Pending> files) throws IOException {
        List<Staged> staged = new ArrayList<>();
        try {
            for (Pending pending : files) {
                if (Files.exists(pending.file()) && !Files.isRegularFile(pending.file())
                        && !Files.isDirectory(pending.file())) {
                    throw new IOException(pending.file() + ": not a regular file");
                }
                try {
                    staged.add(stage(pending.file(), pending.content()));
                } catch (IOException e) {
                    throw new IOException(pending.file() + ": " + e.getMessage(), e);
                }
            }
            List<Staged> moved = new ArrayList<>();
            try {
                for (Staged one : staged) {
                    one.keepOld();
                    one.move();
                    moved.add(one);
                }
            } catch (IOException e) {
                for (int i = moved.size() - 1; i >= 0; i--) {
                    moved.get(i).restore();
                }
                Path failed = staged.get(moved.size()).target();
                throw new IOException(failed + ": " + (e instanceof FileSystemException f ? reason(f)
                        : e.getMessage()), e);
            }
            Set<Path> directories = new LinkedHashSet<>();
            staged.forEach(one -> directories.add(one.directory()));
            directories.forEach(AtomicFiles::syncDirectory);
        } finally {
            for (Staged one : staged) {
                one.discard();
            }
        }
    }

    /**
     * The content written and flushed into a new temporary file beside the target, with the target's mode when it
     * replaces one; not yet moved.
     */
    private static Staged stage(Path file, Content content) throws IOException {
        Path target = target(file);
        Path directory = directory(target);
        boolean exists = Files.exists(target, LinkOption.NOFOLLOW_LINKS);
        if (exists) {
            if (Files.isDirectory(target)) {
                throw new IOException("it is a directory");
            }
            if (isReadOnly(target)) {
                throw new IOException("the file is read-only; make it writable or choose another file");
            }
        }
        if (isReadOnly(directory)) {
            throw new IOException("directory " + directory + " is read-only");
        }
        Path temporary = createTemporary(directory, target);
        boolean written = false;
        try {
            if (exists) {
                keepAttributes(target, temporary);
            }
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE);
                    OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), BUFFER)) {
                content.writeTo(new KeptOpenOutputStream(out));
                out.flush();
                // On disk before the rename makes it the target: a crash then leaves the old file or the new one.
                channel.force(true);
            }
            written = true;
        } catch (FileSystemException e) {
            throw new IOException(reason(e), e);
        } finally {
            if (!written) {
                deleteQuietly(temporary);
            }
        }
        return new Staged(target, directory, temporary);
    }

    /** A target with its content in a temporary file beside it, to be moved over it. */
    private static final class Staged {
        private final Path target;
        private final Path directory;
        private final Path temporary;
        private @Nullable Path old;
        private boolean existed;
        private boolean moved;

        Staged(Path target, Path directory, Path temporary) {
            this.target = target;
            this.directory = directory;
            this.temporary = temporary;
        }

        Path target() {
            return target;
        }

        Path directory() {
            return directory;
        }

        /**
         * Keeps the file being replaced, so that {@link #restore()} can put it back: a second link to it where the
         * file system has links, else a copy.
         */
        void keepOld() throws IOException {
            existed = Files.exists(target, LinkOption.NOFOLLOW_LINKS);
            if (!existed) {
                return;
            }
            Path kept = createTemporary(directory, target);
            old = kept;
            Files.delete(kept);
            try {
                Files.createLink(kept, target);
            } catch (IOException | UnsupportedOperationException e) {
                Files.copy(target, kept, StandardCopyOption.COPY_ATTRIBUTES);
            }
        }

        void move() throws IOException {
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
            moved = true;
        }

        /** Puts back what was there before the move: the old file, or no file. */
        void restore() {
            try {
                Path kept = old;
                if (kept != null) {
                    Files.move(kept, target, StandardCopyOption.REPLACE_EXISTING);
                    old = null;
                } else if (!existed) {
                    Files.deleteIfExists(target);
                }
            } catch (IOException e) {
                // The failure that made this necessary is what the caller hears of.
            }
        }

        /** Removes the temporary file if it was not moved, and the kept old file. */
        void discard() {
            if (!moved) {
                deleteQuietly(temporary);
            }
            Path kept = old;
            if (kept != null) {
                deleteQuietly(kept);
            }
        }
    }

    /**
     * A device or a named pipe ({@code /dev/null}, {@code /dev/stdout}, a FIFO) is written straight into: there is no
     * file to replace, and a rename would put a regular file in its place.
     */
    private static void writeInto(Path special, Content content) throws IOException {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(special, StandardOpenOption.WRITE),
                BUFFER)) {
            content.writeTo(new KeptOpenOutputStream(out));
        } catch (FileSystemException e) {
            throw new IOException(reason(e), e);
        }
    }

    /** Removes a temporary file after a failure, which is what the caller hears of, not this. */
    private static void deleteQuietly(Path temporary) {
        try {
            Files.deleteIfExists(temporary);
        } catch (IOException e) {
            // The failure being reported matters more; a file that cannot be removed was never the target.
        }
    }

    /**
     * The path written: absolute, and a symbolic link's target rather than the link. A dangling link is followed to
     * the file it names, which is created as a shell's {@code >} would, so that a missing directory there is named
     * rather than the link reported read-only.
     */
    private static Path target(Path file) throws IOException {
        Path target = file.toAbsolutePath().normalize();
        if (Files.isSymbolicLink(target) && Files.exists(target)) {
            return target.toRealPath();
        }
        // Bounded as the kernel bounds a chain of links (ELOOP), so that a loop of links ends.
        for (int hops = 0; hops < MAX_LINKS && Files.isSymbolicLink(target); hops++) {
            Path parent = target.getParent();
            Path link = Files.readSymbolicLink(target);
            target = (parent == null ? link : parent.resolve(link)).toAbsolutePath().normalize();
        }
        if (Files.isSymbolicLink(target)) {
            throw new IOException("too many levels of symbolic links");
        }
        return target;
    }

    private static Path directory(Path target) throws IOException {
        Path directory = target.getParent();
        if (directory == null) {
            throw new IOException("it names no file");
        }
        if (!Files.exists(directory)) {
            throw new IOException("directory " + directory + " does not exist");
        }
        if (!Files.isDirectory(directory)) {
            throw new IOException(directory + " is not a directory");
        }
        return directory;
    }

    /**
     * Read-only as the JDK reports it for this user, or read-only for everyone by its permission bits, which the
     * superuser's access check passes over.
     */
    static boolean isReadOnly(Path path) throws IOException {
        if (!Files.isWritable(path)) {
            return true;
        }
        PosixFileAttributeView view = Files.getFileAttributeView(path, PosixFileAttributeView.class);
        if (view == null) {
            return false;
        }
        Set<PosixFilePermission> permissions = view.readAttributes().permissions();
        return !permissions.contains(PosixFilePermission.OWNER_WRITE)
                && !permissions.contains(PosixFilePermission.GROUP_WRITE)
                && !permissions.contains(PosixFilePermission.OTHERS_WRITE);
    }

    /**
     * A new empty file {@code .NAME.rekisteri-tmp-RANDOM} beside the target, created as any new file is, so that the
     * umask sets its mode. The name part is shortened when needed so that the whole name stays within 255 bytes.
     */
    private static Path createTemporary(Path directory, Path target) throws IOException {
        Path name = target.getFileName();
        if (name == null) {
            throw new IOException("it names no file");
        }
        String prefix = "." + truncate(name.toString(),
                MAX_NAME_BYTES - 1 - TEMPORARY_MARK.length() - RANDOM_LENGTH) + TEMPORARY_MARK;
        for (int attempt = 0; ; attempt++) {
            Path temporary = directory.resolve(prefix + random());
            try {
                return Files.createFile(temporary);
            } catch (FileAlreadyExistsException e) {
                if (attempt == 100) {
                    throw new IOException("cannot create a temporary file in directory " + directory, e);
                }
            } catch (AccessDeniedException e) {
                throw new IOException("permission denied: cannot create a file in directory " + directory, e);
            } catch (FileSystemException e) {
                throw new IOException("cannot create a file in directory " + directory + ": " + reason(e), e);
            }
        }
    }

    /** The longest start of {@code name} that is at most {@code maxBytes} in UTF-8, cut between code points. */
    static String truncate(String name, int maxBytes) {
        int bytes = 0;
        int end = 0;
        while (end < name.length()) {
            int codePoint = name.codePointAt(end);
            int length = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (bytes + length > maxBytes) {
                break;
            }
            bytes += length;
            end += Character.charCount(codePoint);
        }
        return name.substring(0, end);
    }

    private static String random() {
        StringBuilder random = new StringBuilder(RANDOM_LENGTH);
        for (int i = 0; i < RANDOM_LENGTH; i++) {
            random.append(RANDOM_ALPHABET.charAt(RANDOM.nextInt(RANDOM_ALPHABET.length())));
        }
        return random.toString();
    }

    /** The replaced file's mode, and its owner and group where this user may set them. */
    private static void keepAttributes(Path target, Path temporary) throws IOException {
        PosixFileAttributeView source = Files.getFileAttributeView(target, PosixFileAttributeView.class);
        PosixFileAttributeView copy = Files.getFileAttributeView(temporary, PosixFileAttributeView.class);
        if (source == null || copy == null) {
            return;
        }
        PosixFileAttributes attributes = source.readAttributes();
        copy.setPermissions(attributes.permissions());
        try {
            copy.setOwner(attributes.owner());
            copy.setGroup(attributes.group());
        } catch (IOException | UnsupportedOperationException e) {
            // Only the superuser may give a file away; anyone else's replacement is theirs, as an editor's would be.
        }
    }

    /** Makes the rename itself durable where the platform can sync a directory (Linux, macOS); elsewhere skipped. */
    private static void syncDirectory(Path directory) {
        try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | RuntimeException e) {
            // The file is written and moved; only its durability across a power cut is not confirmed.
        }
    }

    /** What went wrong, without the temporary file's name that a {@link FileSystemException} message starts with. */
    private static String reason(FileSystemException e) {
        String reason = e.getReason();
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        return reason != null ? reason : e.getClass().getSimpleName();
    }
}
