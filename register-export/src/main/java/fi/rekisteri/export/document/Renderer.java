package fi.rekisteri.export.document;

import java.io.IOException;
import java.io.OutputStream;

/** Writes an {@link Outline} in one format. Implementations are thread-safe. */
@FunctionalInterface
public interface Renderer {

    /** Writes the document to {@code out}, which the caller closes. */
    void render(Outline outline, OutputStream out) throws IOException;
}
