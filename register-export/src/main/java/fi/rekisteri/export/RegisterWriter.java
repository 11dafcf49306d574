package fi.rekisteri.export;

import fi.rekisteri.core.Register;
import fi.rekisteri.core.taxonomy.Taxonomy;
import fi.rekisteri.export.internal.format.RegisterEncoder;
import fi.rekisteri.export.internal.io.AtomicFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLFactory;
import tools.jackson.dataformat.yaml.YAMLMapper;
import tools.jackson.dataformat.yaml.YAMLWriteFeature;

/**
 * Writes a register in the YAML or JSON register format. What it writes, {@link RegisterReader} reads back as an
 * equal register. Thread-safe.
 */
public final class RegisterWriter {

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();
    private static final ObjectMapper YAML = YAMLMapper.builder(YAMLFactory.builder()
                    .disable(YAMLWriteFeature.WRITE_DOC_START_MARKER)
                    .enable(YAMLWriteFeature.MINIMIZE_QUOTES)
                    .enable(YAMLWriteFeature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
                    .enable(YAMLWriteFeature.LITERAL_BLOCK_STYLE)
                    .disable(YAMLWriteFeature.SPLIT_LINES)
                    .enable(YAMLWriteFeature.INDENT_ARRAYS_WITH_INDICATOR)
                    .build())
            .build();

    private RegisterWriter() {}

    /** The register as a document in the given format. */
    public static String write(Register register, RegisterFormat format) {
        return text(RegisterEncoder.encode(register), format);
    }

    /**
     * The register as a document whose parts refer to the taxonomy's entries ({@code taxonomy: contact.email}) where
     * their keys are the taxonomy's, writing only the labels and sensitivities that differ from the entry's.
     * {@link RegisterReader#withTaxonomy(Taxonomy)} of the same taxonomy reads back an equal register.
     */
    public static String write(Register register, RegisterFormat format, Taxonomy taxonomy) {
        return text(RegisterEncoder.encode(register, taxonomy), format);
    }

    private static String text(ObjectNode tree, RegisterFormat format) {
        ObjectMapper mapper = format == RegisterFormat.JSON ? JSON : YAML;
        String text = mapper.writeValueAsString(tree);
        return text.endsWith("\n") ? text : text + "\n";
    }

    /**
     * Writes the register to a file, its format told by its extension. The file is written whole or not at all: the
     * text goes to a temporary file beside it, which then replaces the target.
     *
     * @throws IOException when the file cannot be written; the target is then left as it was
     */
    public static void write(Register register, Path file) throws IOException {
        String text = write(register, RegisterFormat.of(file));
        AtomicFiles.write(file, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
    }
}
