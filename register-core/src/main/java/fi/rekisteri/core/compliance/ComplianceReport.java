package fi.rekisteri.core.compliance;

import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * The result of checking a register against a document type: the open findings, in the order of the statement's
 * sections and, within a section, in the register's order (then those about the register's acknowledgements), and
 * apart from them the findings the register acknowledges.
 *
 * @param documentType the document type checked against
 * @param findings the open findings; empty when the register meets every rule or acknowledges what it does not
 * @param acknowledged the WARNING and INFO findings the register acknowledges, each with its acknowledgement
 */
public record ComplianceReport(DocumentType documentType, List<Finding> findings,
        List<AcknowledgedFinding> acknowledged) {

    /**
     * Creates a report.
     *
     * @throws NullPointerException if an argument is null
     */
    public ComplianceReport {
        Objects.requireNonNull(documentType, "documentType");
        findings = List.copyOf(Objects.requireNonNull(findings, "findings"));
        acknowledged = List.copyOf(Objects.requireNonNull(acknowledged, "acknowledged"));
    }

    /**
     * Creates a report with no acknowledged findings.
     *
     * @throws NullPointerException if an argument is null
     */
    public ComplianceReport(DocumentType documentType, List<Finding> findings) {
        this(documentType, findings, Collections.emptyList());
    }

    /** Whether any finding is an {@link Severity#ERROR}: the statement would not meet the law. */
    public boolean hasErrors() {
        return findings.stream().anyMatch(finding -> finding.severity() == Severity.ERROR);
    }

    /** The findings of severity {@link Severity#ERROR}. */
    public List<Finding> errors() {
        return findings(Severity.ERROR);
    }

    /** The findings of one severity, in report order. */
    public List<Finding> findings(Severity severity) {
        Objects.requireNonNull(severity, "severity");
        return findings.stream().filter(finding -> finding.severity() == severity).toList();
    }

    /** The findings of one rule, in report order. */
    public List<Finding> findings(Rule rule) {
        Objects.requireNonNull(rule, "rule");
        return findings.stream().filter(finding -> finding.rule() == rule).toList();
    }

    /** Whether there are no open findings: acknowledged ones do not count. */
    public boolean isClean() {
        return findings.isEmpty();
    }
}
