package fi.rekisteri.export.document;

import fi.rekisteri.export.internal.document.Messages;
import fi.rekisteri.core.Language;
import fi.rekisteri.core.compliance.ComplianceReport;
import fi.rekisteri.core.compliance.Finding;
import fi.rekisteri.export.document.Block;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The compliance check's findings as a notice box in the document's language: one item a finding, with its severity,
 * rule id, path and message, so that a reader sees what the statement lacks and where to fix it in the register.
 */
final class FindingsNotice {

    private FindingsNotice() {}

    /** The box for the report's findings; empty when the report is clean. */
    public static Optional<Block.Notice> of(ComplianceReport report, Language language) {
        if (report.isClean()) {
            return Optional.empty();
        }
        Messages messages = Messages.of(language);
        List<Block.Item> items = report.findings().stream()
                .map(finding -> new Block.Item(line(finding, messages), language, List.of()))
                .toList();
        return Optional.of(new Block.Notice(messages.get("findings.title"), items));
    }

    /**
     * The box for several registers' findings, each line after the name of its register ({@code asiakkaat.yaml:
     * VIRHE …}); empty when every report is clean.
     */
    static Optional<Block.Notice> of(List<String> names, List<ComplianceReport> reports, Language language) {
        Messages messages = Messages.of(language);
        List<Block.Item> items = new ArrayList<>();
        for (int i = 0; i < reports.size(); i++) {
            for (Finding finding : reports.get(i).findings()) {
                items.add(new Block.Item(names.get(i) + ": " + line(finding, messages), language, List.of()));
            }
        }
        return items.isEmpty() ? Optional.empty() : Optional.of(new Block.Notice(messages.get("findings.title"), items));
    }

    /** {@code VIRHE purpose.legal-basis (purposes[0].legalBasis): Käsittelyn tarkoitukselle …}. */
    public static String line(Finding finding, Messages messages) {
        String severity = messages.get("findings.severity." + finding.severity().name().toLowerCase(Locale.ROOT));
        String path = finding.path().isEmpty() ? messages.get("findings.register") : finding.path();
        return messages.get("findings.item", severity, finding.ruleId(), path, finding.message(messages.language()));
    }
}
