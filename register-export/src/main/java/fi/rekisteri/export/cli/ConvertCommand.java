package fi.rekisteri.export.cli;

import fi.rekisteri.core.Register;
import fi.rekisteri.export.RegisterFormat;
import fi.rekisteri.export.RegisterWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code rekisteri convert FILE -o OUT.json|OUT.yaml}. */
@Command(name = "convert", mixinStandardHelpOptions = true,
        description = "Rewrites a register file as YAML or JSON; nothing is lost.")
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
        return Output.write(out -> out.write(text.getBytes(StandardCharsets.UTF_8)), true, Optional.of(output),
                input.tool());
    }
}
