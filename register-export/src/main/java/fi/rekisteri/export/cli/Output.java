package fi.rekisteri.export.cli;

import fi.rekisteri.export.internal.io.AtomicFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Writes a command's result: streamed into a file through a temporary file and a move, or onto standard output,
 * where text passes through the terminal filter and only binary output (PDF, XLSX) goes out as it is.
 */
final class Output {

    private Output() {}

    /** Streams the content; returns the exit status. */
    static int write(AtomicFiles.Content content, boolean text, Optional<Path> file, RekisteriCommand command)
            throws IOException {
        if (file.isEmpty()) {
            command.out.flush();
            if (text) {
                content.writeTo(command.out);
                command.out.flush();
            } else {
                content.writeTo(command.binaryOut);
                command.binaryOut.flush();
            }
            return 0;
        }
        try {
            AtomicFiles.write(file.get(), content);
            return 0;
        } catch (IOException e) {
            command.err.println("rekisteri: cannot write " + file.get() + ": " + e.getMessage()
                    + "; nothing was written");
            return RekisteriCommand.EXIT_OUTPUT;
        }
    }

    /**
     * Whether the output would replace the input: the same file by another path, a symbolic or a hard link. Prints
     * why the command refuses when it would.
     */
    static boolean replacesInput(Path input, Optional<Path> output, RekisteriCommand command) {
        if (output.isEmpty() || !sameFile(input, output.get())) {
            return false;
        }
        command.err.println("rekisteri: " + output.get() + " is the register file " + input
                + "; choose another output file, nothing was written");
        return true;
    }

    private static boolean sameFile(Path input, Path output) {
        try {
            return Files.exists(output) && Files.exists(input) && Files.isSameFile(input, output);
        } catch (IOException e) {
            // Either cannot be read: then it is not the register being read, and writing says what is wrong.
            return false;
        }
    }
}
