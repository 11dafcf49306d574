package fi.rekisteri.export.internal.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fi.rekisteri.export.internal.io.TerminalText.Layout;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TerminalTextTest {

    @Test
    void escapesWhatATerminalWouldObey() {
        assertEquals("\\u001B[2J\\u0007\\u0008\\u000D\\u007F\\u009B31m\\u202Etxt.exe\\u2066\\u061C",
                TerminalText.escape("\u001B[2J\u0007\u0008\r\u007F\u009B31m\u202Etxt.exe\u2066\u061C", Layout.LINE));
    }

    @Test
    void aLineKeepsNoLineFeedOrTabButADocumentDoes() {
        assertEquals("a\\u000Aart13: no findings\\u0009", TerminalText.escape("a\nart13: no findings\t", Layout.LINE));
        assertEquals("a\nb\tc", TerminalText.escape("a\nb\tc", Layout.DOCUMENT));
    }

    @Test
    void leavesLettersAndSymbolsAsTheyAre() {
        String text = "Rekisterinpitäjä – Åland ŋ € \uD83D\uDE00 ”lainaus” \u200B";
        assertEquals(text, TerminalText.escape(text, Layout.LINE));
    }

    private static String filtered(byte[]... writes) throws IOException {
        ByteArrayOutputStream sink = new ByteArrayOutputStream();
        TerminalOutputStream terminal = new TerminalOutputStream(sink);
        for (byte[] write : writes) {
            terminal.write(write);
        }
        terminal.finish();
        return sink.toString(StandardCharsets.UTF_8);
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void theStreamEscapesTheSameCharactersAndKeepsTheLayout() throws IOException {
        assertEquals("1. Nimi\n\\u001B]0;pwned\\u0007 ä\tb\r\n\\u009B\\u202E",
                filtered(utf8("1. Nimi\n\u001B]0;pwned\u0007 ä\tb\r\n\u009B\u202E")));
    }

    @Test
    void theStreamEscapesACarriageReturnThatEndsNoLine() throws IOException {
        assertEquals("ok\\u000Dart13: no findings\n", filtered(utf8("ok\rart13: no findings\n")));
        assertEquals("end\\u000D", filtered(utf8("end\r")));
    }

    @Test
    void theStreamJoinsCharactersSplitBetweenWrites() throws IOException {
        byte[] bidi = utf8("\u202E");
        byte[] letter = utf8("ä");
        assertEquals("\\u202Eä", filtered(new byte[] {bidi[0]}, new byte[] {bidi[1], bidi[2], letter[0]},
                new byte[] {letter[1]}));
    }

    @Test
    void theStreamShowsBytesThatAreNotUtf8() throws IOException {
        assertEquals("\\x9B[2J\\xC3", filtered(new byte[] {(byte) 0x9B, '[', '2', 'J', (byte) 0xC3}));
        assertEquals("\\xED\\xA0\\x80", filtered(new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}),
                "a surrogate encoded is not a character");
        assertEquals("\\xE0\\x80\\x9B", filtered(new byte[] {(byte) 0xE0, (byte) 0x80, (byte) 0x9B}),
                "an overlong form of a C1 control is not let through");
        assertEquals("\\xF5\\x80", filtered(new byte[] {(byte) 0xF5, (byte) 0x80}));
        assertEquals("a\uD83D\uDE00€ŋ", filtered(utf8("a\uD83D\uDE00€ŋ")), "other characters pass as they are");
    }

    @Test
    void printlnMakesOneLineOfAMessage() {
        ByteArrayOutputStream sink = new ByteArrayOutputStream();
        TerminalPrintStream terminal = TerminalPrintStream.of(sink);
        terminal.println("ERROR x at purposes[0]: ”Bad\nart13: no findings”");
        terminal.println((Object) "\u001B[2J");
        terminal.finish();
        assertEquals("ERROR x at purposes[0]: ”Bad\\u000Aart13: no findings”\n\\u001B[2J\n",
                sink.toString(StandardCharsets.UTF_8));
    }
}
