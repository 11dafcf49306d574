package fi.rekisteri.export.document;

import fi.rekisteri.core.Register;
import fi.rekisteri.export.internal.document.DpvJsonLd;
import java.io.IOException;
import java.io.OutputStream;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** The register as indented JSON-LD (W3C DPV), ending with a line feed, as a string or into a stream. */
final class JsonLdWriter {

    /** The stream belongs to the caller, who closes it. */
    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .build();

    private JsonLdWriter() {}

    static String toJsonLd(Register register) {
        return JSON.writeValueAsString(DpvJsonLd.of(register)) + "\n";
    }

    static void write(Register register, OutputStream out) throws IOException {
        JSON.writeValue(out, DpvJsonLd.of(register));
        out.write('\n');
        out.flush();
    }
}
