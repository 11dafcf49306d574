package fi.rekisteri.core.compliance;

import java.util.List;
import java.util.Objects;

/**
 * The result of checking a register against a document type: every finding, in the order of the statement's sections
 * and, within a section, in the register's order.
 *
 * @param documentType the document type checked against
 * @param findings the findings; empty when the register meets every rule
 */
public record ComplianceReport(DocumentType documentType, List<Finding> findings) {

    /**
     * Creates a report.
     *
     * @throws NullPointerException if an argument is null
     */
    public ComplianceReport {
        Objects.requireNonNull(documentType, "documentType");
        findings = List.copyOf(Objects.requireNonNull(findings, "findings"));
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

    /** Whether there are no findings at all. */
    public boolean isClean() {
        return findings.isEmpty();
    }
}
