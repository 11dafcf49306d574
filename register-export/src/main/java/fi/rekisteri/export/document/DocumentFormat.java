package fi.rekisteri.export.document;

import fi.rekisteri.core.Coded;
import fi.rekisteri.core.compliance.DocumentType;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The formats a document is written in, each written through one {@link DocumentWriter} to an
 * {@link java.io.OutputStream}: the statements (text, Markdown, HTML, PDF), the Art. 30 record as CSV and XLSX, and
 * the register as JSON-LD. A format says which document types it writes, where the compliance check's findings go and
 * whether it takes a user's template, so that a caller (the command line) needs no list of formats of its own.
 */
public enum DocumentFormat implements Coded {
    /** Plain UTF-8 text. */
    TEXT("text", "txt", FindingsPlacement.BOX, true),
    /** CommonMark Markdown. */
    MARKDOWN("md", "md", FindingsPlacement.BOX, true),
    /** One self-contained, accessible HTML page. */
    HTML("html", "html", FindingsPlacement.BOX, true),
    /** Tagged PDF (PDF/UA) with an embedded font. */
    PDF("pdf", "pdf", FindingsPlacement.BOX, false),
    /** The Art. 30 record as CSV (RFC 4180, UTF-8), one row per purpose; no other document type. */
    CSV("csv", "csv", FindingsPlacement.BESIDE, true),
    /**
     * The Art. 30 record as an Excel workbook (Office Open XML), one row per purpose under a frozen header; no other
     * document type. Binary, like PDF.
     */
    XLSX("xlsx", "xlsx", FindingsPlacement.BESIDE, false),
    /** The register itself in the W3C Data Privacy Vocabulary, whatever the document type. */
    JSON_LD("jsonld", "jsonld", FindingsPlacement.NOT_CHECKED, true);

    /** Where a format puts the compliance check's findings for the document. */
    public enum FindingsPlacement {
        /** In a marked box before the first section of the document. */
        BOX,
        /** Nowhere: the format has no place for them, so the caller reports them beside the document. */
        BESIDE,
        /** The output is the register itself, not a statement of one type, and is not checked. */
        NOT_CHECKED
    }

    private final String code;
    private final String extension;
    private final FindingsPlacement findings;
    private final boolean text;

    DocumentFormat(String code, String extension, FindingsPlacement findings, boolean text) {
        this.code = code;
        this.extension = extension;
        this.findings = findings;
        this.text = text;
    }

    /** The code used on the command line: {@code text}, {@code md}. */
    @Override
    public String code() {
        return code;
    }

    /** The usual file extension, without the dot. */
    public String extension() {
        return extension;
    }

    /** Where the compliance check's findings go. */
    public FindingsPlacement findings() {
        return findings;
    }

    /** Whether the output is UTF-8 text (all but PDF and XLSX). */
    public boolean isText() {
        return text;
    }

    /** Whether the format is laid out from a Mustache template that a user may replace: HTML and PDF. */
    public boolean takesTemplate() {
        return this == HTML || this == PDF;
    }

    /**
     * Whether the format can begin with a UTF-8 byte order mark ({@link #writerWithByteOrderMark()}): CSV, which
     * Excel otherwise reads in the system's code page, so that ä and ö come out garbled.
     */
    public boolean takesByteOrderMark() {
        return this == CSV;
    }

    /** The document types the format writes: every type, or for {@link #CSV} and {@link #XLSX} the Art. 30 record. */
    public Set<DocumentType> documentTypes() {
        return this == CSV || this == XLSX
                ? Set.of(DocumentType.ART_30_RECORD)
                : Set.copyOf(EnumSet.allOf(DocumentType.class));
    }

    /** Whether the format writes documents of this type. */
    public boolean supports(DocumentType type) {
        return documentTypes().contains(Objects.requireNonNull(type, "type"));
    }

