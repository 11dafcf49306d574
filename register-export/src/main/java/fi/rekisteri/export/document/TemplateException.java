package fi.rekisteri.export.document;

/**
 * A user's Mustache template that cannot be used: it cannot be read (missing, not UTF-8, too large), does not
 * compile, or goes beyond the limits a template renders within (nesting, expansions, output size; see the module's
 * {@code docs/templates.md}). The message names the template file and says what is wrong, never quoting register
 * data.
 */
public final class TemplateException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** Creates the exception with the message the user sees. */
    public TemplateException(String message) {
        super(message);
    }

    /** Creates the exception with the message the user sees and what caused it. */
    public TemplateException(String message, Throwable cause) {
        super(message, cause);
    }
}
