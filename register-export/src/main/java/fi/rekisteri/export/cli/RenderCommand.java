package fi.rekisteri.export.cli;

import fi.rekisteri.core.Language;
import fi.rekisteri.core.Register;
import fi.rekisteri.core.compliance.Compliance;
import fi.rekisteri.core.compliance.ComplianceReport;
import fi.rekisteri.core.compliance.DocumentType;
import fi.rekisteri.core.compliance.Finding;
import fi.rekisteri.export.document.DocumentFormat;
import fi.rekisteri.export.document.Documents;
import fi.rekisteri.export.document.Outline;
import fi.rekisteri.export.document.Renderer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code rekisteri render FILE --type … --lang … --format … [--findings box|refuse] [-o OUT]}. Every document is
 * checked first; its findings are never dropped silently: they go into a marked box before the first section, or,
 * with {@code --findings refuse}, an ERROR finding stops the command before anything is written.
 */
@Command(name = "render", mixinStandardHelpOptions = true,
        description = "Writes a register as a document.")
final class RenderCommand implements Callable<Integer> {

    @ParentCommand
    private RekisteriCommand parent;

    @Parameters(index = "0", paramLabel = "FILE", description = "The register file (.yaml, .yml or .json).")
    private Path file;

    @Option(names = "--type", paramLabel = "TYPE", defaultValue = "rekisteriseloste",
            converter = DocumentKind.Converter.class, completionCandidates = DocumentKind.Candidates.class,
            description = "Document type: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    private DocumentKind type;

    @Option(names = "--lang", paramLabel = "LANG", defaultValue = "fi",
            converter = LanguageConverter.class,
            description = "Language: fi, sv or en (default: ${DEFAULT-VALUE}).")
    private Language language;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            completionCandidates = FormatCandidates.class,
            description = "Format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}); csv is the Art. 30 record"
                    + " (--type art30), jsonld the register in the W3C Data Privacy Vocabulary.")
    private String formatCode;

    @Option(names = "--template", paramLabel = "TEMPLATE",
            description = "Your own Mustache template for --format html or pdf; partials beside it replace ours.")
    private Optional<Path> template;

    @Option(names = "--findings", paramLabel = "WHAT", defaultValue = "box",
            converter = FindingsChoice.Converter.class, completionCandidates = FindingsChoice.Candidates.class,
            description = "What the compliance check's findings do: box lists them in a marked box before the first"
                    + " section; refuse writes nothing and exits 1 when any is an ERROR (the rest still go in the box)"
                    + " (default: ${DEFAULT-VALUE}).")
    private FindingsChoice findings;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT",
            description = "Output file; standard output when not given.")
    private Optional<Path> output;

    @Override
    public Integer call() throws IOException {
        Optional<Register> register = Input.read(file, parent.err);
        if (register.isEmpty()) {
            return RekisteriCommand.EXIT_INPUT;
        }
        if (formatCode.equals("csv") || formatCode.equals("jsonld")) {
            return data(register.get());
        }
        DocumentFormat format;
        try {
            format = DocumentFormat.ofCode(formatCode);
        } catch (IllegalArgumentException e) {
            parent.err.println("rekisteri: unknown format '" + formatCode + "'; expected one of "
                    + String.join(", ", new FormatCandidates()));
            return RekisteriCommand.EXIT_INPUT;
        }
        Renderer renderer = Documents.renderer(format);
        if (template.isPresent()) {
            if (format != DocumentFormat.HTML && format != DocumentFormat.PDF) {
                parent.err.println("rekisteri: --template applies to --format html and pdf only");
                return RekisteriCommand.EXIT_INPUT;
            }
            try {
                Renderer html = Documents.htmlRenderer(template.get());
                renderer = format == DocumentFormat.PDF ? Documents.pdfRenderer(html) : html;
            } catch (IllegalArgumentException e) {
                parent.err.println("rekisteri: " + e.getMessage());
                return RekisteriCommand.EXIT_INPUT;
            }
        }
        DocumentType documentType = type.type(register.get());
        ComplianceReport report = Compliance.check(register.get(), documentType);
        if (refused(report)) {
            return RekisteriCommand.EXIT_FINDINGS;
        }
        Outline outline = Documents.outline(register.get(), documentType, language);
        outline = Documents.findingsNotice(report, language).map(outline::withNotice).orElse(outline);
        ByteArrayOutputStream document = new ByteArrayOutputStream();
        renderer.render(outline, document);
        return Output.write(document.toByteArray(), output, parent.out, parent.err);
    }

    /** With {@code --findings refuse}, prints the report's errors and says that nothing was written. */
    private boolean refused(ComplianceReport report) {
        if (findings != FindingsChoice.REFUSE || !report.hasErrors()) {
            return false;
        }
        for (Finding error : report.errors()) {
            parent.err.println(CheckCommand.line(error, language));
        }
        parent.err.println("rekisteri: " + CheckCommand.summary(report) + "; refusing to render (--findings refuse),"
                + " nothing was written");
        return true;
    }

    /** {@code fi}, {@code sv}, {@code en}. */
    static final class LanguageConverter implements picocli.CommandLine.ITypeConverter<Language> {
        @Override
        public Language convert(String value) {
            try {
                return Language.ofTag(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }

    /** The machine-readable formats, which are written from the register rather than from a document outline. */
    private int data(Register register) throws IOException {
        if (template.isPresent()) {
            parent.err.println("rekisteri: --template applies to --format html and pdf only");
            return RekisteriCommand.EXIT_INPUT;
        }
        String text;
        if (formatCode.equals("csv")) {
            if (type != DocumentKind.ART30) {
                parent.err.println("rekisteri: --format csv writes the Art. 30 record: use it with --type art30");
                return RekisteriCommand.EXIT_INPUT;
            }
            ComplianceReport report = Compliance.check(register, DocumentType.ART_30_RECORD);
            if (refused(report)) {
                return RekisteriCommand.EXIT_FINDINGS;
            }
            if (!report.isClean()) {
                // A CSV has no place for a box; the findings are at least not passed over in silence.
                parent.err.println("rekisteri: note: " + CheckCommand.summary(report) + " not shown in the CSV;"
                        + " see rekisteri check --type art30");
            }
            StringBuilder csv = new StringBuilder();
            Documents.writeArt30Csv(register, language, csv);
            text = csv.toString();
        } else {
            text = Documents.toJsonLd(register);
        }
        return Output.write(text.getBytes(StandardCharsets.UTF_8), output, parent.out, parent.err);
    }

    /** Every {@code --format}. */
    static final class FormatCandidates implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            List<String> codes = new ArrayList<>();
            for (DocumentFormat format : DocumentFormat.values()) {
                codes.add(format.code());
            }
            codes.add("csv");
            codes.add("jsonld");
            return codes.iterator();
        }
    }
}
