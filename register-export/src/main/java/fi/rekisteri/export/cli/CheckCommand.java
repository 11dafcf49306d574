package fi.rekisteri.export.cli;

import fi.rekisteri.core.Language;
import fi.rekisteri.core.Register;
import fi.rekisteri.core.compliance.AcknowledgedFinding;
import fi.rekisteri.core.compliance.Compliance;
import fi.rekisteri.core.compliance.ComplianceReport;
import fi.rekisteri.core.compliance.DocumentType;
import fi.rekisteri.core.compliance.Finding;
import fi.rekisteri.core.compliance.Severity;
import fi.rekisteri.core.rules.OrganisationRules;
import fi.rekisteri.core.taxonomy.Taxonomy;
import fi.rekisteri.export.FormatError;
import fi.rekisteri.export.RegisterFormatException;
import fi.rekisteri.export.RegisterReader;
import fi.rekisteri.export.RulesReader;
import fi.rekisteri.export.internal.io.TerminalPrintStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code rekisteri check [--rules RULES] [--taxonomy TAXONOMY] [--format text|sarif] FILE…|DIR [--type …] [--lang …]}:
 * the compliance check's findings and those of the organisation's rules, one a line, several registers each under
 * their file's name; or all of them as one SARIF 2.1.0 log for code-scanning annotations, with the acknowledged
 * findings as suppressed results and the files that cannot be read as error results.
 */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Checks a register against what the law requires of a document type (by default the GDPR"
                + " privacy notice, tietosuojaseloste) and prints the findings."
                + " With --rules, also checks the organisation's rules; with --rules or --taxonomy, also that every"
                + " key is the taxonomy's or lies under one of its keys. Takes several files or a directory of"
                + " .yaml, .yml and .json files. Exit status 0 when there is no ERROR finding, 1 when there is,"
                + " 2 when a file cannot be read (after the others are checked).")
final class CheckCommand implements Callable<Integer> {

    @Spec
    private CommandSpec command;

    @Parameters(arity = "1..*", paramLabel = "FILE",
            description = "Register files (.yaml, .yml or .json), or directories of them.")
    private List<Path> files = new ArrayList<>();

