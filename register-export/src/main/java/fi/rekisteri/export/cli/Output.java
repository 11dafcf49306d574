package fi.rekisteri.export.cli;

import fi.rekisteri.export.internal.io.AtomicFiles;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Optional;

/** Writes a command's result whole: to a file through a temporary file and a move, or to standard output. */
final class Output {

    private Output() {}

    /** Writes the bytes; returns the exit status. */
    static int write(byte[] content, Optional<Path> file, PrintStream out, PrintStream err) {
        if (file.isEmpty()) {
            out.write(content, 0, content.length);
            out.flush();
            return 0;
        }
        try {
            AtomicFiles.write(file.get(), stream -> stream.write(content));
            return 0;
        } catch (IOException e) {
            err.println("rekisteri: cannot write " + file.get() + ": " + e.getMessage() + "; nothing was written");
            return RekisteriCommand.EXIT_OUTPUT;
        }
    }
}
