package fi.rekisteri.export.document;

import fi.rekisteri.core.Language;
import fi.rekisteri.core.Register;
import fi.rekisteri.export.internal.io.KeptOpenOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.dhatim.fastexcel.BorderSide;
import org.dhatim.fastexcel.BorderStyle;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * The Art. 30 record ({@link Art30Table}: one row per purpose, every cell neutralised against formula injection) as
 * an Excel workbook (Office Open XML, {@code .xlsx}) of one sheet, written with fastexcel. The header row is bold on a
 * tinted fill, frozen, filterable and repeated on every printed page; every cell wraps its text and is aligned to the
 * top; a column is as wide as its longest value, within bounds, so that long cells wrap rather than run on. Every
 * value is a string cell, never a formula. Characters that XML cannot hold (the C0 controls other than tab, line
 * feed and carriage return) are left out.
 */
final class Art30Xlsx {

    /** Column widths in characters: wide enough for a header word, narrow enough that a long cell wraps. */
    private static final int MIN_WIDTH = 12;
    private static final int MAX_WIDTH = 60;
    /** Room beside the text for the cell's padding and the filter button. */
    private static final int PADDING = 3;
    private static final String HEADER_FILL = "DCE6F1";

    private Art30Xlsx() {}

    /** Writes the record across the registers (one's, or one controller's) into the stream, which stays open. */
    static void write(List<Register> registers, Language language, OutputStream out) throws IOException {
        Art30Table table = Art30Table.of(registers, language);
        int columns = table.header().size();
        int last = table.rows().size();
        // finish() ends the zip but leaves the stream it was given open; so does KeptOpenOutputStream, should that change.
        Workbook workbook = new Workbook(new KeptOpenOutputStream(out), "Rekisteri", null);
        workbook.properties().setTitle(table.title());
        Worksheet sheet = workbook.newWorksheet(table.title());
        for (int c = 0; c < columns; c++) {
            sheet.value(0, c, table.header().get(c));
            sheet.width(c, width(table, c));
        }
        for (int r = 0; r < last; r++) {
            List<String> row = table.rows().get(r);
            for (int c = 0; c < columns; c++) {
                if (!row.get(c).isEmpty()) {
                    sheet.value(r + 1, c, row.get(c));
                }
            }
        }
        sheet.range(0, 0, 0, columns - 1).style().bold().fillColor(HEADER_FILL)
                .borderStyle(BorderSide.BOTTOM, BorderStyle.THIN).wrapText(true).verticalAlignment("top").set();
        if (last > 0) {
            sheet.range(1, 0, last, columns - 1).style().wrapText(true).verticalAlignment("top").set();
        }
        sheet.freezePane(0, 1);
        sheet.setAutoFilter(0, 0, columns - 1);
        sheet.repeatRows(0);
        sheet.pageOrientation("landscape");
        workbook.finish();
        out.flush();
    }

    /**
     * The longest value of the column in characters, the header's longest word (the header wraps too) and each
     * line of a cell counted apart, kept within {@link #MIN_WIDTH} and {@link #MAX_WIDTH}.
     */
    static double width(Art30Table table, int column) {
        int longest = longest(table.header().get(column).split(" "));
        for (List<String> row : table.rows()) {
            longest = Math.max(longest, longest(row.get(column).split("\n")));
        }
        return Math.max(MIN_WIDTH, Math.min(MAX_WIDTH, longest + PADDING));
    }

    private static int longest(String[] parts) {
        int longest = 0;
        for (String part : parts) {
            longest = Math.max(longest, part.codePointCount(0, part.length()));
        }
        return longest;
    }
}
