package fi.rekisteri.export.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The register files a command takes as {@code FILE…|DIR}: the files as given, each directory replaced by its
 * {@code .yaml}, {@code .yml} and {@code .json} files in name order (not its sub-directories'). One place for
 * {@code check} and {@code render --type art30}.
 */
final class RegisterFiles {

    private RegisterFiles() {}

    /**
     * The files, or empty after saying on {@code err} why not: a directory that cannot be listed, or one with no
     * register file in it (more likely a mistake than a set of registers that passes).
     */
    static Optional<List<Path>> expand(List<Path> given, PrintStream err) {
        List<Path> registers = new ArrayList<>();
        for (Path file : given) {
            if (!Files.isDirectory(file)) {
                registers.add(file);
                continue;
            }
            try (Stream<Path> listed = Files.list(file)) {
                List<Path> inside = listed.filter(RegisterFiles::isRegisterFile).sorted().toList();
                if (inside.isEmpty()) {
                    err.println("rekisteri: cannot read the register file " + file + ": it is a directory"
                            + " with no .yaml, .yml or .json files");
                    return Optional.empty();
                }
                registers.addAll(inside);
            } catch (IOException e) {
                err.println("rekisteri: cannot list the directory " + file + ": " + e.getMessage());
                return Optional.empty();
            }
        }
        return Optional.of(List.copyOf(registers));
    }

    /** Whether the command was given more than one register: several files, or a directory. */
    static boolean several(List<Path> given) {
        return given.size() > 1 || given.stream().anyMatch(Files::isDirectory);
    }

    private static boolean isRegisterFile(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return Files.isRegularFile(file) && (name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".json"));
    }
}
