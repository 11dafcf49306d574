package fi.rekisteri.export.cli;

import fi.rekisteri.core.Register;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Parameters;

/** The register file a command reads: its first positional parameter, mixed into every command that takes one. */
final class RegisterFile {

    @Parameters(index = "0", paramLabel = "FILE", description = "The register file (.yaml, .yml or .json).")
    private Path file;

    /** Where the file is, as given. */
    Path path() {
        return file;
    }

    /** The register the file holds, or empty after its errors are printed to {@code err}. */
    Optional<Register> read(PrintStream err) {
        return Input.read(file, err);
    }
}
