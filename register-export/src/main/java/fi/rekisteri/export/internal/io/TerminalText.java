package fi.rekisteri.export.internal.io;

import java.util.Locale;

/**
 * The one escaping function for what the command line prints to a terminal. Register data can hold characters a
 * terminal obeys rather than shows: ANSI escape sequences (ESC), BEL, backspace, carriage return, the other C0 and C1
 * controls, DEL, and the Unicode bidirectional controls that reorder what is displayed. Each is shown as
 * {@code \u001B} instead, so that a purpose name can neither clear the screen nor print a line that looks like the
 * tool's own.
 */
public final class TerminalText {

    private TerminalText() {}

    /** What a line of text may keep of the layout characters. */
    public enum Layout {
        /** One line, such as a message: line feeds and tabs are escaped as well. */
        LINE,
        /** A document: line feeds and tabs are its layout and pass through. */
        DOCUMENT
    }

    /** Whether a code point is shown escaped rather than passed to the terminal. */
    public static boolean isEscaped(int codePoint, Layout layout) {
        if (codePoint == '\n' || codePoint == '\t') {
            return layout == Layout.LINE;
        }
        return codePoint < 0x20 || (codePoint >= 0x7F && codePoint <= 0x9F) || isBidiControl(codePoint);
    }

    /** The Unicode Bidi_Control characters: ALM, LRM, RLM, the embeddings and overrides, and the isolates. */
    private static boolean isBidiControl(int codePoint) {
        return codePoint == 0x061C || codePoint == 0x200E || codePoint == 0x200F
                || (codePoint >= 0x202A && codePoint <= 0x202E) || (codePoint >= 0x2066 && codePoint <= 0x2069);
    }

    /** How an escaped code point is shown: {@code \u001B}. */
    public static String escape(int codePoint) {
        return String.format(Locale.ROOT, "\\u%04X", codePoint);
    }

    /** The text with every character {@link #isEscaped} names shown escaped; the text itself when there is none. */
    public static String escape(String text, Layout layout) {
        int first = 0;
        while (first < text.length() && !isEscaped(text.charAt(first), layout)) {
            first++;
        }
        if (first == text.length()) {
            return text;
        }
        StringBuilder escaped = new StringBuilder(text.length() + 16).append(text, 0, first);
        for (int i = first; i < text.length(); i++) {
            char c = text.charAt(i);
            // Every character escaped is in the Basic Multilingual Plane, so a surrogate is never one of them.
            if (isEscaped(c, layout)) {
                escaped.append(escape(c));
            } else {
                escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
