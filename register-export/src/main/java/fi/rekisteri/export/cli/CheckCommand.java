package fi.rekisteri.export.cli;

import fi.rekisteri.core.Language;
import fi.rekisteri.core.Register;
import fi.rekisteri.core.compliance.Compliance;
import fi.rekisteri.core.compliance.ComplianceReport;
import fi.rekisteri.core.compliance.DocumentType;
import fi.rekisteri.core.compliance.Finding;
import fi.rekisteri.core.compliance.Severity;
import fi.rekisteri.export.internal.io.TerminalPrintStream;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code rekisteri check FILE [--type …] [--lang …]}: the compliance check's findings, one a line. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Checks a register against what the law requires of a document type (by default the GDPR"
                + " privacy notice, tietosuojaseloste) and prints the findings."
                + " Exit status 0 when there is no ERROR finding, 1 when there is, 2 when the file cannot be read.")
final class CheckCommand implements Callable<Integer> {

    @Mixin
    private RegisterFile input;

    @Mixin
    private DocumentChoice document;

    @Override
    public Integer call() {
        Optional<Register> register = input.read();
        if (register.isEmpty()) {
            return RekisteriCommand.EXIT_INPUT;
        }
        DocumentType documentType = document.type(register.get());
        ComplianceReport report = Compliance.check(register.get(), documentType);
        TerminalPrintStream out = input.tool().out;
        for (Finding finding : report.findings()) {
            out.println(line(finding, document.language()));
        }
        out.println(summary(report));
        out.flush();
        return report.hasErrors() ? RekisteriCommand.EXIT_FINDINGS : 0;
    }

    /** {@code ERROR   purpose.legal-basis at purposes[0].legalBasis: …}, the message in the chosen language. */
    static String line(Finding finding, Language language) {
        String path = finding.path().isEmpty() ? "(register)" : finding.path();
        return String.format(Locale.ROOT, "%-7s %s at %s: %s", finding.severity(), finding.ruleId(), path,
                finding.message(language));
    }

    /** {@code art13: 12 errors, 8 warnings, 1 info}, or {@code art13: no findings}. */
    static String summary(ComplianceReport report) {
        String code = report.documentType().code();
        if (report.isClean()) {
            return code + ": no findings";
        }
        int errors = report.findings(Severity.ERROR).size();
        int warnings = report.findings(Severity.WARNING).size();
        int infos = report.findings(Severity.INFO).size();
        return code + ": " + count(errors, "error") + ", " + count(warnings, "warning") + ", " + infos + " info";
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
