package fi.rekisteri.export.internal.io;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * The caller's stream, which closing leaves open: closing only flushes it. For a writer that closes what it is given
 * (the XLSX library's workbook) and for the atomic file writer, whose fsync and move still follow the content.
 */
public final class KeptOpenOutputStream extends FilterOutputStream {

    /** Wraps {@code out}, which {@link #close()} leaves open. */
    public KeptOpenOutputStream(OutputStream out) {
        super(out);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
        out.write(bytes, offset, length);
    }

    /** Flushes; the stream underneath stays open. */
    @Override
    public void close() throws IOException {
        flush();
    }
}
