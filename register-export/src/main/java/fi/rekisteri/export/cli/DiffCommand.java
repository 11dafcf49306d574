package fi.rekisteri.export.cli;

import fi.rekisteri.core.Language;
import fi.rekisteri.core.Register;
import fi.rekisteri.core.diff.Change;
import fi.rekisteri.core.diff.RegisterDiff;
import fi.rekisteri.export.document.DocumentFormat;
import fi.rekisteri.export.document.Documents;
import fi.rekisteri.export.document.Outline;
import fi.rekisteri.export.internal.io.TerminalText;
import fi.rekisteri.export.internal.io.TerminalText.Layout;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code rekisteri diff OLD NEW [--format text|md|html] [--lang …] [--date DATE] [-o OUT]}: what changed between two
 * versions of a register. As {@code diff(1)}, it exits 0 when they say the same, 1 when they differ and 2 on trouble
 * (a wrong command line, a register file that cannot be read, an output that cannot be written), so that a script
 * can tell a change from a failure.
 */
@Command(name = "diff", mixinStandardHelpOptions = true,
        description = "Lists what changed between two versions of a register, one change a line, or writes the change"
                + " notice for the web page (--format md or html). Exit status: 0 the same, 1 changed, 2 trouble.",
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:the registers say the same (their metadata apart)", "1:they differ",
                "2:wrong command line, unreadable register file or unwritable output"})
final class DiffCommand implements Callable<Integer> {

    /** Exit status when the registers differ. */
    static final int EXIT_DIFFERENT = 1;
    /** Exit status on trouble: this command's 1 means "different", so an unwritable output is 2 here. */
    static final int EXIT_TROUBLE = 2;

    @Spec
    private CommandSpec command;

    @Parameters(index = "0", paramLabel = "OLD", description = "The previous version of the register file.")
    private Path oldFile;

    @Parameters(index = "1", paramLabel = "NEW", description = "The new version of the register file.")
    private Path newFile;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            completionCandidates = FormatCandidates.class,
            description = "Format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}): text is one change a line"
                    + " with its path; md and html the change notice for the register's web page.")
    private String formatCode;

    @Option(names = "--lang", paramLabel = "LANG", defaultValue = "fi",
            converter = DocumentChoice.LanguageConverter.class,
            description = "Language of the parts' names and of the notice: fi, sv or en (default: ${DEFAULT-VALUE}).")
    private Language language;

    @Option(names = "--date", paramLabel = "DATE", converter = DateConverter.class,
            description = "Date of the change notice, as 2026-03-01 (default: the latest date in the new register's"
                    + " metadata).")
    private Optional<LocalDate> date;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT",
            description = "Output file; standard output when not given.")
    private Optional<Path> output;

    @Override
    public Integer call() throws IOException {
        RekisteriCommand parent = (RekisteriCommand) command.parent().userObject();
        if (Output.replacesInput(oldFile, output, parent) || Output.replacesInput(newFile, output, parent)) {
            return EXIT_TROUBLE;
        }
        Optional<DocumentFormat> format = format(parent);
        if (format.isEmpty()) {
            return EXIT_TROUBLE;
        }
        Optional<Register> before = Input.read(oldFile, parent.err);
        Optional<Register> after = Input.read(newFile, parent.err);
        if (before.isEmpty() || after.isEmpty()) {
            return EXIT_TROUBLE;
        }
        RegisterDiff diff = RegisterDiff.between(before.get(), after.get());
        String text;
        if (format.get() == DocumentFormat.TEXT) {
            text = lines(diff, before.get(), after.get());
        } else {
            Optional<LocalDate> day = date.or(() -> after.get().metadata().latestDate());
            if (day.isEmpty()) {
                parent.err.println("rekisteri: " + newFile + " gives no date in its metadata for the change notice;"
                        + " give --date, as --date 2026-03-01");
                return EXIT_TROUBLE;
            }
            Outline notice = Documents.changeNotice(before.get(), after.get(), language, day.get());
            text = Documents.renderToString(notice, format.get());
        }
        int written = Output.write(out -> out.write(text.getBytes(StandardCharsets.UTF_8)), true, output, parent);
        if (written != 0) {
            return EXIT_TROUBLE;
        }
        return diff.isEmpty() ? 0 : EXIT_DIFFERENT;
    }

    private Optional<DocumentFormat> format(RekisteriCommand parent) {
        String code = formatCode.toLowerCase(Locale.ROOT);
        for (DocumentFormat format : FORMATS) {
            if (format.code().equals(code)) {
                return Optional.of(format);
            }
        }
        parent.err.println("rekisteri: diff has no --format '" + formatCode + "'; expected one of "
                + String.join(", ", FormatCandidates.CODES));
        return Optional.empty();
    }

    /**
     * One change a line: {@code added purposes purposes[3]: Analytiikka [prior notice: new-purpose]}, the kind,
     * section and path as codes, the part's name in {@code --lang}, its control and layout characters escaped.
     */
    private String lines(RegisterDiff diff, Register before, Register after) {
        StringBuilder text = new StringBuilder();
        for (Change<?> change : diff.changes()) {
            text.append(change.kind().code()).append(' ').append(change.section().code()).append(' ')
                    .append(change.path().isRoot() ? "(register)" : change.path().toString()).append(": ")
                    // A name's line feed, CR or tab would break the one change a line, in a file as on a terminal.
                    .append(TerminalText.escape(Documents.describe(change, before, after, language), Layout.LINE));
            change.priorNotice().ifPresent(n -> text.append(" [prior notice: ").append(n.code()).append(']'));
            text.append('\n');
        }
        return text.toString();
    }

    private static final List<DocumentFormat> FORMATS =
            List.of(DocumentFormat.TEXT, DocumentFormat.MARKDOWN, DocumentFormat.HTML);

    /** The formats of {@code diff}, for help and shell completion. */
    static final class FormatCandidates implements Iterable<String> {
        static final List<String> CODES = FORMATS.stream().map(DocumentFormat::code).toList();

        @Override
        public Iterator<String> iterator() {
            return CODES.iterator();
        }
    }

    /** Reads {@code --date} as an ISO date. */
    static final class DateConverter implements ITypeConverter<LocalDate> {
        @Override
        public LocalDate convert(String value) {
            try {
                return LocalDate.parse(value);
            } catch (DateTimeParseException e) {
                throw new TypeConversionException("--date '" + value + "' is not a date; write it as 2026-03-01");
            }
        }
    }
}
