package fi.rekisteri.export.cli;

import fi.rekisteri.core.Register;
import fi.rekisteri.core.taxonomy.Taxonomy;
import fi.rekisteri.export.ReadLimits;
import fi.rekisteri.export.RegisterFormat;
import fi.rekisteri.export.RegisterReader;
import fi.rekisteri.export.RegisterWriter;
import fi.rekisteri.export.internal.io.AtomicFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code rekisteri convert FILE -o OUT.json|OUT.yaml}, and {@code convert FILE…|DIR --format json|yaml -o OUTDIR}: one
 * file per register in the output directory, named after the register file with the format's extension. Several
 * registers are all read and converted before anything is written, and then written all or none.
 */
@Command(name = "convert", mixinStandardHelpOptions = true,
        description = "Rewrites a register file as YAML or JSON; nothing is lost. With several files or a directory,"
                + " writes one file per register into the directory -o names (created if it is missing), in the"
                + " format --format names; every file is read first, and either all are written or none."
                + " With --taxonomy, parts whose keys"
                + " are the taxonomy's are written as references to it (taxonomy: KEY). A result larger than the"
                + " reader accepts (4 Mi characters) is refused, exit 2.")
final class ConvertCommand implements Callable<Integer> {

    @Mixin
    private RegisterFile input;

    @Parameters(index = "1..*", arity = "0..*", paramLabel = "FILE",
            description = "More register files, or directories of them: each converted into the directory -o names.")
    private List<Path> moreFiles = new ArrayList<>();

    @Option(names = {"-o", "--output"}, paramLabel = "OUT", required = true,
            description = "Output file; .json or .yaml/.yml chooses the format. With several registers, the output"
                    + " directory.")
    private Path output;

    @Option(names = "--format", paramLabel = "FORMAT", converter = FormatConverter.class,
            description = "yaml or json: the format of the files written, needed with several registers; with one,"
                    + " the output file's extension says it.")
    private @Nullable RegisterFormat format;

    /** Reads {@code --format}: {@code yaml} or {@code json}, in any case. */
    static final class FormatConverter implements ITypeConverter<RegisterFormat> {
        @Override
        public RegisterFormat convert(String value) {
            try {
                return RegisterFormat.valueOf(value.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException("unknown --format '" + value + "'; expected yaml or json");
            }
        }
    }

    @Override
    public Integer call() throws IOException {
        List<Path> given = new ArrayList<>();
        given.add(input.path());
        given.addAll(moreFiles);
        if (RegisterFiles.several(given)) {
            return convertAll(given);
        }
        RekisteriCommand tool = input.tool();
        RegisterFormat target;
        try {
            target = RegisterFormat.of(output);
        } catch (IllegalArgumentException e) {
            tool.err.println("rekisteri: " + e.getMessage());
            return RekisteriCommand.EXIT_INPUT;
        }
        RegisterFormat asked = format;
        if (asked != null && asked != target) {
            tool.err.println("rekisteri: --format " + code(asked) + " but the output file " + output + " is "
                    + code(target) + "; leave --format out or name the file ." + code(asked));
            return RekisteriCommand.EXIT_INPUT;
        }
        if (Output.replacesInput(input.path(), Optional.of(output), tool)) {
            return RekisteriCommand.EXIT_INPUT;
        }
        Optional<Register> register = input.read();
        if (register.isEmpty()) {
            return RekisteriCommand.EXIT_INPUT;
        }
        Optional<String> text = text(register.get(), target, "this register");
        if (text.isEmpty()) {
            return RekisteriCommand.EXIT_INPUT;
        }
        return Output.write(out -> out.write(text.get().getBytes(StandardCharsets.UTF_8)), true, Optional.of(output),
                tool);
    }

