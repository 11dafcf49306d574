package fi.rekisteri.export.document;

import java.io.IOException;
import java.io.OutputStream;

/**
 * Lays out an {@link Outline} in one of the statement formats: text, Markdown, HTML or PDF. Every output, the
 * machine-readable ones included, goes through a {@link DocumentWriter}; {@link DocumentWriter#of} makes one of a
 * renderer. Implementations are thread-safe.
 */
@FunctionalInterface
public interface Renderer {

    /** Writes the document to {@code out}, which the caller closes. */
    void render(Outline outline, OutputStream out) throws IOException;
}
