package fi.rekisteri.core.policy;

/**
 * Thrown by {@code require(...)} when processing is not allowed. The message names the purpose, the category and the
 * reason; it never carries the subject's identifier or data.
 */
public final class PurposeViolationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String purpose;
    private final String category;
    private final DenialReason code;

    PurposeViolationException(Decision.Denied denied, String purpose, String category) {
        super("processing '" + category + "' for purpose '" + purpose + "' is not allowed: " + denied.reason());
        this.purpose = purpose;
        this.category = category;
        this.code = denied.code();
    }

    /** The key of the purpose the processing was for. */
    public String purpose() {
        return purpose;
    }

    /** The key of the data category the processing concerned. */
    public String category() {
        return category;
    }

    /** Why it was denied. */
    public DenialReason code() {
        return code;
    }
}
