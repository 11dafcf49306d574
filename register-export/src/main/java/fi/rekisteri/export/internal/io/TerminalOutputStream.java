package fi.rekisteri.export.internal.io;

import fi.rekisteri.export.internal.io.TerminalText.Layout;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;
import java.util.Objects;

/**
 * UTF-8 bytes on their way to a terminal, with every character that {@link TerminalText} escapes in a document shown
 * escaped: line feeds and tabs pass, a carriage return only as part of a CRLF line end. Bytes that are not UTF-8 are
 * shown as {@code \xNN}. It streams, holding back at most one incomplete character or carriage return, and writes
 * on in blocks.
 */
public final class TerminalOutputStream extends FilterOutputStream {

    private final byte[] pending = new byte[4];
    private int pendingLength;
    private int expectedLength;
    private boolean pendingCarriageReturn;
    private final byte[] buffer = new byte[8192];
    private int count;

    /** Filters what is written to {@code out}. */
    public TerminalOutputStream(OutputStream out) {
        super(out);
    }

    @Override
    public void write(int b) throws IOException {
        int unsigned = b & 0xFF;
        if (pendingCarriageReturn) {
            pendingCarriageReturn = false;
            if (unsigned == '\n') {
                emit('\r');
                emit('\n');
                return;
            }
            emit(TerminalText.escape('\r'));
        }
        if (pendingLength > 0) {
            if ((unsigned & 0xC0) == 0x80) {
                pending[pendingLength++] = (byte) unsigned;
                if (pendingLength == expectedLength) {
                    character();
                }
                return;
            }
            malformed();
        }
        if (unsigned < 0x80) {
            if (unsigned == '\r') {
                pendingCarriageReturn = true;
            } else if (TerminalText.isEscaped(unsigned, Layout.DOCUMENT)) {
                emit(TerminalText.escape(unsigned));
            } else {
                emit(unsigned);
            }
            return;
        }
        int length = unsigned >= 0xF0 ? 4 : unsigned >= 0xE0 ? 3 : unsigned >= 0xC2 ? 2 : 0;
        if (length == 0 || unsigned > 0xF4) {
            emit(hex(unsigned));
            return;
        }
        pending[0] = (byte) unsigned;
        pendingLength = 1;
        expectedLength = length;
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
        Objects.checkFromIndexSize(offset, length, bytes.length);
        int i = offset;
        int end = offset + length;
        while (i < end) {
            if (pendingLength == 0 && !pendingCarriageReturn) {
                // The common case, printable ASCII and line feeds, is copied a run at a time.
                int run = i;
                while (run < end && isPlainAscii(bytes[run])) {
                    run++;
                }
                if (run > i) {
                    emit(bytes, i, run - i);
                    i = run;
                    continue;
                }
            }
            write(bytes[i++]);
        }
    }

    private static boolean isPlainAscii(byte b) {
        return (b >= 0x20 && b < 0x7F) || b == '\n' || b == '\t';
    }

    /**
     * A complete multi-byte sequence: one character, or bytes that only look like one (an overlong form, an encoded
     * surrogate, beyond U+10FFFF), which are shown as bytes.
     */
    private void character() throws IOException {
        int first = pending[0] & 0xFF;
        int second = pending[1] & 0xFF;
        boolean valid = switch (first) {
            case 0xE0 -> second >= 0xA0;
            case 0xED -> second <= 0x9F;
            case 0xF0 -> second >= 0x90;
            case 0xF4 -> second <= 0x8F;
            default -> true;
        };
        if (!valid) {
            malformed();
            return;
        }
        int codePoint = first & (0xFF >> (pendingLength + 1));
        for (int i = 1; i < pendingLength; i++) {
            codePoint = (codePoint << 6) | (pending[i] & 0x3F);
        }
        if (TerminalText.isEscaped(codePoint, Layout.DOCUMENT)) {
            emit(TerminalText.escape(codePoint));
        } else {
            emit(pending, 0, pendingLength);
        }
        pendingLength = 0;
    }

    /** An incomplete or invalid sequence: each of its bytes shown as a hex escape. */
    private void malformed() throws IOException {
        for (int i = 0; i < pendingLength; i++) {
            emit(hex(pending[i] & 0xFF));
        }
        pendingLength = 0;
    }

    private static String hex(int b) {
        return String.format(Locale.ROOT, "\\x%02X", b);
    }

    private void emit(String ascii) throws IOException {
        for (int i = 0; i < ascii.length(); i++) {
            emit(ascii.charAt(i));
        }
    }

    private void emit(byte[] bytes, int offset, int length) throws IOException {
        if (length > buffer.length - count) {
            drain();
            if (length > buffer.length) {
                out.write(bytes, offset, length);
                return;
            }
        }
        System.arraycopy(bytes, offset, buffer, count, length);
        count += length;
    }

    private void emit(int b) throws IOException {
        if (count == buffer.length) {
            drain();
        }
        buffer[count++] = (byte) b;
    }

    private void drain() throws IOException {
        out.write(buffer, 0, count);
        count = 0;
    }

    /** Writes what has passed the filter; an incomplete character or a carriage return waits for what follows. */
    @Override
    public void flush() throws IOException {
        drain();
        out.flush();
    }

    /**
     * Writes what is held back, a carriage return or an incomplete character that nothing more will follow, escaped,
     * and flushes; the stream stays open.
     */
    public void finish() throws IOException {
        if (pendingCarriageReturn) {
            pendingCarriageReturn = false;
            emit(TerminalText.escape('\r'));
        }
        malformed();
        flush();
    }

    /** {@link #finish}es, then closes the stream underneath. */
    @Override
    public void close() throws IOException {
        try {
            finish();
        } finally {
            out.close();
        }
    }
}
