package fi.rekisteri.export.document;

import fi.rekisteri.core.Language;
import fi.rekisteri.core.Register;
import fi.rekisteri.core.Source;
import fi.rekisteri.core.compliance.Compliance;
import fi.rekisteri.core.compliance.ComplianceReport;
import fi.rekisteri.core.compliance.DocumentType;
import fi.rekisteri.core.diff.Change;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Builds documents from a register: {@link #outline} for the structure, {@link #renderer} for the format.
 *
 * <pre>{@code
 * Outline outline = Documents.outline(register, DocumentType.REKISTERISELOSTE, Language.FI);
 * String text = Documents.renderToString(outline, DocumentFormat.TEXT);
 * }</pre>
 *
 * <p>Every format, the machine-readable ones included, is also written through one seam, a {@link DocumentWriter}
 * to a stream: {@code DocumentFormat.PDF.write(DocumentSource.of(register, type, language), out)}.
 *
 * <p>{@link #checkedOutline} is the same outline with the compliance check's findings in a marked box before the
 * first section, which is what a statement meant for publishing should be built from.
 */
public final class Documents {

    private Documents() {}

    /**
     * The outline of a register's document of the given type, in the given language: headings and fixed phrases
     * from the library's own bundles, the register's texts in that language or their fallback.
     *
     * <p>The outline says what the register says; what the law requires and the register lacks is the compliance
     * check's to report: see {@link #checkedOutline}.
     */
    public static Outline outline(Register register, DocumentType type, Language language) {
        Objects.requireNonNull(register, "register");
        Objects.requireNonNull(language, "language");
        return switch (type) {
            case REKISTERISELOSTE -> RekisteriselosteOutline.of(register, language);
            case ART_13_NOTICE, ART_14_NOTICE -> TietosuojaselosteOutline.of(register, type, language);
            case ART_30_RECORD -> Art30Outline.of(register, language);
        };
    }

    /**
     * The outline of one Art. 30 record across the registers of one controller: the controller, its representative
     * and data protection officer once (from the first register), then one section per processing activity, each
     * register's purposes in turn, holding what the record's CSV row of that purpose holds. Registers of different
     * controllers (business IDs that differ, or, when one has none, names) are refused. For the findings box as well,
     * use {@link DocumentSource#ofRecord}.
     *
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException when there is no register, or naming two registers (by key) and their
     *     controllers when these differ
     */
    public static Outline art30Outline(List<Register> registers, Language language) {
        Objects.requireNonNull(language, "language");
        Controllers.requireOne(List.copyOf(registers), registers.stream().map(Register::key).toList());
        return Art30Outline.of(List.copyOf(registers), language);
    }

    /**
     * The short first layer of the register's privacy notice (the layered notice of the WP29 transparency
     * guidelines, WP260 rev.01): the controller and whom to contact, each purpose on one line with its legal basis
     * in words, the rights in a short list and how to use them, the supervisory authority, and the web address of
     * the full notice ({@code metadata.noticeUrl}). Its type is {@link #noticeType}, the notice it summarises.
     *
     * @throws NullPointerException if an argument is null
     */
    public static Outline firstLayer(Register register, Language language) {
        Objects.requireNonNull(register, "register");
        Objects.requireNonNull(language, "language");
        return FirstLayerOutline.of(register, language);
    }

    /**
     * The outline of {@link #outline}, with the findings of {@link Compliance#check(Register, DocumentType)} for the
     * same document type in a notice box before the first section, each finding in the given language; the plain
     * outline when the register meets every rule.
     */
    public static Outline checkedOutline(Register register, DocumentType type, Language language) {
        return DocumentSource.of(register, type, language).outline();
    }

    /**
     * A report's findings as a notice box in the given language, one item a finding: severity, rule id, path in the
     * register and message ({@code VIRHE purpose.legal-basis (purposes[0].legalBasis): …}); empty for a clean report.
     * Add it to an outline with {@link Outline#withNotice}.
     */
    public static Optional<Block.Notice> findingsNotice(ComplianceReport report, Language language) {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(language, "language");
        return FindingsNotice.of(report, language);
    }

    /**
     * The kind of privacy notice a register needs: Art. 14 when none of its sources is the data subject, Art. 13
     * otherwise (a register that names no sources is taken to collect from the subject).
     */
    public static DocumentType noticeType(Register register) {
        boolean fromSubject = register.sources().isEmpty()
                || register.sources().stream().anyMatch(s -> s instanceof Source.DataSubject);
        return fromSubject ? DocumentType.ART_13_NOTICE : DocumentType.ART_14_NOTICE;
    }

    /**
     * Writes the register's Art. 30 record as CSV: a header row in the given language, then one row per purpose with
     * the register, controller, DPO, purpose, legal basis, data subject categories, data categories, recipients,
     * third-country transfers and safeguards, retention and security measures. A row holds only what concerns its
     * purpose: the categories it uses, and the recipients, transfers and retention of those categories.
     */
    public static void writeArt30Csv(Register register, Language language, Appendable out) throws IOException {
        Art30Csv.write(register, language, out);
    }

    /**
     * Writes one Art. 30 record across the registers of one controller as CSV, under one header row: each register's
     * rows in turn, as {@link #writeArt30Csv(Register, Language, Appendable)} writes them.
     *
     * @throws IllegalArgumentException when there is no register, or naming two registers (by key) and their
     *     controllers when these differ
     * @throws IOException when {@code out} fails
     */
    public static void writeArt30Csv(List<Register> registers, Language language, Appendable out)
            throws IOException {
        Objects.requireNonNull(language, "language");
        Controllers.requireOne(List.copyOf(registers), registers.stream().map(Register::key).toList());
        Art30Csv.write(List.copyOf(registers), language, out);
    }

    /**
     * The register as JSON-LD in the W3C Data Privacy Vocabulary (DPV 2.x), with an inline context: purposes, legal
     * bases, personal data, data subjects, recipients, sources, storage conditions, transfers and measures.
     */
    public static String toJsonLd(Register register) {
        return JsonLdWriter.toJsonLd(Objects.requireNonNull(register, "register"));
    }

    /**
     * The built-in renderer of a format that lays out an outline.
     *
     * @throws IllegalArgumentException for CSV, XLSX and JSON-LD, which are written from the register: use
     *     {@link DocumentFormat#writer()}
     */
    public static Renderer renderer(DocumentFormat format) {
        return switch (format) {
            case TEXT -> TextRenderer.INSTANCE;
            case MARKDOWN -> MarkdownRenderer.INSTANCE;
            case HTML -> HtmlRenderer.BUILT_IN;
            case PDF -> PdfRenderer.BUILT_IN;
            case CSV, XLSX, JSON_LD -> throw new IllegalArgumentException(format.code()
                    + " is written from the register, not from an outline: use DocumentFormat.writer()");
        };
    }

    /**
     * The change notice for the register's web page: what changed from {@code before} to {@code after}, section by
     * section ({@link fi.rekisteri.core.diff.RegisterDiff}), headed {@code Muutokset 1.3.2026}, with a box of the
     * changes the subjects are told of before the changed processing starts; changed acknowledgements of findings
     * are the team's record and left out. Its type is the notice it amends
     * ({@link #noticeType}); render it with {@link #renderer} like any outline.
     *
     * @throws NullPointerException if an argument is null
     */
    public static Outline changeNotice(Register before, Register after, Language language, LocalDate date) {
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(date, "date");
        return ChangeNoticeOutline.of(before, after, language, date);
    }

    /**
     * What a change of {@code RegisterDiff.between(before, after)} is about, in words of the language: the name of
     * the purpose, category or recipient, the retention rule or transfer in one line, the text that changed; a
     * removed part as {@code before} names it. A legal basis is given with its purpose: {@code Laskutus: sopimus}.
     * The statement that no data protection officer is designated reads as documents print it, with its reason; an
     * acknowledgement as its rule id, path, date and reason ({@code dpo.missing at (register), 2026-11-30: …}), never
     * who made it.
     *
     * @throws NullPointerException if an argument is null
     */
    public static String describe(Change<?> change, Register before, Register after, Language language) {
        Objects.requireNonNull(change, "change");
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        Objects.requireNonNull(language, "language");
        return ChangeNoticeOutline.describe(change, before, after, language);
    }

    /**
     * An HTML renderer with the user's own Mustache template instead of the built-in one. The template gets the view
     * model described in the module's documentation and may include the built-in partials {@code block},
     * {@code list} and {@code style}; Mustache escapes every {@code {{value}}}. The template compiles and renders
     * within limits (nesting, expansions, output size, files; {@code docs/templates.md}): its renderer's
     * {@code render} throws {@link TemplateException} naming the template and the limit when it goes beyond one.
     *
     * @throws TemplateException naming the template when it cannot be read (missing, not UTF-8, too large) or compiled
     */
    public static Renderer htmlRenderer(Path template) {
        return HtmlRenderer.withTemplate(template);
    }

    /**
     * A PDF renderer laying out the HTML page of the user's own Mustache template (see {@link #htmlRenderer}).
     *
     * @throws TemplateException naming the template when it cannot be read or compiled
     */
    public static Renderer pdfRenderer(Path template) {
        return PdfRenderer.from(HtmlRenderer.withTemplate(template));
    }

    /**
     * Renders a text format to a string: text, Markdown and HTML are UTF-8.
     *
     * @throws IllegalArgumentException for PDF, which is not text, and for CSV, XLSX and JSON-LD, which are written
     *     from the register ({@link #writeArt30Csv}, {@link DocumentFormat#writer()}, {@link #toJsonLd})
     */
    public static String renderToString(Outline outline, DocumentFormat format) {
        Objects.requireNonNull(outline, "outline");
        // Made as characters: encoding them to UTF-8 bytes and decoding them back would cost more than writing them.
        return switch (format) {
            case TEXT -> TextRenderer.INSTANCE.renderToString(outline);
            case MARKDOWN -> MarkdownRenderer.INSTANCE.renderToString(outline);
            case HTML -> HtmlRenderer.BUILT_IN.toHtml(outline);
            case PDF -> throw new IllegalArgumentException("PDF is binary: render it to a stream");
            case CSV, XLSX, JSON_LD -> throw new IllegalArgumentException(format.code()
                    + " is written from the register, not from an outline");
        };
    }
}
