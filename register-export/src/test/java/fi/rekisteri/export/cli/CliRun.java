package fi.rekisteri.export.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Runs the {@code rekisteri} command in-process on a copy of the seed register and keeps what it printed; the output
 * of every run in one test accumulates, as it would on a terminal.
 */
final class CliRun {

    private final Path seed;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    /** Copies the seed register into {@code dir} as {@code register.yaml}. */
    CliRun(Path dir) throws IOException {
        seed = dir.resolve("register.yaml");
        try (InputStream in = CliRun.class.getResourceAsStream("/mainostakomo/register.yaml")) {
            Files.copy(in, seed);
        }
    }

    /** The copy of the seed register. */
    Path seed() {
        return seed;
    }

    /** Runs the command with {@code args} and returns its exit code. */
    int run(String... args) {
        return RekisteriCommand.run(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), args);
    }

    /** Runs the command as if standard output were a terminal; returns its exit code. */
    int runOnATerminal(String... args) {
        return RekisteriCommand.run(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), true, args);
    }

    /** Everything printed to standard output so far, as bytes. */
    byte[] outBytes() {
        return out.toByteArray();
    }

    /** Everything printed to standard output so far. */
    String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    /** Everything printed to standard error so far. */
    String err() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
