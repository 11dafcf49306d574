package fi.rekisteri.export.internal.document;

import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLog;
import com.openhtmltopdf.util.XRLogger;
import java.util.logging.Level;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * openhtmltopdf's log, sent to SLF4J under its own logger names ({@code com.openhtmltopdf.load} …) instead of the
 * {@code java.util.logging} console handler it installs by default, which writes to standard error. Its SEVERE
 * becomes ERROR, WARNING WARN, and its INFO, which is progress chatter ("Using fast-mode renderer"), DEBUG; FINE
 * and below TRACE. The application's SLF4J binding decides what is shown.
 */
public final class PdfLog implements XRLogger {

    private PdfLog() {}

    /**
     * Sends openhtmltopdf's log to SLF4J unless the application has already chosen where it goes (openhtmltopdf
     * picks its default only when it first logs, so a logger set before then is the application's choice).
     */
    public static void install() {
        synchronized (XRLog.class) {
            if (XRLog.getLoggerImpl() == null) {
                XRLog.setLoggerImpl(new PdfLog());
            }
        }
    }

    @Override
    public void log(String where, Level level, String message) {
        log(where, level, message, null);
    }

    @Override
    public void log(String where, Level level, String message, @Nullable Throwable error) {
        Logger logger = LoggerFactory.getLogger(where);
        // Compared by identity: openhtmltopdf logs at the standard levels only.
        if (level == Level.SEVERE) {
            logger.error(message, error);
        } else if (level == Level.WARNING) {
            logger.warn(message, error);
        } else if (level == Level.INFO || level == Level.CONFIG) {
            logger.debug(message, error);
        } else {
            logger.trace(message, error);
        }
    }

    /** The SLF4J binding's configuration sets the levels; openhtmltopdf's own level setting is ignored. */
    @Override
    public void setLevel(String logger, Level level) {
        // Nothing: the level is the SLF4J binding's to configure.
    }

    @Override
    public boolean isLogLevelEnabled(Diagnostic diagnostic) {
        Logger logger = LoggerFactory.getLogger(diagnostic.getLogMessageId().getWhere());
        Level level = diagnostic.getLevel();
        if (level == Level.SEVERE) {
            return logger.isErrorEnabled();
        } else if (level == Level.WARNING) {
            return logger.isWarnEnabled();
        } else if (level == Level.INFO || level == Level.CONFIG) {
            return logger.isDebugEnabled();
        }
        return logger.isTraceEnabled();
    }
}