    /**
     * The built-in writer of the format.
     *
     * <p>Its {@link DocumentWriter#write} throws {@link IllegalArgumentException} for a document type the format
     * does not {@linkplain #supports support}.
     */
    public DocumentWriter writer() {
        return switch (this) {
            case TEXT -> checked(DocumentWriter.of(TextRenderer.INSTANCE));
            case MARKDOWN -> checked(DocumentWriter.of(MarkdownRenderer.INSTANCE));
            case HTML -> checked(DocumentWriter.of(HtmlRenderer.BUILT_IN));
            case PDF -> checked(DocumentWriter.of(PdfRenderer.BUILT_IN));
            case CSV -> checked((source, out) -> Art30Csv.write(source.registers(), source.language(), out, false));
            case XLSX -> checked((source, out) -> Art30Xlsx.write(source.registers(), source.language(), out));
            case JSON_LD -> (source, out) -> {
                if (source.isRecordOfSeveral()) {
                    throw new IllegalArgumentException("jsonld writes one register, not a record across "
                            + source.registers().size());
                }
                JsonLdWriter.write(source.register(), out);
            };
        };
    }

    /**
     * The built-in writer, with a UTF-8 byte order mark before the document.
     *
     * @throws IllegalArgumentException when the format {@linkplain #takesByteOrderMark takes no byte order mark}
     */
    public DocumentWriter writerWithByteOrderMark() {
        if (!takesByteOrderMark()) {
            throw new IllegalArgumentException(code + " takes no byte order mark; "
                    + byteOrderMarkFormats().stream().map(DocumentFormat::code).collect(Collectors.joining(" and "))
                    + " does");
        }
        return checked((source, out) -> Art30Csv.write(source.registers(), source.language(), out, true));
    }

    /**
     * The writer of an HTML or PDF page laid out from the user's own Mustache template (see
     * {@link Documents#htmlRenderer}). Its {@link DocumentWriter#write} throws {@link TemplateException} when the
     * template goes beyond the limits it renders within.
     *
     * @throws IllegalArgumentException when the format {@linkplain #takesTemplate takes no template}
     * @throws TemplateException naming the template when it cannot be read or compiled
     */
    public DocumentWriter writer(Path template) {
        Objects.requireNonNull(template, "template");
        if (!takesTemplate()) {
            throw new IllegalArgumentException(code + " takes no template; "
                    + templateFormats().stream().map(DocumentFormat::code).collect(Collectors.joining(" and "))
                    + " do");
        }
        HtmlRenderer html = HtmlRenderer.withTemplate(template);
        return checked(DocumentWriter.of(this == PDF ? PdfRenderer.from(html) : html));
    }

    /**
     * Writes the source's document in this format with the built-in writer.
     *
     * @throws IllegalArgumentException when the format does not support the source's document type
     * @throws IOException when {@code out} fails
     */
    public void write(DocumentSource source, OutputStream out) throws IOException {
        writer().write(source, out);
    }

    private DocumentWriter checked(DocumentWriter writer) {
        return (source, out) -> {
            if (!supports(source.type())) {
                throw new IllegalArgumentException(code + " writes " + documentTypes().stream()
                        .map(DocumentType::code).sorted().collect(Collectors.joining(", ")) + " only, not "
                        + source.type().code());
            }
            writer.write(source, out);
        };
    }

    /** The formats that {@linkplain #takesTemplate take a template}, in order. */
    public static List<DocumentFormat> templateFormats() {
        return Arrays.stream(values()).filter(DocumentFormat::takesTemplate).toList();
    }

    /** The formats that {@linkplain #takesByteOrderMark take a byte order mark}, in order. */
    public static List<DocumentFormat> byteOrderMarkFormats() {
        return Arrays.stream(values()).filter(DocumentFormat::takesByteOrderMark).toList();
    }

    /** Every format's code, in order: {@code text, md, html, pdf, csv, xlsx, jsonld}. */
    public static List<String> codes() {
        return Coded.codes(DocumentFormat.class);
    }

    /**
     * The format of a command-line code.
     *
     * @throws NullPointerException if {@code code} is null
     * @throws IllegalArgumentException naming the code and the codes that exist
     */
    public static DocumentFormat ofCode(String code) {
        return Coded.ofCode(DocumentFormat.class, code, "document format");
    }
}