    @Option(names = "--rules", paramLabel = "RULES",
            description = "An organisation rules file (docs/rules.md) to check every register against as well.")
    private @Nullable Path rulesFile;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            converter = OutputFormat.Converter.class,
            description = "Format of the findings: text, one a line (default), or sarif, a SARIF 2.1.0 log of every"
                    + " file's findings with their lines and columns, for code-scanning annotations in CI.")
    private OutputFormat format;

    @Mixin
    private TaxonomyOption taxonomyOption;

    @Mixin
    private DocumentChoice document;

    /** How {@code check} writes its findings. */
    enum OutputFormat {
        /** One finding a line, each register's under its file's name. */
        TEXT,
        /** A SARIF 2.1.0 log. */
        SARIF;

        /** Reads {@code --format}: {@code text} or {@code sarif}, in any case. */
        static final class Converter implements ITypeConverter<OutputFormat> {
            @Override
            public OutputFormat convert(String value) {
                try {
                    return OutputFormat.valueOf(value.toUpperCase(Locale.ROOT));
                } catch (IllegalArgumentException e) {
                    throw new TypeConversionException("unknown --format '" + value
                            + "'; expected text or sarif");
                }
            }
        }
    }

    @Override
    public Integer call() {
        RekisteriCommand tool = (RekisteriCommand) command.parent().userObject();
        Optional<Taxonomy> taxonomy = taxonomyOption.taxonomy(tool.err);
        if (taxonomy.isEmpty()) {
            return RekisteriCommand.EXIT_INPUT;
        }
        OrganisationRules rules = OrganisationRules.of(List.of());
        if (rulesFile != null) {
            // The rules name the organisation's words, and fideslang's, which its taxonomy maps.
            List<FormatError> problems = new ArrayList<>();
            Optional<OrganisationRules> read = readRules(rulesFile, taxonomy.get(), tool, problems);
            if (read.isEmpty()) {
                if (format == OutputFormat.SARIF) {
                    // So that code scanning shows why no register was checked, rather than an upload that fails.
                    tool.out.print(SarifReport.write(List.of(SarifReport.Checked.unreadableRules(rulesFile,
                            problems)), document.language(), RekisteriCommand.Version.number()));
                    tool.out.flush();
                }
                return RekisteriCommand.EXIT_INPUT;
            }
            rules = read.get();
        }
        RegisterReader reader = taxonomyOption.reader(tool.err).orElseThrow();
        // The organisation's words are checked where it checks its registers as an organisation.
        boolean checkKeys = rulesFile != null || taxonomyOption.given();
        List<Path> options = new ArrayList<>(taxonomyOption.files());
        if (rulesFile != null) {
            options.add(rulesFile);
        }
        Optional<List<Path>> expanded = RegisterFiles.expand(files, options, tool.err);
        if (expanded.isEmpty()) {
            return RekisteriCommand.EXIT_INPUT;
        }
        List<Path> registers = expanded.get();
        boolean sarif = format == OutputFormat.SARIF;
        boolean named = !sarif && RegisterFiles.several(files);
        boolean unreadable = false;
        boolean errors = false;
        TerminalPrintStream out = tool.out;
        List<SarifReport.Checked> checked = new ArrayList<>();
        for (Path file : registers) {
            if (named) {
                out.println(file + ":");
            }
            out.flush();
            Input.Outcome outcome = Input.load(file, reader);
            outcome.print(tool.err);
            Optional<Register> register = outcome.register();
            if (register.isEmpty()) {
                if (sarif) {
                    checked.add(SarifReport.Checked.unreadable(file, outcome.errors()));
                }
                unreadable = true;
                continue;
            }
            DocumentType documentType = document.type(register.get());
            ComplianceReport report = Compliance.check(register.get(), documentType);
            List<Finding> findings = new ArrayList<>(report.findings());
            if (checkKeys) {
                findings.addAll(taxonomy.get().unknownKeys(register.get()));
            }
            findings.addAll(rules.evaluate(register.get()));
            if (sarif) {
                checked.add(SarifReport.Checked.of(file, findings, report.acknowledged(),
                        register.get().acknowledgements()));
            } else {
                for (Finding finding : findings) {
                    out.println(line(finding, document.language()));
                }
                for (AcknowledgedFinding acknowledged : report.acknowledged()) {
                    out.println(acknowledgedLine(acknowledged));
                }
                out.println(summary(new ComplianceReport(documentType, findings, report.acknowledged())));
            }
            errors |= findings.stream().anyMatch(finding -> finding.severity() == Severity.ERROR);
        }
        if (sarif) {
            out.print(SarifReport.write(checked, document.language(), RekisteriCommand.Version.number()));
        }
        out.flush();
        if (unreadable) {
            return RekisteriCommand.EXIT_INPUT;
        }
        return errors ? RekisteriCommand.EXIT_FINDINGS : 0;
    }

    /** The rules, or empty after printing what is wrong and adding it to {@code problems}. */
    private static Optional<OrganisationRules> readRules(Path file, Taxonomy taxonomy, RekisteriCommand tool,
            List<FormatError> problems) {
        try {
            return Optional.of(RulesReader.create().withTaxonomy(taxonomy).read(file));
        } catch (RegisterFormatException e) {
            for (FormatError error : e.errors()) {
                tool.err.println(error);
            }
            problems.addAll(e.errors());
            tool.err.println("rekisteri: " + e.errors().size() + (e.errors().size() == 1 ? " error" : " errors")
                    + " in the rules file " + file);
        } catch (IOException e) {
            String message = "cannot read the rules file " + file + ": " + e.getMessage();
            problems.add(new FormatError(file.toString(), 0, 0, "", message));
            tool.err.println("rekisteri: " + message);
        } catch (IllegalArgumentException e) {
            String message = file + ": " + e.getMessage();
            problems.add(new FormatError(file.toString(), 0, 0, "", message));
            tool.err.println("rekisteri: " + message);
        }
        return Optional.empty();
    }

    /** {@code ERROR   purpose.legal-basis at purposes[0].legalBasis: …}, the message in the chosen language. */
    static String line(Finding finding, Language language) {
        String path = finding.path().isEmpty() ? "(register)" : finding.path();
        return String.format(Locale.ROOT, "%-7s %s at %s: %s", finding.severity(), finding.ruleId(), path,
                finding.message(language));
    }

    /** {@code ACK     dpo.missing at dataProtectionOfficer (INFO): Art. 37 does not apply}, with the reason. */
    static String acknowledgedLine(AcknowledgedFinding acknowledged) {
        Finding finding = acknowledged.finding();
        String path = finding.path().isEmpty() ? "(register)" : finding.path();
        return String.format(Locale.ROOT, "%-7s %s at %s (%s): %s", "ACK", finding.ruleId(), path,
                finding.severity(), acknowledged.acknowledgement().reason());
    }

    /** {@code art13: 12 errors, 9 warnings, 1 info}, or {@code art13: no findings}. */
    static String summary(ComplianceReport report) {
        String code = report.documentType().code();
        if (report.isClean()) {
            return code + ": no findings" + (report.acknowledged().isEmpty() ? ""
                    : ", " + report.acknowledged().size() + " acknowledged");
        }
        int errors = report.findings(Severity.ERROR).size();
        int warnings = report.findings(Severity.WARNING).size();
        int infos = report.findings(Severity.INFO).size();
        String counts = code + ": " + count(errors, "error") + ", " + count(warnings, "warning") + ", " + infos
                + " info";
        int acknowledged = report.acknowledged().size();
        return acknowledged == 0 ? counts : counts + ", " + acknowledged + " acknowledged";
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
