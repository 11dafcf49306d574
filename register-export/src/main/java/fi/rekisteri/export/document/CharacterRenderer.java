package fi.rekisteri.export.document;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * A renderer that lays out its document as characters into any {@link Appendable}: streamed to UTF-8 bytes for a
 * file, or straight into a string, with no encoding and decoding in between.
 */
abstract class CharacterRenderer implements Renderer {

    /** Writes the document's characters to {@code out}. */
    abstract void write(Outline outline, Appendable out) throws IOException;

    @Override
    public final void render(Outline outline, OutputStream out) throws IOException {
        // Streamed: a statement of 10,000 categories is written as it is laid out, not built whole first.
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        write(outline, writer);
        writer.flush();
    }

    /** The document as a string. */
    final String renderToString(Outline outline) {
        StringBuilder text = new StringBuilder();
        try {
            write(outline, text);
        } catch (IOException e) {
            throw new UncheckedIOException("a StringBuilder does not fail", e);
        }
        return text.toString();
    }
}
