package fi.rekisteri.export.document;

import fi.rekisteri.core.Language;
import fi.rekisteri.core.Register;
import fi.rekisteri.core.compliance.Compliance;
import fi.rekisteri.core.compliance.ComplianceReport;
import fi.rekisteri.core.compliance.DocumentType;
import fi.rekisteri.core.compliance.AcknowledgedFinding;
import fi.rekisteri.core.compliance.Finding;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
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
    /** The registers of a record across several, with their names for the findings; empty for one register. */
    private final List<Register> registers;
    private final List<String> names;
    private volatile @Nullable List<ComplianceReport> reports;

    private DocumentSource(Register register, DocumentType type, Language language, boolean firstLayer,
            @Nullable ComplianceReport report) {
        this.register = Objects.requireNonNull(register, "register");
        this.type = Objects.requireNonNull(type, "type");
        this.language = Objects.requireNonNull(language, "language");
        this.firstLayer = firstLayer;
        this.report = report;
        this.registers = List.of();
        this.names = List.of();
    }

    private DocumentSource(List<Register> registers, List<String> names, Language language) {
        this.registers = List.copyOf(registers);
        this.names = List.copyOf(names);
        Controllers.requireOne(this.registers, this.names);
        this.register = this.registers.get(0);
        this.type = DocumentType.ART_30_RECORD;
        this.language = Objects.requireNonNull(language, "language");
        this.firstLayer = false;
    }

    /**
     * The Art. 30 record across the registers of one controller: the controller once, then each register's
     * processing activities (its purposes) in turn, in every format the record has; each finding of the check is
     * named by its register's key. Two controllers are the same when their business IDs are equal, or, when either
     * has none, their names.
     *
     * @throws NullPointerException naming the argument that is null
     * @throws IllegalArgumentException when there is no register, or naming two registers and their controllers
     *     when these differ
     */
    public static DocumentSource ofRecord(List<Register> registers, Language language) {
        return ofRecord(registers, registers.stream().map(Register::key).toList(), language);
    }

    /**
     * The same, each register's findings named as the caller names the register: by its file, say.
     *
     * @param names one per register, in the same order
     * @throws NullPointerException naming the argument that is null
     * @throws IllegalArgumentException when there is no register, when there are not as many names as registers, or
     *     naming two registers (by {@code names}) and their controllers when these differ
     */
    public static DocumentSource ofRecord(List<Register> registers, List<String> names, Language language) {
        Objects.requireNonNull(registers, "registers");
        Objects.requireNonNull(names, "names");
        return new DocumentSource(registers, names, language);
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

    /** The register; of a record across several registers, the first. */
    public Register register() {
        return register;
    }

    /** The registers: the one register, or those of a record across several, in order. */
    public List<Register> registers() {
        return registers.isEmpty() ? List.of(register) : registers;
    }

    /** Whether this is a record across several registers ({@link #ofRecord}). */
    public boolean isRecordOfSeveral() {
        return !registers.isEmpty();
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

    /**
     * {@link Compliance#check(Register, DocumentType)} for this document type, made once; of the first layer
     * {@link Compliance#checkFirstLayer}, the notice's findings and the first layer's own; of a record across several
     * registers, every register's findings in one report, in the registers' order.
     */
    public ComplianceReport report() {
        ComplianceReport checked = report;
        if (checked == null) {
            // Two threads may both check; the results are equal, so either may be kept.
            if (firstLayer) {
                checked = Compliance.checkFirstLayer(register, type);
            } else if (registers.isEmpty()) {
                checked = Compliance.check(register, type);
            } else {
                List<Finding> findings = new ArrayList<>();
                List<AcknowledgedFinding> acknowledged = new ArrayList<>();
                for (ComplianceReport one : reports()) {
                    findings.addAll(one.findings());
                    acknowledged.addAll(one.acknowledged());
                }
                checked = new ComplianceReport(type, findings, acknowledged);
            }
            report = checked;
        }
        return checked;
    }

    /** Each register's report, in the order of {@link #registers()}; made once. */
    public List<ComplianceReport> reports() {
        if (registers.isEmpty()) {
            return List.of(report());
        }
        List<ComplianceReport> checked = reports;
        if (checked == null) {
            checked = registers.stream().map(r -> Compliance.check(r, type)).toList();
            reports = checked;
        }
        return checked;
    }

    /**
     * The document's outline with the report's findings in a notice box before the first section, each finding in
     * the document's language; the plain outline when the register meets every rule.
     */
    public Outline outline() {
        if (!registers.isEmpty()) {
            Outline record = Art30Outline.of(registers, language);
            return FindingsNotice.of(names, reports(), language).map(record::withNotice).orElse(record);
        }
        Outline outline = firstLayer ? Documents.firstLayer(register, language)
                : Documents.outline(register, type, language);
        return Documents.findingsNotice(report(), language).map(outline::withNotice).orElse(outline);
    }

    /** The register's key, the document type and the language; never the register's texts. */
    @Override
    public String toString() {
        String keys = registers().stream().map(Register::key).collect(Collectors.joining(", "));
        return "DocumentSource[" + keys + ", " + type.code() + (firstLayer ? " first layer" : "") + ", "
                + language.tag() + "]";
    }
}
