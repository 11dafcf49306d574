package fi.rekisteri.export.document;

/** The formats a document is written in. */
public enum DocumentFormat {
    /** Plain UTF-8 text. */
    TEXT("text", "txt"),
    /** CommonMark Markdown. */
    MARKDOWN("md", "md"),
    /** One self-contained, accessible HTML page. */
    HTML("html", "html"),
    /** Tagged PDF (PDF/UA) with an embedded font. */
    PDF("pdf", "pdf");

    private final String code;
    private final String extension;

    DocumentFormat(String code, String extension) {
        this.code = code;
        this.extension = extension;
    }

    /** The code used on the command line: {@code text}, {@code md}. */
    public String code() {
        return code;
    }

    /** The usual file extension, without the dot. */
    public String extension() {
        return extension;
    }

    /**
     * The format of a command-line code.
     *
     * @throws IllegalArgumentException naming the code and the codes that exist
     */
    public static DocumentFormat ofCode(String code) {
        for (DocumentFormat format : values()) {
            if (format.code.equals(code)) {
                return format;
            }
        }
        StringBuilder known = new StringBuilder();
        for (DocumentFormat format : values()) {
            known.append(known.length() == 0 ? "" : ", ").append(format.code);
        }
        throw new IllegalArgumentException("unknown document format '" + code + "'; expected one of " + known);
    }
}
