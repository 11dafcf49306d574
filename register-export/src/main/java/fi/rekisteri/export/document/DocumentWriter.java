package fi.rekisteri.export.document;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Objects;

/**
 * Writes a document in one format: the one interface every output goes through, from the text statement to the
 * Art. 30 CSV and the JSON-LD. {@link DocumentFormat#writer()} gives the built-in writer of each format.
 * Implementations are thread-safe.
 */
@FunctionalInterface
public interface DocumentWriter {

    /**
     * Writes the document to {@code out}, which the caller closes; the writer flushes what it buffers.
     *
     * @throws IllegalArgumentException when the format cannot write the source's document type
     * @throws IOException when {@code out} fails
     */
    void write(DocumentSource source, OutputStream out) throws IOException;

    /** A writer that lays out the source's {@linkplain DocumentSource#outline() checked outline} with a renderer. */
    static DocumentWriter of(Renderer renderer) {
        Objects.requireNonNull(renderer, "renderer");
        return (source, out) -> renderer.render(source.outline(), out);
    }
}
