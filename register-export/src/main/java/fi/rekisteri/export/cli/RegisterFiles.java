package fi.rekisteri.export.cli;

import fi.rekisteri.export.ReadLimits;
import fi.rekisteri.export.internal.format.NodeParser;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The register files a command takes as {@code FILE…|DIR}: the files as given, each directory replaced by its
 * {@code .yaml}, {@code .yml} and {@code .json} files in name order (not its sub-directories'), leaving out those that
 * are not registers: the rules or taxonomy file the command was given ({@code --rules}, {@code --taxonomy}), and any
 * file known by its content not to be one: a rules file, by its top-level {@code rules} property, which no register
 * has, and a JSON Schema (the register schema the project ships, say), by a top-level {@code $schema} naming a
 * json-schema.org meta-schema, where a register's {@code $schema} names the register schema. An organisation keeps its
 * rules and schemas beside its registers; a file named on the command line is read as a register whatever it holds.
 * One place for {@code check}, {@code render --type art30} and {@code convert}.
 */
final class RegisterFiles {

    private RegisterFiles() {}

    /**
     * The files, or empty after saying on {@code err} why not: a directory that cannot be listed, or one with no
     * register file in it (more likely a mistake than a set of registers that passes).
     *
     * @param options the files the command's options name (rules, taxonomy), left out of a directory's files
     */
    static Optional<List<Path>> expand(List<Path> given, List<Path> options, PrintStream err) {
        List<Path> registers = new ArrayList<>();
        for (Path file : given) {
            if (!Files.isDirectory(file)) {
                registers.add(file);
                continue;
            }
            try (Stream<Path> listed = Files.list(file)) {
                List<Path> files = listed.filter(RegisterFiles::isRegisterFile).sorted().toList();
                List<Path> inside = files.stream()
                        .filter(candidate -> options.stream().noneMatch(option -> sameFile(candidate, option)))
                        .filter(candidate -> !isKnownNotARegister(candidate)).toList();
                if (inside.isEmpty()) {
                    err.println("rekisteri: cannot read the register file " + file + ": it is a directory"
                            + " with no " + (files.isEmpty() ? ".yaml, .yml or .json files"
                                    : "register files (only rules, taxonomy or JSON Schema files)"));
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

    /**
     * A rules file or a JSON Schema, known by what no register's top level holds: a {@code rules} property, or a
     * {@code $schema} naming a json-schema.org meta-schema.
     */
    private static boolean isKnownNotARegister(Path file) {
        return NodeParser.hasTopLevelProperty(file, ReadLimits.defaults(), (name, text) -> name.equals("rules")
                || (name.equals("$schema") && text.filter(RegisterFiles::isJsonSchemaMetaSchema).isPresent()));
    }

    /**
     * Whether a {@code $schema} names one of json-schema.org's meta-schemas
     * ({@code https://json-schema.org/draft/2020-12/schema}, {@code http://json-schema.org/draft-07/schema#}): the
     * document is then a schema itself.
     */
    static boolean isJsonSchemaMetaSchema(String schema) {
        try {
            String host = new URI(schema.strip()).getHost();
            return host != null && host.toLowerCase(Locale.ROOT).equals("json-schema.org");
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static boolean sameFile(Path file, Path option) {
        try {
            return Files.exists(option) && Files.isSameFile(file, option);
        } catch (IOException e) {
            // An option's file that cannot be compared is read, and reported, by its option.
            return false;
        }
    }

    private static boolean isRegisterFile(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return Files.isRegularFile(file) && (name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".json"));
    }
}
