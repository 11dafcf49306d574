package fi.rekisteri.export.document;

import fi.rekisteri.core.Language;
import fi.rekisteri.core.Register;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The Art. 30 record ({@link Art30Table}: one row per purpose, every cell neutralised against formula injection) as
 * CSV. Quoting is Commons CSV's (RFC 4180).
 */
final class Art30Csv {

    /** The UTF-8 byte order mark, by which Excel tells UTF-8 from the system's code page. */
    static final char BYTE_ORDER_MARK = '\uFEFF';

    private Art30Csv() {}

    /** Writes the record with a header row in the given language. */
    public static void write(Register register, Language language, Appendable out) throws IOException {
        write(List.of(register), language, out);
    }

    /** Writes the record across the registers, each register's rows in turn, with one header row. */
    static void write(List<Register> registers, Language language, Appendable out) throws IOException {
        Art30Table table = Art30Table.of(registers, language);
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader(table.header().toArray(String[]::new)).get();
        // Not closed: closing the printer would close the caller's writer or stream.
        CSVPrinter printer = new CSVPrinter(out, format);
        for (List<String> row : table.rows()) {
            printer.printRecord(row);
        }
        printer.flush();
    }

    /** Writes the record as UTF-8 into the stream, which stays open; with a byte order mark first if asked. */
    public static void write(List<Register> registers, Language language, OutputStream out, boolean byteOrderMark)
            throws IOException {
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        if (byteOrderMark) {
            writer.write(BYTE_ORDER_MARK);
        }
        write(registers, language, writer);
        writer.flush();
    }
}
