package fi.rekisteri.export.internal.document;

import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLog;
import com.openhtmltopdf.util.XRLogger;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.slf4j.LoggerFactory;
import org.slf4j.event.Level;

/**
 * openhtmltopdf's log, sent to SLF4J under its own logger names ({@code com.openhtmltopdf.load} …) instead of the
 * {@code java.util.logging} console handler it installs by default, which writes to standard error. Its SEVERE
 * becomes ERROR, WARNING WARN, and its INFO and CONFIG, which are progress chatter ("Using fast-mode renderer"),
 * DEBUG; FINE and below TRACE. The application's SLF4J binding decides what is shown.
 */
public final class PdfLog implements XRLogger {

    private PdfLog() {}

    /**
     * Sends openhtmltopdf's log to SLF4J unless the application has already chosen where it goes (openhtmltopdf
     * picks its default only when it first logs, so a logger set before then is the application's choice). Called
     * once, from the PDF renderer's class initialisation.
     */
    public static void install() {
        if (XRLog.getLoggerImpl() == null) {
            XRLog.setLoggerImpl(new PdfLog());
        }
    }

    @Override
    public void log(String where, java.util.logging.Level level, String message) {
        log(where, level, message, null);
    }

    @Override
    public void log(String where, java.util.logging.Level level, String message, @Nullable Throwable error) {
        LoggerFactory.getLogger(where).atLevel(slf4j(level)).setCause(error).log(message);
    }

    /** The SLF4J binding's configuration sets the levels; openhtmltopdf's own level setting is ignored. */
    @Override
    public void setLevel(String logger, java.util.logging.Level level) {
        // Nothing: the level is the SLF4J binding's to configure.
    }

    @Override
    public boolean isLogLevelEnabled(Diagnostic diagnostic) {
        return LoggerFactory.getLogger(diagnostic.getLogMessageId().getWhere())
                .isEnabledForLevel(slf4j(diagnostic.getLevel()));
    }

    private static Level slf4j(java.util.logging.Level level) {
        if (Objects.equals(level, java.util.logging.Level.SEVERE)) {
            return Level.ERROR;
        } else if (Objects.equals(level, java.util.logging.Level.WARNING)) {
            return Level.WARN;
        } else if (Objects.equals(level, java.util.logging.Level.INFO)
                || Objects.equals(level, java.util.logging.Level.CONFIG)) {
            return Level.DEBUG;
        }
        return Level.TRACE;
    }
}
