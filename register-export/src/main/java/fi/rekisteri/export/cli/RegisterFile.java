package fi.rekisteri.export.cli;

import fi.rekisteri.core.Register;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * The register file a command reads, its first positional parameter, and the tool's streams: mixed into every
 * command that takes a register, so that none declares them again.
 */
final class RegisterFile {

    @Spec(Spec.Target.MIXEE)
    private CommandSpec command;

    @Parameters(index = "0", paramLabel = "FILE", description = "The register file (.yaml, .yml or .json).")
    private Path file;

    /** Where the file is, as given. */
    Path path() {
        return file;
    }

    /** The tool the command runs in, with its standard output and error. */
    RekisteriCommand tool() {
        return (RekisteriCommand) command.parent().userObject();
    }

    /** The register the file holds, or empty after its errors are printed to standard error. */
    Optional<Register> read() {
        return Input.read(file, tool().err);
    }
}
