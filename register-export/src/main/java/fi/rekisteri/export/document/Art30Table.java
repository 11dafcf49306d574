package fi.rekisteri.export.document;

import fi.rekisteri.core.ContactDetails;
import fi.rekisteri.core.Organisation;
import fi.rekisteri.core.Language;
import fi.rekisteri.core.Purpose;
import fi.rekisteri.core.Register;
import fi.rekisteri.core.Transfers;
import fi.rekisteri.export.internal.document.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The Art. 30 record as a table, the one source of its CSV and XLSX: a header in the document's language and one row
 * per purpose, with the columns register, controller, the controller's representative (Art. 27; empty when none),
 * DPO (or the register's statement that none is designated, with its reason), purpose, legal basis, data subject
 * categories, data categories, recipients, third-country transfers and safeguards, retention and security measures:
 * Art. 30(1)(a)–(g). A row holds only what concerns its purpose
 * ({@link PurposeScope}); several values in one cell are separated by {@code "; "}.
 *
 * <p>Every cell is {@linkplain #neutralised neutralised}: one that starts with {@code =}, {@code +}, {@code -},
 * {@code @}, a tab or a carriage return gets a {@code '} before it, as OWASP recommends against CSV injection, since
 * a spreadsheet would otherwise run it as a formula (a register's text can be anything, and the record is opened in
 * a spreadsheet more often than not).
 *
 * @param title the record's title, {@code Seloste käsittelytoimista}
 * @param header the column names
 * @param rows one row per purpose, in the register's order, each as long as the header
 */
record Art30Table(String title, List<String> header, List<List<String>> rows) {

    private static final List<String> COLUMNS = List.of("register", "controller", "representative", "dpo", "purpose",
            "legal-basis", "subjects", "categories", "recipients", "transfers", "retention", "security");
    private static final String SEPARATOR = "; ";

    Art30Table {
        header = List.copyOf(header);
        rows = rows.stream().map(List::copyOf).toList();
    }

    /** The register's record in the given language. */
    static Art30Table of(Register register, Language language) {
        return of(List.of(register), language);
    }

    /**
     * The record across the registers of one controller ({@link Controllers#requireOne}): each register's rows in
     * turn, in the order given.
     */
    static Art30Table of(List<Register> registers, Language language) {
        Messages messages = Messages.of(language);
        List<List<String>> rows = new ArrayList<>();
        for (Register register : registers) {
            for (List<String> row : plainRows(register, new OutlineParts(register, messages))) {
                rows.add(row.stream().map(Art30Table::neutralised).toList());
            }
        }
        return new Art30Table(messages.get("title.art30"),
                COLUMNS.stream().map(c -> neutralised(messages.get("csv." + c))).toList(), rows);
    }

    /** The column names in the language of {@code parts}, not neutralised: for a document rather than a sheet. */
    static List<String> plainHeader(OutlineParts parts) {
        return COLUMNS.stream().map(c -> parts.message("csv." + c)).toList();
    }

    /** The cells of the register's rows, one per purpose, not neutralised: for a document rather than a sheet. */
    static List<List<String>> plainRows(Register register, OutlineParts parts) {
        Rows rows = new Rows(register, parts);
        return register.purposes().stream().map(rows::row).toList();
    }

    /** The index of the columns a document shows once, in its controller section, rather than per activity. */
    static boolean isControllerColumn(int column) {
        String name = COLUMNS.get(column);
        return name.equals("controller") || name.equals("representative") || name.equals("dpo");
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

    /** The cells of the rows, before they are neutralised. */
    private record Rows(Register register, OutlineParts parts) {

        List<String> row(Purpose purpose) {
            PurposeScope scope = PurposeScope.of(register, purpose);
            return List.of(
                    parts.text(register.name()),
                    controllers(),
                    register.representative().map(this::organisation).orElse(""),
                    register.dataProtectionOfficer().map(d -> contact(d.name(), Optional.empty(), d.contact()))
                            .or(() -> register.noDataProtectionOfficerReason()
                                    .map(reason -> parts.message("dpo.none", reason)))
                            .orElse(""),
                    parts.text(purpose.name()),
                    purpose.legalBasis().map(parts::basisWithArticle).orElse(""),
                    subjects(purpose),
                    join(scope.categories().stream().map(c -> parts.text(c.name()))),
                    join(scope.disclosures().stream().map(parts::recipientWithRole)),
                    transfers(scope),
                    join(scope.retention().stream().map(parts::retentionText)),
                    join(Stream.of(register.security().general(), register.security().electronic(),
                            register.security().manual()).flatMap(Optional::stream).map(parts::text)));
        }

        /** The controller, then each joint controller (Art. 30(1)(a)), in one cell. */
        private String controllers() {
            List<String> values = new ArrayList<>();
            values.add(organisation(register.controller()));
            register.jointControl().ifPresent(joint -> joint.controllers().forEach(c -> values.add(organisation(c))));
            return String.join(SEPARATOR, values);
        }

        private String organisation(Organisation organisation) {
            return contact(parts.text(organisation.name()),
                    organisation.businessId().map(Object::toString).or(organisation::invalidBusinessId),
                    organisation.contact());
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

        /** The register's "no transfers" on every row; otherwise the transfers of the purpose's data. */
        private String transfers(PurposeScope scope) {
            if (register.transfers().orElse(null) instanceof Transfers.None none) {
                return none.statement().map(parts::text).orElse(parts.message("transfers.none"));
            }
            if (register.transfers().orElse(null) instanceof Transfers.MayOccur may) {
                String statement = may.statement().map(parts::text).orElse(parts.message("transfers.may-occur"));
                return may.safeguards().isEmpty() ? statement : statement + " " + parts.message("transfers.safeguards",
                        String.join(", ", may.safeguards().stream().map(parts::safeguardText).toList()));
            }
            return join(scope.transfers().stream().map(parts::transferText));
        }

        private static String join(Stream<String> values) {
            return values.collect(Collectors.joining(SEPARATOR));
        }
    }
}
