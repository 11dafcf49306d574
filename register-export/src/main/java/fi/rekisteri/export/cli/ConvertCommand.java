package fi.rekisteri.export.cli;

import fi.rekisteri.core.Register;
import fi.rekisteri.export.ReadLimits;
import fi.rekisteri.export.RegisterFormat;
import fi.rekisteri.export.RegisterWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code rekisteri convert FILE -o OUT.json|OUT.yaml}. */
@Command(name = "convert", mixinStandardHelpOptions = true,
        description = "Rewrites a register file as YAML or JSON; nothing is lost. A result larger than the reader"
                + " accepts (4 Mi characters) is refused, exit 2.")
final class ConvertCommand implements Callable<Integer> {

    @Mixin
    private RegisterFile input;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT", required = true,
            description = "Output file; .json or .yaml/.yml chooses the format.")
    private Path output;

    @Override
    public Integer call() throws IOException {
        RegisterFormat format;
        try {
            format = RegisterFormat.of(output);
        } catch (IllegalArgumentException e) {
            input.tool().err.println("rekisteri: " + e.getMessage());
            return RekisteriCommand.EXIT_INPUT;
        }
        Optional<Register> register = input.read();
        if (register.isEmpty()) {
            return RekisteriCommand.EXIT_INPUT;
        }
        String text = RegisterWriter.write(register.get(), format);
        int limit = ReadLimits.defaults().maxDocumentChars();
        if (text.length() > limit) {
            // JSON and block YAML take more characters than a compact input: never write what the reader refuses.
            input.tool().err.println("rekisteri: the " + format.name().toLowerCase(Locale.ROOT) + " of this register"
                    + " has " + text.length() + " characters, more than the " + limit + " the reader accepts, so it"
                    + " could not be read back; nothing was written (split the register)");
            return RekisteriCommand.EXIT_INPUT;
        }
        return Output.write(out -> out.write(text.getBytes(StandardCharsets.UTF_8)), true, Optional.of(output),
                input.tool());
    }
}
