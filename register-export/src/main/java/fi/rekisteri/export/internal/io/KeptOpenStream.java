package fi.rekisteri.export.internal.io;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * A stream over another that closing only flushes, for a writer that closes what it is given (a zip writer, a
 * document's content) when the stream beneath must stay open: the caller's, or a temporary file still to be synced
 * and moved.
 */
public final class KeptOpenStream extends FilterOutputStream {

    /** The stream over {@code out}, which it writes straight through and never closes. */
    public KeptOpenStream(OutputStream out) {
        super(out);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
        out.write(bytes, offset, length);
    }

    @Override
    public void close() throws IOException {
        flush();
    }
}
