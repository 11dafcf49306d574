package fi.rekisteri.core.taxonomy;

import fi.rekisteri.core.IdentityCodeGround;
import fi.rekisteri.core.Language;
import fi.rekisteri.core.LocalizedText;
import fi.rekisteri.core.Sensitivity;
import fi.rekisteri.core.taxonomy.TaxonomyEntry.Kind;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads a taxonomy file: UTF-8 text, one entry a line, cells separated by tabs, under a fixed header line. Lines that
 * start with {@code #} and blank lines are skipped. A format of our own rather than YAML or JSON because core depends
 * on no parser, and because a line per entry lets a fault be reported at its line and column, diffs stay one line per
 * changed entry, and a privacy team can edit the file in a spreadsheet.
 */
final class TaxonomyFileReader {

    /** The header line, naming the columns in order. */
    static final List<String> COLUMNS = List.of("key", "kind", "sensitivities", "ground", "dpv", "fideslang",
            "label.fi", "label.sv", "label.en", "description.fi", "description.sv", "description.en");

    private static final int KEY = 0;
    private static final int KIND = 1;
    private static final int SENSITIVITIES = 2;
    private static final int GROUND = 3;
    private static final int DPV = 4;
    private static final int FIDESLANG = 5;
    private static final int LABEL = 6;
    private static final int DESCRIPTION = 9;
    private static final List<Language> LANGUAGES = List.of(Language.FI, Language.SV, Language.EN);

    private TaxonomyFileReader() {}

    /**
     * Reads every entry of a file. A dotted key's parent must be an entry of {@code existing} or of an earlier line.
     *
     * @param reader the text
     * @param source the name of the file, for messages
     * @param existing the entries the file extends, by key
     * @throws IOException if reading fails
     * @throws TaxonomyFormatException at the first fault
     */
    static List<TaxonomyEntry> read(Reader reader, String source,
            Function<String, Optional<TaxonomyEntry>> existing) throws IOException {
        BufferedReader lines = reader instanceof BufferedReader buffered ? buffered : new BufferedReader(reader);
        List<TaxonomyEntry> entries = new ArrayList<>();
        Map<String, TaxonomyEntry> read = new HashMap<>();
        boolean headerSeen = false;
        int number = 0;
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            number++;
            if (number == 1 && line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            List<Cell> cells = split(line);
            int lineNumber = number;
            if (!headerSeen) {
                checkHeader(source, number, cells);
                headerSeen = true;
                continue;
            }
            TaxonomyEntry entry = entry(source, number, cells);
            Optional<String> parentKey = entry.parentKey();
            if (existing.apply(entry.key()).isPresent() || read.containsKey(entry.key())) {
                throw fault(source, number, cells.get(KEY), "taxonomy key '" + entry.key() + "' is already defined");
            }
            if (parentKey.isPresent()) {
                TaxonomyEntry parent = read.get(parentKey.get());
                if (parent == null) {
                    parent = existing.apply(parentKey.get()).orElseThrow(() -> fault(source, lineNumber,
                            cells.get(KEY), "taxonomy key '" + entry.key() + "' has no parent: '" + parentKey.get()
                                    + "' is neither in the taxonomy extended nor on an earlier line"));
                }
                if (parent.kind() != entry.kind()) {
                    throw fault(source, number, cells.get(KIND), "taxonomy key '" + entry.key() + "' is a "
                            + entry.kind().code() + " but its parent '" + parent.key() + "' is a "
                            + parent.kind().code());
                }
            }
            read.put(entry.key(), entry);
            entries.add(entry);
        }
        if (!headerSeen) {
            throw new TaxonomyFormatException(source, Math.max(number, 1), 1,
                    "no header line; expected the columns " + String.join(", ", COLUMNS));
        }
        return entries;
    }

    private record Cell(String text, int column) {}

    private static List<Cell> split(String line) {
        List<Cell> cells = new ArrayList<>(COLUMNS.size());
        int start = 0;
        for (int tab = line.indexOf('\t'); tab >= 0; tab = line.indexOf('\t', start)) {
            cells.add(new Cell(line.substring(start, tab), start + 1));
            start = tab + 1;
        }
        cells.add(new Cell(line.substring(start), start + 1));
        return cells;
    }

    private static void checkHeader(String source, int number, List<Cell> cells) {
        for (int i = 0; i < Math.max(cells.size(), COLUMNS.size()); i++) {
            if (i >= cells.size() || i >= COLUMNS.size() || !cells.get(i).text().strip().equals(COLUMNS.get(i))) {
                int column = i < cells.size() ? cells.get(i).column() : lastColumn(cells);
                throw new TaxonomyFormatException(source, number, column, "the header's column " + (i + 1)
                        + (i < COLUMNS.size() ? " should be '" + COLUMNS.get(i) + "'" : " is one too many")
                        + "; expected the columns " + String.join(", ", COLUMNS) + ", separated by tabs");
            }
        }
    }

    private static int lastColumn(List<Cell> cells) {
        Cell last = cells.get(cells.size() - 1);
        return last.column() + last.text().length();
    }

    private static TaxonomyEntry entry(String source, int number, List<Cell> cells) {
        if (cells.size() != COLUMNS.size()) {
            int column = cells.size() > COLUMNS.size() ? cells.get(COLUMNS.size()).column() : lastColumn(cells);
            throw new TaxonomyFormatException(source, number, column, "the line has " + cells.size()
                    + " tab-separated cells; expected " + COLUMNS.size() + " (" + String.join(", ", COLUMNS) + ")");
        }
        String key = cells.get(KEY).text().strip();
        Kind kind;
        try {
            kind = Kind.ofCode(cells.get(KIND).text().strip());
        } catch (IllegalArgumentException e) {
            throw fault(source, number, cells.get(KIND), messageOf(e));
        }
        Set<Sensitivity> sensitivities = EnumSet.noneOf(Sensitivity.class);
        for (String code : words(cells.get(SENSITIVITIES).text(), ',')) {
            try {
                sensitivities.add(Sensitivity.ofCode(code));
            } catch (IllegalArgumentException e) {
                throw fault(source, number, cells.get(SENSITIVITIES), messageOf(e));
            }
        }
        Optional<IdentityCodeGround> ground = Optional.empty();
        String groundCode = cells.get(GROUND).text().strip();
        if (!groundCode.isEmpty()) {
            try {
                ground = Optional.of(IdentityCodeGround.ofCode(groundCode));
            } catch (IllegalArgumentException e) {
                throw fault(source, number, cells.get(GROUND), messageOf(e));
            }
        }
        String dpv = cells.get(DPV).text().strip();
        LocalizedText label = text(source, number, cells, LABEL, key, "label");
        LocalizedText description = text(source, number, cells, DESCRIPTION, key, "description");
        try {
            return new TaxonomyEntry(key, kind, label, description, sensitivities, ground,
                    dpv.isEmpty() ? Optional.empty() : Optional.of(dpv),
                    words(cells.get(FIDESLANG).text(), ' '));
        } catch (IllegalArgumentException e) {
            String message = messageOf(e);
            Cell at = message.startsWith("DPV term") ? cells.get(DPV)
                    : message.startsWith("fideslang") ? cells.get(FIDESLANG)
                    : message.startsWith("taxonomy key") ? cells.get(KEY)
                    : cells.get(KIND);
            throw fault(source, number, at, message);
        }
    }

    private static LocalizedText text(String source, int number, List<Cell> cells, int first, String key,
            String what) {
        Map<Language, String> values = new EnumMap<>(Language.class);
        for (int i = 0; i < LANGUAGES.size(); i++) {
            Cell cell = cells.get(first + i);
            String text = cell.text().strip();
            Language language = LANGUAGES.get(i);
            if (text.isEmpty() || LocalizedText.looksBlank(text)) {
                throw fault(source, number, cell, "taxonomy entry '" + key + "' has no " + language + " " + what);
            }
            if (LocalizedText.unprintable(text).isPresent()) {
                throw fault(source, number, cell, "the " + language + " " + what + " of taxonomy entry '" + key
                        + "' holds a control character");
            }
            values.put(language, text);
        }
        return new LocalizedText(values);
    }

    private static List<String> words(String cell, char separator) {
        List<String> words = new ArrayList<>();
        for (String word : cell.split(separator == ' ' ? " +" : " *" + separator + " *", -1)) {
            if (!word.isBlank()) {
                words.add(word.strip());
            }
        }
        return words;
    }

    private static String messageOf(IllegalArgumentException e) {
        String message = e.getMessage();
        return message == null ? e.getClass().getSimpleName() : message;
    }

    private static TaxonomyFormatException fault(String source, int number, Cell cell, String reason) {
        return new TaxonomyFormatException(source, number, cell.column(), reason);
    }
}
