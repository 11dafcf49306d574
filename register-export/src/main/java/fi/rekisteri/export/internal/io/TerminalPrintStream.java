package fi.rekisteri.export.internal.io;

import fi.rekisteri.export.internal.io.TerminalText.Layout;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * A UTF-8 print stream for a terminal: bytes pass through a {@link TerminalOutputStream}, and a line printed with
 * {@code println} is one line: a line feed or tab in it is shown escaped as well, so that a message quoting register
 * data cannot end early and print a line that looks like the tool's own.
 */
public final class TerminalPrintStream extends PrintStream {

    private final TerminalOutputStream terminal;

    private TerminalPrintStream(TerminalOutputStream terminal) {
        super(terminal, true, StandardCharsets.UTF_8);
        this.terminal = terminal;
    }

    /** A print stream onto {@code out}. */
    public static TerminalPrintStream of(OutputStream out) {
        return new TerminalPrintStream(new TerminalOutputStream(out));
    }

    @Override
    public void println(String line) {
        super.println(TerminalText.escape(String.valueOf(line), Layout.LINE));
    }

    @Override
    public void println(Object line) {
        println(String.valueOf(line));
    }

    /** Writes what the filter holds back at the end of the output and flushes; the stream underneath stays open. */
    public void finish() {
        flush();
        try {
            terminal.finish();
        } catch (IOException e) {
            setError();
        }
    }
}
