package fi.rekisteri.export.cli;

import fi.rekisteri.core.Language;
import fi.rekisteri.core.Register;
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

/** {@code rekisteri render FILE --type … --lang … --format … [-o OUT]}. */
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
        if (type == DocumentKind.TIETOSUOJASELOSTE) {
            // Said every time, so that nobody takes a notice from this build for a checked one.
            parent.err.println("rekisteri: note: this build does not run the compliance check; the notice shows"
                    + " what the register says, not what it lacks");
        }
        Outline outline = Documents.outline(register.get(), type.type(register.get()), language);
        ByteArrayOutputStream document = new ByteArrayOutputStream();
        renderer.render(outline, document);
        return Output.write(document.toByteArray(), output, parent.out, parent.err);
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
