package fi.rekisteri.export.document;

import fi.rekisteri.core.Language;
import fi.rekisteri.core.Register;
import fi.rekisteri.core.compliance.Compliance;
import fi.rekisteri.core.compliance.ComplianceReport;
import fi.rekisteri.core.compliance.DocumentType;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What a {@link DocumentWriter} writes from: a register, the document type and the language, and the compliance
 * check's report for that type, which is made when it is first asked for (JSON-LD, the register itself, never asks)
 * and then kept, so that a caller that looks at the findings first does not check the register twice.
 *
 * <pre>{@code
 * DocumentSource source = DocumentSource.of(register, DocumentType.ART_13_NOTICE, Language.FI);
 * if (!source.report().hasErrors()) {
 *     DocumentFormat.PDF.write(source, out);
 * }
 * }</pre>
 */
public final class DocumentSource {

    private final Register register;
    private final DocumentType type;
    private final Language language;
    private final boolean firstLayer;
    private volatile @Nullable ComplianceReport report;

    private DocumentSource(Register register, DocumentType type, Language language, boolean firstLayer,
            @Nullable ComplianceReport report) {
        this.register = Objects.requireNonNull(register, "register");
        this.type = Objects.requireNonNull(type, "type");
        this.language = Objects.requireNonNull(language, "language");
        this.firstLayer = firstLayer;
        this.report = report;
    }

    /**
     * The register's document of the given type in the given language.
     *
     * @throws NullPointerException naming the argument that is null
     */
    public static DocumentSource of(Register register, DocumentType type, Language language) {
        return new DocumentSource(register, type, language, false, null);
    }

    /**
     * The first layer of the register's privacy notice in the given language ({@link Documents#firstLayer}): its
     * type, and so its compliance check, is the full notice's ({@link Documents#noticeType}).
     *
     * @throws NullPointerException naming the argument that is null
     */
    public static DocumentSource firstLayer(Register register, Language language) {
        Objects.requireNonNull(register, "register");
        return new DocumentSource(register, Documents.noticeType(register), language, true, null);
    }

    /**
     * The same with a report made elsewhere, which is used instead of checking the register again.
     *
     * @throws NullPointerException naming the argument that is null
     * @throws IllegalArgumentException when the report is for another document type
     */
    public static DocumentSource of(Register register, DocumentType type, Language language,
            ComplianceReport report) {
        Objects.requireNonNull(report, "report");
        if (report.documentType() != type) {
            throw new IllegalArgumentException("the report is for " + report.documentType().code() + ", not for "
                    + type.code());
        }
        return new DocumentSource(register, type, language, false, report);
    }

    /** The register. */
    public Register register() {
        return register;
    }

    /** The document type. */
    public DocumentType type() {
        return type;
    }

    /** Whether the document is the short first layer of the privacy notice rather than the notice itself. */
    public boolean isFirstLayer() {
        return firstLayer;
    }

    /** The language the document is written in. */
    public Language language() {
        return language;
    }

    /** {@link Compliance#check(Register, DocumentType)} for this document type, made once. */
    public ComplianceReport report() {
        ComplianceReport checked = report;
        if (checked == null) {
            // Two threads may both check; the results are equal, so either may be kept.
            checked = Compliance.check(register, type);
            report = checked;
        }
        return checked;
    }

    /**
     * The document's outline with the report's findings in a notice box before the first section, each finding in
     * the document's language; the plain outline when the register meets every rule.
     */
    public Outline outline() {
        Outline outline = firstLayer ? Documents.firstLayer(register, language)
                : Documents.outline(register, type, language);
        return Documents.findingsNotice(report(), language).map(outline::withNotice).orElse(outline);
    }

    /** The register's key, the document type and the language; never the register's texts. */
    @Override
    public String toString() {
        return "DocumentSource[" + register.key() + ", " + type.code() + (firstLayer ? " first layer" : "") + ", "
                + language.tag() + "]";
    }
}
