package fi.rekisteri.export.cli;

import fi.rekisteri.core.Register;
import fi.rekisteri.export.FormatError;
import fi.rekisteri.export.RegisterFormatException;
import fi.rekisteri.export.RegisterReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;

/** Reads the register a command works on, reporting what is wrong with it on standard error. */
final class Input {

    private Input() {}

    /** The register, or empty after printing every error. */
    static Optional<Register> read(Path file, PrintStream err) {
        if (Files.isDirectory(file)) {
            err.println("rekisteri: cannot read the register file " + file + ": it is a directory");
            return Optional.empty();
        }
        try {
            return Optional.of(RegisterReader.create().read(file));
        } catch (RegisterFormatException e) {
            for (FormatError error : e.errors()) {
                err.println(error);
            }
            // What a writing command did not write is its output's to say; a file with errors is read by none.
            err.println("rekisteri: " + e.errors().size() + (e.errors().size() == 1 ? " error" : " errors")
                    + " in the register file " + file + "; fix " + (e.errors().size() == 1 ? "it" : "them")
                    + " and run the command again");
        } catch (CharacterCodingException e) {
            err.println("rekisteri: " + file + ": not UTF-8 text; save the register file as UTF-8");
        } catch (NoSuchFileException e) {
            err.println("rekisteri: " + file + ": no such file");
        } catch (AccessDeniedException e) {
            err.println("rekisteri: " + file + ": you have no permission to read the register file");
        } catch (IOException e) {
            // The JDK's messages for I/O errors name the file, and little else.
            err.println("rekisteri: cannot read the register file " + file + ": " + e.getMessage());
        } catch (IllegalArgumentException e) {
            err.println("rekisteri: " + file + ": " + e.getMessage());
        }
        return Optional.empty();
    }
}
