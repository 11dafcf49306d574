package fi.rekisteri.export.internal.io;

import fi.rekisteri.export.internal.io.TerminalText.Layout;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * UTF-8 bytes on their way to a terminal, with every character that {@link TerminalText} escapes in a document shown
 * escaped: line feeds and tabs pass, a carriage return only as part of a CRLF line end. Bytes that are not UTF-8 are
 * shown as {@code \xNN}. It streams, holding back at most one incomplete character or carriage return, and writes
 * on in blocks.
 */
public final class TerminalOutputStream extends FilterOutputStream {

    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder();
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
        for (int i = offset; i < offset + length; i++) {
            write(bytes[i]);
        }
    }

    /** A complete multi-byte sequence: one character, or bytes that only look like one (overlong, a surrogate). */
    private void character() throws IOException {
        CharBuffer decoded;
        try {
            decoded = decoder.reset().decode(ByteBuffer.wrap(pending, 0, pendingLength));
        } catch (CharacterCodingException e) {
            malformed();
            return;
        }
        int codePoint = Character.codePointAt(decoded, 0);
        if (TerminalText.isEscaped(codePoint, Layout.DOCUMENT)) {
            emit(TerminalText.escape(codePoint));
        } else {
            for (int i = 0; i < pendingLength; i++) {
                emit(pending[i]);
            }
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
