package fi.rekisteri.export.internal.io;

import java.io.Console;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;

/** Whether this process's standard output is a terminal, where binary output (PDF, XLSX) must not go. */
public final class Terminals {

    private Terminals() {}

    /**
     * Whether standard output is a terminal. On Linux, what file descriptor 1 leads to says so exactly; elsewhere
     * the JVM's console does: from Java 22 {@code Console.isTerminal()}, before it the console itself, which exists
     * only when standard input is a terminal too.
     */
    // The null check is for Java 17 to 21; from 22, where a console always exists, isTerminal() decides.
    @SuppressWarnings("SystemConsoleNull")
    public static boolean isStandardOutput() {
        Path descriptor = Path.of("/proc/self/fd/1");
        if (Files.exists(descriptor)) {
            try {
                String device = descriptor.toRealPath().toString();
                return device.startsWith("/dev/pts/") || device.startsWith("/dev/tty")
                        || device.equals("/dev/console");
            } catch (IOException | SecurityException e) {
                // A pipe or socket has no real path ("pipe:[1234]"): not a terminal.
                return false;
            }
        }
        Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            Method isTerminal = Console.class.getMethod("isTerminal");
            return Boolean.TRUE.equals(isTerminal.invoke(console));
        } catch (NoSuchMethodException e) {
            return true;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return false;
        }
    }
}
