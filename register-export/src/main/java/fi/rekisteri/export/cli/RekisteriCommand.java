package fi.rekisteri.export.cli;

import com.openhtmltopdf.util.XRLog;
import fi.rekisteri.export.document.DocumentTooLargeException;
import fi.rekisteri.export.internal.io.TerminalPrintStream;
import fi.rekisteri.export.internal.io.Terminals;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import picocli.CommandLine.Command;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.TypeConversionException;
import picocli.CommandLine;

/**
 * {@code rekisteri}: registers into documents, for teams who never write Java. Exit status 0 on success, 2 when the
 * command line or the register file is wrong, 1 when the output cannot be written or the compliance check found an
 * ERROR that stops the command ({@code check}, {@code render --findings refuse}); {@code diff} follows {@code diff(1)}
 * instead: 0 the same, 1 different, 2 trouble.
 */
@Command(name = "rekisteri",
        mixinStandardHelpOptions = true,
        versionProvider = RekisteriCommand.Version.class,
        description = "Turns a register description (YAML or JSON) into privacy-statement documents.",
        subcommands = {RenderCommand.class, CheckCommand.class, ConvertCommand.class, DiffCommand.class,
                CommandLine.HelpCommand.class})
public final class RekisteriCommand {

    /** Exit status when the output cannot be written. */
    static final int EXIT_OUTPUT = 1;
    /** Exit status when the compliance check found an ERROR: {@code check}, {@code render --findings refuse}. */
    static final int EXIT_FINDINGS = 1;
    /** Exit status when the command line or the input is wrong. */
    static final int EXIT_INPUT = 2;

    /** Standard output for text: register data's control characters are shown escaped. */
    final TerminalPrintStream out;
    /** Standard error, likewise. */
    final TerminalPrintStream err;
    /** Standard output as it is, for binary output (PDF, XLSX) only. */
    final OutputStream binaryOut;
    /** Whether standard output is a terminal, to which binary output is never written. */
    final boolean outIsTerminal;

    private RekisteriCommand(TerminalPrintStream out, TerminalPrintStream err, OutputStream binaryOut,
            boolean outIsTerminal) {
        this.out = out;
        this.err = err;
        this.binaryOut = binaryOut;
        this.outIsTerminal = outIsTerminal;
    }

    /** Runs the tool and exits with its status. */
    public static void main(String[] args) {
        // The PDF library reports its progress through java.util.logging; a command line says only what went wrong.
        XRLog.setLoggingEnabled(false);
        System.exit(run(System.out, System.err, Terminals.isStandardOutput(), args));
    }

    /** Runs the tool with the given streams, standard output not a terminal; returns the exit status. */
    static int run(PrintStream out, PrintStream err, String... args) {
        return run(out, err, false, args);
    }

    /** Runs the tool with the given streams, saying whether {@code out} is a terminal; returns the exit status. */
    static int run(PrintStream out, PrintStream err, boolean outIsTerminal, String... args) {
        // Everything printed passes one filter, picocli's usage messages too, which quote the command line.
        TerminalPrintStream terminalOut = TerminalPrintStream.of(out);
        TerminalPrintStream terminalErr = TerminalPrintStream.of(err);
        CommandLine commandLine = new CommandLine(new RekisteriCommand(terminalOut, terminalErr, out, outIsTerminal));
        commandLine.setOut(new PrintWriter(new OutputStreamWriter(terminalOut, StandardCharsets.UTF_8), true));
        commandLine.setErr(new PrintWriter(new OutputStreamWriter(terminalErr, StandardCharsets.UTF_8), true));
        IParameterExceptionHandler usage = commandLine.getParameterExceptionHandler();
        commandLine.setParameterExceptionHandler((e, arguments) -> {
            // A value the option does not take: its message names the valid ones, and the usage would bury it.
            if (e.getCause() instanceof TypeConversionException conversion) {
                terminalErr.println("rekisteri: " + conversion.getMessage());
                return EXIT_INPUT;
            }
            return usage.handleParseException(e, arguments);
        });
        commandLine.setExecutionExceptionHandler((e, line, parseResult) -> {
            // Never a stack trace at the user: what failed, in one line.
            terminalErr.println("rekisteri: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
            // A document too large for its format is the input's fault, as a wrong register file is.
            return e instanceof DocumentTooLargeException ? EXIT_INPUT : EXIT_OUTPUT;
        });
        try {
            return commandLine.execute(args);
        } finally {
            terminalOut.finish();
            terminalErr.finish();
        }
    }

    /** The version the build wrote into {@code version.properties}. */
    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"rekisteri " + number()};
        }

        /** The version number alone, such as {@code 0.1.0-SNAPSHOT}. */
        static String number() {
            Properties properties = new Properties();
            try (InputStream in = RekisteriCommand.class.getResourceAsStream("version.properties")) {
                if (in != null) {
                    properties.load(in);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return properties.getProperty("version", "(unknown version)");
        }
    }
}
