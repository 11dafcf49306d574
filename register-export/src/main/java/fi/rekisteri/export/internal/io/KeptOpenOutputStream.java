package fi.rekisteri.export.internal.io;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * A stream over another whose {@code close()} only flushes: for writers (a zip, a PDF renderer) that close what they
 * are given, when the caller still has work on the stream afterwards (an fsync and a move, or the caller's own close).
 */
public final class KeptOpenOutputStream extends FilterOutputStream {
    /**
     * Wraps {@code out}.
     *
     * @param out the stream that closing this one leaves open
     */
    public KeptOpenOutputStream(OutputStream out) {
        super(out);
    }

    // FilterOutputStream writes an array one byte at a time; pass it on whole.
    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
        out.write(bytes, offset, length);
    }

    @Override
    public void close() throws IOException {
        flush();
    }
}
