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
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads the register a command works on, reporting what is wrong with it on standard error. */
final class Input {

    private Input() {}

    /**
     * A register file as read: the register, or what is wrong with the file, each error with its line and column
     * where it has them (a file that cannot be opened has one error, about the file as a whole), and the lines that
     * say so on standard error.
     *
     * @param register the register; empty when the file could not be read
     * @param errors what is wrong; empty when the register was read
     * @param lines the errors as printed, with the closing line that says what to do
     */
    record Outcome(Optional<Register> register, List<FormatError> errors, List<String> lines) {

        Outcome {
            errors = List.copyOf(errors);
            lines = List.copyOf(lines);
        }

        /** Prints {@link #lines()} on {@code err}. */
        void print(PrintStream err) {
            lines.forEach(err::println);
        }
    }

    /** The register, or empty after printing every error. */
    static Optional<Register> read(Path file, PrintStream err) {
        return read(file, err, RegisterReader.create());
    }

    /** The register as {@code reader} reads it, or empty after printing every error. */
    static Optional<Register> read(Path file, PrintStream err, RegisterReader reader) {
        Outcome outcome = load(file, reader);
        outcome.print(err);
        return outcome.register();
    }

    /** The register as {@code reader} reads it, or what is wrong with the file; prints nothing. */
    static Outcome load(Path file, RegisterReader reader) {
        if (Files.isDirectory(file)) {
            return unreadable(file, "cannot read the register file " + file + ": it is a directory");
        }
        try {
            return new Outcome(Optional.of(reader.read(file)), List.of(), List.of());
        } catch (RegisterFormatException e) {
            List<String> lines = new ArrayList<>();
            for (FormatError error : e.errors()) {
                lines.add(error.toString());
            }
            // What a writing command did not write is its output's to say; a file with errors is read by none.
            lines.add("rekisteri: " + e.errors().size() + (e.errors().size() == 1 ? " error" : " errors")
                    + " in the register file " + file + "; fix " + (e.errors().size() == 1 ? "it" : "them")
                    + " and run the command again");
            return new Outcome(Optional.empty(), e.errors(), lines);
        } catch (CharacterCodingException e) {
            return unreadable(file, file + ": not UTF-8 text; save the register file as UTF-8");
        } catch (NoSuchFileException e) {
            return unreadable(file, file + ": no such file");
        } catch (AccessDeniedException e) {
            return unreadable(file, file + ": you have no permission to read the register file");
        } catch (IOException e) {
            // The JDK's messages for I/O errors name the file, and little else.
            return unreadable(file, "cannot read the register file " + file + ": " + e.getMessage());
        } catch (IllegalArgumentException e) {
            return unreadable(file, file + ": " + e.getMessage());
        }
    }

    /** A file that could not be read at all: one error about the whole file, with the message printed. */
    private static Outcome unreadable(Path file, String message) {
        return new Outcome(Optional.empty(), List.of(new FormatError(file.toString(), 0, 0, "", message)),
                List.of("rekisteri: " + message));
    }
}
