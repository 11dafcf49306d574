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
import fi.rekisteri.export.RegisterReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Iterator;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code rekisteri render FILE --type … --lang … --format … [--findings box|refuse] [--bom] [-o OUT]}, and
 * {@code render FILE…|DIR --type art30 …}: one Art. 30 record across several registers of one controller. Every
 * document is checked first; its findings are never dropped silently: they go into a marked box before the first section (or, for
 * a format without a place for them, a note on standard error), or, with {@code --findings refuse}, an ERROR finding
 * stops the command before anything is written. What each format writes and where its findings go is the format's
 * to say ({@link DocumentFormat}); this command keeps no list of its own.
 */
@Command(name = "render", mixinStandardHelpOptions = true,
        description = "Writes a register as a document: by default the GDPR privacy notice (tietosuojaseloste), in"
                + " Finnish, as text; --type rekisteriseloste gives the classic statement. With --type art30, takes"
                + " several files or a directory of one controller's registers: one record across them.")
final class RenderCommand implements Callable<Integer> {

    @Mixin
    private RegisterFile input;

    @Mixin
    private DocumentChoice document;

    @Parameters(index = "1..*", arity = "0..*", paramLabel = "FILE",
            description = "With --type art30, more register files or directories of them: one record across them.")
    private List<Path> moreFiles = new ArrayList<>();

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
        List<Path> given = new ArrayList<>();
        given.add(input.path());
        given.addAll(moreFiles);
        boolean record = document.isArt30();
        if (!record && given.size() > 1) {
            parent.err.println("rekisteri: --type " + document.code() + " takes one register file; only the Art. 30"
                    + " record (--type art30) is one document across several files or a directory");
            return RekisteriCommand.EXIT_INPUT;
        }
        if (record && RegisterFiles.several(given)) {
            Optional<DocumentFormat> format = format();
            return format.isEmpty() ? RekisteriCommand.EXIT_INPUT : renderRecord(given, format.get());
        }
        if (Output.replacesInput(input.path(), output, parent)) {
            return RekisteriCommand.EXIT_INPUT;
        }
        Optional<Register> register = input.read();
        if (register.isEmpty()) {
            return RekisteriCommand.EXIT_INPUT;
        }
        Optional<DocumentFormat> known = format();
        if (known.isEmpty()) {
            return RekisteriCommand.EXIT_INPUT;
        }
        DocumentFormat format = known.get();
        Optional<DocumentWriter> writer = writer(format);
        if (writer.isEmpty()) {
            return RekisteriCommand.EXIT_INPUT;
        }
        if (binaryOnTerminal(format)) {
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
        return render(source, format, writer.get(), List.of(input.path().toString()));
    }

    /**
     * One Art. 30 record across several registers of one controller: every file is read before anything is written,
     * and one that cannot be read, or registers of two controllers, stop the command (exit 2).
     */
    private int renderRecord(List<Path> given, DocumentFormat format) throws IOException {
        RekisteriCommand parent = input.tool();
        if (format == DocumentFormat.JSON_LD) {
            parent.err.println("rekisteri: --format jsonld writes one register; give one register file");
            return RekisteriCommand.EXIT_INPUT;
        }
        Optional<List<Path>> files = RegisterFiles.expand(given, input.taxonomy().files(), parent.err);
        if (files.isEmpty()) {
            return RekisteriCommand.EXIT_INPUT;
        }
        for (Path file : files.get()) {
            if (Output.replacesInput(file, output, parent)) {
                return RekisteriCommand.EXIT_INPUT;
            }
        }
        Optional<RegisterReader> reader = input.taxonomy().reader(parent.err);
        if (reader.isEmpty()) {
            return RekisteriCommand.EXIT_INPUT;
        }
        List<Register> registers = new ArrayList<>();
        boolean unreadable = false;
        for (Path file : files.get()) {
            Optional<Register> register = Input.read(file, parent.err, reader.get());
            register.ifPresent(registers::add);
            unreadable |= register.isEmpty();
        }
        if (unreadable) {
            parent.err.println("rekisteri: not every register file could be read; nothing was written");
            return RekisteriCommand.EXIT_INPUT;
        }
        Optional<DocumentWriter> writer = writer(format);
        if (writer.isEmpty() || binaryOnTerminal(format)) {
            return RekisteriCommand.EXIT_INPUT;
        }
        List<String> names = files.get().stream().map(Path::toString).toList();
        DocumentSource source;
        try {
            source = DocumentSource.ofRecord(registers, names, document.language());
        } catch (IllegalArgumentException e) {
            parent.err.println("rekisteri: " + e.getMessage() + "; nothing was written");
            return RekisteriCommand.EXIT_INPUT;
        }
        return render(source, format, writer.get(), names);
    }

    /** The format {@code --format} names; empty after saying which there are. */
    private Optional<DocumentFormat> format() {
        try {
            return Optional.of(DocumentFormat.ofCode(formatCode.toLowerCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            input.tool().err.println("rekisteri: unknown --format '" + formatCode + "'; expected one of "
                    + String.join(", ", DocumentFormat.codes()));
            return Optional.empty();
        }
    }

    /** Says so when a binary format would go onto a terminal. */
    private boolean binaryOnTerminal(DocumentFormat format) {
        RekisteriCommand parent = input.tool();
        if (!format.isText() && output.isEmpty() && parent.outIsTerminal) {
            parent.err.println("rekisteri: --format " + format.code() + " is binary and standard output is a"
                    + " terminal: give -o FILE or redirect the output; nothing was written");
            return true;
        }
        return false;
    }

    /** Checks and writes the document; {@code files} are the source's registers' files, for the messages. */
    private int render(DocumentSource source, DocumentFormat format, DocumentWriter writer, List<String> files)
            throws IOException {
        RekisteriCommand parent = input.tool();
        DocumentType documentType = source.type();
        if (format.findings() != FindingsPlacement.NOT_CHECKED) {
            ComplianceReport report = source.report();
            if (refused(source, files)) {
                return RekisteriCommand.EXIT_FINDINGS;
            }
            if (format.findings() == FindingsPlacement.BESIDE && !report.isClean()) {
                // The format has no place for a box; the findings are at least not passed over in silence.
                parent.err.println("rekisteri: note: the " + format.code().toUpperCase(Locale.ROOT)
                        + " has no place for the compliance findings (" + CheckCommand.summary(report)
                        + "); rekisteri check " + String.join(" ", files) + " --type " + documentType.code() + " lists them");
            }
        }
        try {
            return Output.write(out -> writer.write(source, out), format.isText(), output, parent);
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

    /**
     * With {@code --findings refuse}, prints the report's errors (of several registers, each after its file) and says
     * that nothing was written.
     */
    private boolean refused(DocumentSource source, List<String> files) {
        ComplianceReport report = source.report();
        if (findings != FindingsChoice.REFUSE || !report.hasErrors()) {
            return false;
        }
        RekisteriCommand parent = input.tool();
        for (int i = 0; i < source.reports().size(); i++) {
            for (Finding error : source.reports().get(i).errors()) {
                // A record across several registers names the register each error is in.
                String register = source.isRecordOfSeveral() ? files.get(i) + ": " : "";
                parent.err.println(register + CheckCommand.line(error, document.language()));
            }
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
