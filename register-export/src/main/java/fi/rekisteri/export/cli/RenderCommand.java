package fi.rekisteri.export.cli;

import fi.rekisteri.core.Register;
import fi.rekisteri.core.compliance.ComplianceReport;
import fi.rekisteri.core.compliance.DocumentType;
import fi.rekisteri.core.compliance.Finding;
import fi.rekisteri.export.document.DocumentFormat;
import fi.rekisteri.export.document.DocumentFormat.FindingsPlacement;
import fi.rekisteri.export.document.DocumentSource;
import fi.rekisteri.export.document.DocumentWriter;
import fi.rekisteri.export.document.TemplateException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code rekisteri render FILE --type … --lang … --format … [--findings box|refuse] [--bom] [-o OUT]}. Every document is
 * checked first; its findings are never dropped silently: they go into a marked box before the first section (or, for
 * a format without a place for them, a note on standard error), or, with {@code --findings refuse}, an ERROR finding
 * stops the command before anything is written. What each format writes and where its findings go is the format's
 * to say ({@link DocumentFormat}); this command keeps no list of its own.
 */
@Command(name = "render", mixinStandardHelpOptions = true,
        description = "Writes a register as a document: by default the GDPR privacy notice (tietosuojaseloste), in"
                + " Finnish, as text; --type rekisteriseloste gives the classic statement.")
final class RenderCommand implements Callable<Integer> {

    @Mixin
    private RegisterFile input;

    @Mixin
    private DocumentChoice document;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            completionCandidates = FormatCandidates.class,
            description = "Format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}); csv and xlsx are the Art. 30"
                    + " record (--type art30), jsonld the register in the W3C Data Privacy Vocabulary.")
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

    @Option(names = "--bom",
            description = "Begin a CSV with a UTF-8 byte order mark, by which Excel knows it is UTF-8.")
    private boolean byteOrderMark;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT",
            description = "Output file; standard output when not given.")
    private Optional<Path> output;

    @Override
    public Integer call() throws IOException {
        RekisteriCommand parent = input.tool();
        if (Output.replacesInput(input.path(), output, parent)) {
            return RekisteriCommand.EXIT_INPUT;
        }
        Optional<Register> register = input.read();
        if (register.isEmpty()) {
            return RekisteriCommand.EXIT_INPUT;
        }
        DocumentFormat format;
        try {
            format = DocumentFormat.ofCode(formatCode.toLowerCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            parent.err.println("rekisteri: unknown --format '" + formatCode + "'; expected one of "
                    + String.join(", ", DocumentFormat.codes()));
            return RekisteriCommand.EXIT_INPUT;
        }
        Optional<DocumentWriter> writer = writer(format);
        if (writer.isEmpty()) {
            return RekisteriCommand.EXIT_INPUT;
        }
        if (!format.isText() && output.isEmpty() && parent.outIsTerminal) {
            parent.err.println("rekisteri: --format " + format.code() + " is binary and standard output is a"
                    + " terminal: give -o FILE or redirect the output; nothing was written");
            return RekisteriCommand.EXIT_INPUT;
        }
        DocumentType documentType = document.type(register.get());
        if (!format.supports(documentType)) {
            parent.err.println("rekisteri: --format " + format.code() + " writes "
                    + format.documentTypes().stream().sorted().map(t -> DocumentKind.of(t).description())
                            .collect(Collectors.joining(" or "))
                    + ": use it with --type " + format.documentTypes().stream().sorted()
                            .map(t -> DocumentKind.of(t).code()).collect(Collectors.joining(" or ")));
            return RekisteriCommand.EXIT_INPUT;
        }
        DocumentSource source = document.firstLayer()
                ? DocumentSource.firstLayer(register.get(), document.language())
                : DocumentSource.of(register.get(), documentType, document.language());
        if (format.findings() != FindingsPlacement.NOT_CHECKED) {
            ComplianceReport report = source.report();
            if (refused(report)) {
                return RekisteriCommand.EXIT_FINDINGS;
            }
            if (format.findings() == FindingsPlacement.BESIDE && !report.isClean()) {
                // The format has no place for a box; the findings are at least not passed over in silence.
                parent.err.println("rekisteri: note: the " + format.code().toUpperCase(Locale.ROOT)
                        + " has no place for the compliance findings (" + CheckCommand.summary(report)
                        + "); rekisteri check " + input.path() + " --type " + documentType.code() + " lists them");
            }
        }
        try {
            return Output.write(out -> writer.get().write(source, out), format.isText(), output, parent);
        } catch (TemplateException e) {
            // A user's template beyond its limits is wrong input; a file is then not written at all.
            parent.err.println("rekisteri: " + e.getMessage());
            return RekisteriCommand.EXIT_INPUT;
        }
    }

    /**
     * The format's writer, with the user's template or a byte order mark where asked; empty after saying what is
     * wrong.
     */
    private Optional<DocumentWriter> writer(DocumentFormat format) {
        RekisteriCommand parent = input.tool();
        if (byteOrderMark && !format.takesByteOrderMark()) {
            parent.err.println("rekisteri: --bom applies to --format " + DocumentFormat.byteOrderMarkFormats()
                    .stream().map(DocumentFormat::code).collect(Collectors.joining(" and ")) + " only");
            return Optional.empty();
        }
        if (template.isEmpty()) {
            return Optional.of(byteOrderMark ? format.writerWithByteOrderMark() : format.writer());
        }
        if (!format.takesTemplate()) {
            parent.err.println("rekisteri: --template applies to --format " + DocumentFormat.templateFormats()
                    .stream().map(DocumentFormat::code).collect(Collectors.joining(" and ")) + " only");
            return Optional.empty();
        }
        try {
            return Optional.of(format.writer(template.get()));
        } catch (IllegalArgumentException e) {
            parent.err.println("rekisteri: " + e.getMessage());
            return Optional.empty();
        }
    }

    /** With {@code --findings refuse}, prints the report's errors and says that nothing was written. */
    private boolean refused(ComplianceReport report) {
        if (findings != FindingsChoice.REFUSE || !report.hasErrors()) {
            return false;
        }
        RekisteriCommand parent = input.tool();
        for (Finding error : report.errors()) {
            parent.err.println(CheckCommand.line(error, document.language()));
        }
        parent.err.println("rekisteri: " + CheckCommand.summary(report) + "; refusing to render (--findings refuse),"
                + " nothing was written");
        return true;
    }

    /** Every {@code --format}, as the formats name themselves, for help and shell completion. */
    static final class FormatCandidates implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return DocumentFormat.codes().iterator();
        }
    }
}
