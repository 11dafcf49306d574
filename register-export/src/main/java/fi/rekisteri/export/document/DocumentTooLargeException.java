package fi.rekisteri.export.document;

/**
 * A document that the format cannot hold, refused before anything is written: a PDF is laid out whole in memory, so
 * an outline of more parts (headings, paragraphs, list items and fields) than the format's limit is not rendered.
 * The message names the document type, the format, the part count and the limit; never a register text.
 */
public final class DocumentTooLargeException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final int parts;
    private final int limit;

    /**
     * Creates the exception.
     *
     * @param format the format that cannot hold the document
     * @param outline the document
     * @param parts how many parts the document has
     * @param limit how many the format holds
     */
    DocumentTooLargeException(DocumentFormat format, Outline outline, int parts, int limit) {
        super("the " + outline.type().code() + " document has " + parts + " parts (headings, paragraphs, list items"
                + " and fields), more than the " + limit + " a " + format.code().toUpperCase(java.util.Locale.ROOT)
                + " holds; nothing was written (write it as HTML or text, or split the register)");
        this.parts = parts;
        this.limit = limit;
    }

    /** How many parts the document has. */
    public int parts() {
        return parts;
    }

    /** How many parts the format holds. */
    public int limit() {
        return limit;
    }
}
