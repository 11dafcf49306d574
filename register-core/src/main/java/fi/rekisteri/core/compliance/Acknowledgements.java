package fi.rekisteri.core.compliance;

import fi.rekisteri.core.Acknowledgement;
import fi.rekisteri.core.LocalizedText;
import fi.rekisteri.core.RegisterPath;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Splits a check's findings into the open and the acknowledged ones, and adds a finding for each acknowledgement
 * that settles nothing: one of an ERROR finding, or one whose finding no longer occurs. An acknowledgement of a rule
 * that does not apply to the document type is neither used nor reported, nor is one of a rule of the first layer
 * when the notice is checked without it.
 */
final class Acknowledgements {

    private Acknowledgements() {}

    static ComplianceReport apply(DocumentType type, List<Finding> findings, List<Acknowledgement> acknowledgements,
            boolean firstLayer) {
        if (acknowledgements.isEmpty()) {
            return new ComplianceReport(type, findings);
        }
        List<Finding> open = new ArrayList<>();
        List<AcknowledgedFinding> acknowledged = new ArrayList<>();
        for (Finding finding : findings) {
            Optional<Acknowledgement> match = acknowledgements.stream()
                    .filter(a -> a.matches(finding.ruleId(), finding.location()))
                    .findFirst();
            if (match.isPresent() && finding.severity() != Severity.ERROR) {
                acknowledged.add(new AcknowledgedFinding(finding, match.get()));
            } else {
                open.add(finding);
            }
        }
        for (int i = 0; i < acknowledgements.size(); i++) {
            Acknowledgement a = acknowledgements.get(i);
            RegisterPath at = RegisterPath.of("acknowledgements").index(i);
            List<LocalizedText> arguments = List.of(LocalizedText.of(a.ruleId(), a.ruleId(), a.ruleId()),
                    LocalizedText.of(where(a), where(a), where(a)));
            Optional<Rule> rule = rule(a.ruleId());
            if (!firstLayer && rule.filter(Rule::firstLayerOnly).isPresent()) {
                continue;
            }
            Optional<Severity> severity = rule.flatMap(r -> r.severity(type));
            boolean occurs = findings.stream().anyMatch(f -> a.matches(f.ruleId(), f.location()));
            if (severity.isPresent() && severity.get() == Severity.ERROR && occurs) {
                open.add(finding(Rule.ACKNOWLEDGEMENT_ERROR, type, at, arguments));
            } else if (!occurs && (severity.isPresent() || rule.isEmpty())) {
                open.add(finding(Rule.ACKNOWLEDGEMENT_STALE, type, at, arguments));
            }
        }
        return new ComplianceReport(type, open, acknowledged);
    }

    private static String where(Acknowledgement a) {
        return a.path().isRoot() ? "(register)" : a.path().toString();
    }

    private static Finding finding(Rule rule, DocumentType type, RegisterPath at, List<LocalizedText> arguments) {
        return new Finding(rule, rule.severity(type).orElseThrow(), at, arguments);
    }

    private static Optional<Rule> rule(String ruleId) {
        return Arrays.stream(Rule.values()).filter(rule -> rule.id().equals(ruleId)).findFirst();
    }
}