    /**
     * Several registers into the directory {@code -o} names: every file read and converted first, any that cannot be
     * stopping the command with nothing written; then all written, or none.
     */
    private int convertAll(List<Path> given) throws IOException {
        RekisteriCommand tool = input.tool();
        RegisterFormat target = format;
        if (target == null) {
            tool.err.println("rekisteri: with several register files, -o names a directory: give --format yaml or"
                    + " json for the files written into it");
            return RekisteriCommand.EXIT_INPUT;
        }
        if (Files.exists(output) && !Files.isDirectory(output)) {
            tool.err.println("rekisteri: with several register files, -o names a directory, and " + output
                    + " is a file; nothing was written");
            return RekisteriCommand.EXIT_INPUT;
        }
        Optional<List<Path>> files = RegisterFiles.expand(given, input.taxonomy().files(), tool.err);
        if (files.isEmpty()) {
            return RekisteriCommand.EXIT_INPUT;
        }
        Optional<List<Path>> targets = targets(files.get(), target);
        if (targets.isEmpty()) {
            return RekisteriCommand.EXIT_INPUT;
        }
        Optional<RegisterReader> reader = input.taxonomy().reader(tool.err);
        if (reader.isEmpty()) {
            return RekisteriCommand.EXIT_INPUT;
        }
        List<String> texts = new ArrayList<>();
        boolean failed = false;
        for (Path file : files.get()) {
            Optional<String> text = Input.read(file, tool.err, reader.get())
                    .flatMap(register -> text(register, target, file.toString()));
            text.ifPresent(texts::add);
            failed |= text.isEmpty();
        }
        if (failed) {
            tool.err.println("rekisteri: not every register file could be converted; nothing was written");
            return RekisteriCommand.EXIT_INPUT;
        }
        boolean created = false;
        if (!Files.exists(output)) {
            Path parent = output.toAbsolutePath().normalize().getParent();
            if (parent == null || !Files.isDirectory(parent)) {
                tool.err.println("rekisteri: cannot write " + output + ": directory " + parent
                        + " does not exist; nothing was written");
                return RekisteriCommand.EXIT_OUTPUT;
            }
            try {
                Files.createDirectory(output);
                created = true;
            } catch (IOException e) {
                tool.err.println("rekisteri: cannot create the directory " + output + ": " + e.getMessage()
                        + "; nothing was written");
                return RekisteriCommand.EXIT_OUTPUT;
            }
        }
        List<AtomicFiles.Pending> pending = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            byte[] bytes = texts.get(i).getBytes(StandardCharsets.UTF_8);
            pending.add(new AtomicFiles.Pending(targets.get().get(i), out -> out.write(bytes)));
        }
        try {
            AtomicFiles.writeAll(pending);
            return 0;
        } catch (IOException e) {
            if (created) {
                // Made for this run and left empty by the failure: as if the run had not been.
                try {
                    Files.deleteIfExists(output);
                } catch (IOException left) {
                    // The failure to write is what the user must hear of; an empty directory is no harm.
                }
            }
            tool.err.println("rekisteri: cannot write " + e.getMessage() + "; nothing was written");
            return RekisteriCommand.EXIT_OUTPUT;
        }
    }

    /**
     * Where each register goes: {@code OUTDIR/NAME.json} for {@code NAME.yaml}. Empty after saying why not: two
     * registers that would go to one file, or an output file that is one of the register files.
     */
    private Optional<List<Path>> targets(List<Path> files, RegisterFormat target) throws IOException {
        RekisteriCommand tool = input.tool();
        Map<Path, Path> byTarget = new HashMap<>();
        List<Path> targets = new ArrayList<>();
        for (Path file : files) {
            String name = String.valueOf(file.getFileName());
            int dot = name.lastIndexOf('.');
            Path out = output.resolve((dot > 0 ? name.substring(0, dot) : name) + "." + code(target));
            Path earlier = byTarget.putIfAbsent(out.toAbsolutePath().normalize(), file);
            if (earlier != null) {
                tool.err.println("rekisteri: " + earlier + " and " + file + " would both be written to " + out
                        + "; rename one, nothing was written");
                return Optional.empty();
            }
            targets.add(out);
        }
        Set<Object> inputs = new HashSet<>();
        for (Path file : files) {
            identity(file).ifPresent(inputs::add);
        }
        for (int i = 0; i < targets.size(); i++) {
            Optional<Object> written = identity(targets.get(i));
            if (written.isPresent() && inputs.contains(written.get())) {
                tool.err.println("rekisteri: " + targets.get(i) + " is one of the register files being converted;"
                        + " choose another output directory, nothing was written");
                return Optional.empty();
            }
        }
        return Optional.of(targets);
    }

    /**
     * What makes two paths one file, a link or a second name included: its file key where the platform has one,
     * else its real path; empty for a file that does not exist.
     */
    private static Optional<Object> identity(Path file) {
        try {
            if (!Files.exists(file)) {
                return Optional.empty();
            }
            Object key = Files.readAttributes(file, BasicFileAttributes.class).fileKey();
            return Optional.of(key != null ? key : file.toRealPath());
        } catch (IOException e) {
            // A file that cannot be looked at is not one being read; writing it says what is wrong.
            return Optional.empty();
        }
    }

    /** The register in the format, or empty after saying it is larger than the reader accepts. */
    private Optional<String> text(Register register, RegisterFormat target, String what) {
        RekisteriCommand tool = input.tool();
        // The taxonomy was read with the register, so it is there.
        Optional<Taxonomy> taxonomy = input.taxonomy().given()
                ? input.taxonomy().taxonomy(tool.err) : Optional.empty();
        String text = taxonomy.isPresent() ? RegisterWriter.write(register, target, taxonomy.get())
                : RegisterWriter.write(register, target);
        int limit = ReadLimits.defaults().maxDocumentChars();
        if (text.length() > limit) {
            // JSON and block YAML take more characters than a compact input: never write what the reader refuses.
            tool.err.println("rekisteri: the " + target.name().toLowerCase(Locale.ROOT) + " of " + what
                    + " has " + text.length() + " characters, more than the " + limit + " the reader accepts, so it"
                    + " could not be read back; nothing was written (split the register)");
            return Optional.empty();
        }
        return Optional.of(text);
    }

    private static String code(RegisterFormat format) {
        return format.name().toLowerCase(Locale.ROOT);
    }
}
