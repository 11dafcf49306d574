package fi.rekisteri.export.document;

import fi.rekisteri.export.internal.document.Messages;
import fi.rekisteri.core.ContactDetails;
import fi.rekisteri.core.DataCategory;
import fi.rekisteri.core.Disclosure;
import fi.rekisteri.core.Language;
import fi.rekisteri.core.Purpose;
import fi.rekisteri.core.Register;
import fi.rekisteri.core.RetentionRule;
import fi.rekisteri.core.Transfer;
import fi.rekisteri.core.Transfers;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The Art. 30 record as CSV, one row per purpose, with the columns register, controller, DPO, purpose, legal basis,
 * data subject categories, data categories, recipients, third-country transfers and safeguards, retention and
 * security measures. Several values in one cell are separated by {@code "; "}. Quoting is Commons CSV's (RFC 4180).
 *
 * <p>A cell that starts with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return gets a
 * {@code '} before it, as OWASP recommends against CSV injection: a spreadsheet would otherwise run it as a formula
 * (a register's text can be anything, and the record is opened in Excel more often than not).
 */
final class Art30Csv {

    private static final List<String> COLUMNS = List.of("register", "controller", "dpo", "purpose", "legal-basis",
            "subjects", "categories", "recipients", "transfers", "retention", "security");
    private static final String SEPARATOR = "; ";

    private final Register register;
    private final OutlineParts parts;

    private Art30Csv(Register register, Language language) {
        this.register = register;
        this.parts = new OutlineParts(register, Messages.of(language));
    }

    /** Writes the record with a header row in the given language. */
    public static void write(Register register, Language language, Appendable out) throws IOException {
        new Art30Csv(register, language).write(out);
    }

    /** Writes the record as UTF-8 into the stream, which stays open. */
    public static void write(Register register, Language language, OutputStream out) throws IOException {
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        write(register, language, writer);
        writer.flush();
    }

    private void write(Appendable out) throws IOException {
        String[] header = COLUMNS.stream().map(c -> parts.message("csv." + c)).toArray(String[]::new);
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader(header).get();
        // Not closed: closing the printer would close the caller's writer or stream.
        CSVPrinter printer = new CSVPrinter(out, format);
        for (Purpose purpose : register.purposes()) {
            printer.printRecord(row(purpose).stream().map(Art30Csv::neutralised).toList());
        }
        printer.flush();
    }

    /** The characters that make a spreadsheet read a cell as a formula (OWASP, CSV injection). */
    private static boolean startsFormula(String cell) {
        if (cell.isEmpty()) {
            return false;
        }
        char first = cell.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }

    /** The cell as text a spreadsheet shows rather than evaluates. */
    static String neutralised(String cell) {
        return startsFormula(cell) ? "'" + cell : cell;
    }

    private List<String> row(Purpose purpose) {
        List<DataCategory> categories = register.categoriesCoveredBy(purpose);
        return List.of(
                parts.text(register.name()),
                contact(register.controller().name(), register.controller().businessId().map(Object::toString),
                        register.controller().contact()),
                register.dataProtectionOfficer().map(d -> contact(d.name(), Optional.empty(), d.contact())).orElse(""),
                parts.text(purpose.name()),
                purpose.legalBasis().map(parts::basisWithArticle).orElse(""),
                subjects(purpose),
                join(categories.stream().map(c -> parts.text(c.name()))),
                join(recipients(purpose).stream().map(parts::recipientWithRole)),
                transfers(),
                join(retention(purpose, categories).stream().map(parts::retentionText)),
                join(Stream.of(register.security().general(), register.security().electronic(),
                        register.security().manual()).flatMap(Optional::stream).map(parts::text)));
    }

    private static String contact(String name, Optional<String> businessId, ContactDetails contact) {
        List<String> values = new ArrayList<>();
        values.add(name);
        businessId.ifPresent(values::add);
        contact.address().ifPresent(a -> values.add(a.oneLine()));
        contact.email().ifPresent(values::add);
        contact.phone().ifPresent(values::add);
        contact.website().ifPresent(values::add);
        return String.join(SEPARATOR, values);
    }

    /** A purpose that names no subject groups concerns them all. */
    private String subjects(Purpose purpose) {
        return join(register.subjectCategories().stream()
                .filter(s -> purpose.subjects().isEmpty() || purpose.subjects().contains(s.key()))
                .map(s -> parts.text(s.name())));
    }

    /** Disclosures that serve the purpose, or that name no purposes and so serve them all. */
    private List<Disclosure> recipients(Purpose purpose) {
        return register.disclosures().stream()
                .filter(d -> d.purposes().isEmpty() || d.purposes().contains(purpose.key()))
                .toList();
    }

    private String transfers() {
        if (register.transfers().isEmpty()) {
            return "";
        }
        Transfers transfers = register.transfers().get();
        return switch (transfers.kind()) {
            case NONE -> ((Transfers.None) transfers).statement().map(parts::text)
                    .orElse(parts.message("transfers.none"));
            case THIRD_COUNTRIES ->
                    join(((Transfers.ThirdCountries) transfers).transfers().stream().map(this::transfer));
        };
    }

    private String transfer(Transfer transfer) {
        return parts.transferText(transfer);
    }

    /** Rules for any category the purpose uses, or for one of their ancestors; all rules when it names none. */
    private List<RetentionRule> retention(Purpose purpose, List<DataCategory> categories) {
        if (purpose.categories().isEmpty()) {
            return register.retention();
        }
        return register.retention().stream()
                .filter(rule -> rule.categories().stream()
                        .anyMatch(key -> categories.stream()
                                .anyMatch(c -> register.categoryHierarchy().isWithin(c.key(), key))))
                .toList();
    }

    private static String join(Stream<String> values) {
        return values.collect(Collectors.joining(SEPARATOR));
    }
}
