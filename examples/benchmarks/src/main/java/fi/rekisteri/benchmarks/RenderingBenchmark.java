package fi.rekisteri.benchmarks;

import fi.rekisteri.core.ContactDetails;
import fi.rekisteri.core.DataCategory;
import fi.rekisteri.core.DataSubjectCategory;
import fi.rekisteri.core.Language;
import fi.rekisteri.core.LegalBasis;
import fi.rekisteri.core.LocalizedText;
import fi.rekisteri.core.Organisation;
import fi.rekisteri.core.Purpose;
import fi.rekisteri.core.Register;
import fi.rekisteri.core.compliance.DocumentType;
import fi.rekisteri.export.RegisterFormat;
import fi.rekisteri.export.RegisterReader;
import fi.rekisteri.export.RegisterWriter;
import fi.rekisteri.export.document.DocumentFormat;
import fi.rekisteri.export.document.Documents;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Rendering a register to an HTML rekisteriseloste (outline and Mustache page, as {@code rekisteri render --format
 * html} does before the compliance check) against Jackson writing the same register as JSON; and the HTML rendering
 * of generated registers of 100 and 10,000 data categories.
 *
 * <p>Two Jackson figures: {@link #seedJson} is {@code RegisterWriter.write(register, JSON)}, the register built into
 * Jackson's tree model and written with indentation, which is the whole JSON export as HTML is the whole document
 * export; {@link #seedJacksonOnly} writes an already built tree of the same register with the same mapper settings,
 * which is Jackson's serialiser alone.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
public class RenderingBenchmark {

    /** The seed register, read once from the copy of {@code examples/mainostakomo/register.yaml} in the jar. */
    @State(Scope.Benchmark)
    public static class Seed {
        Register register;
        JsonNode tree;
        ObjectMapper mapper;

        /** Reads the seed and builds its JSON tree. */
        @Setup(Level.Trial)
        public void setUp() throws IOException {
            try (InputStream in = RenderingBenchmark.class.getResourceAsStream("/mainostakomo/register.yaml")) {
                if (in == null) {
                    throw new IllegalStateException("the seed register is not in the jar");
                }
                register = RegisterReader.create().read(new String(in.readAllBytes(), StandardCharsets.UTF_8),
                        "register.yaml", RegisterFormat.YAML);
            }
            mapper = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
            tree = mapper.readTree(RegisterWriter.write(register, RegisterFormat.JSON));
        }
    }

    /** A generated register of one size. */
    @State(Scope.Benchmark)
    public static class Sized {
        @Param({"100", "10000"})
        int categories;

        Register register;

        /** Builds the register of this size. */
        @Setup(Level.Trial)
        public void setUp() {
            register = generated(categories);
        }
    }

    /** The seed as an HTML rekisteriseloste, in Finnish. */
    @Benchmark
    public String seedHtml(Seed seed) {
        return html(seed.register);
    }

    /** The seed as JSON through {@code RegisterWriter}: Jackson's tree model and its indenting writer. */
    @Benchmark
    public String seedJson(Seed seed) {
        return RegisterWriter.write(seed.register, RegisterFormat.JSON);
    }

    /** The seed's JSON tree, built beforehand, written by Jackson alone. */
    @Benchmark
    public String seedJacksonOnly(Seed seed) {
        return seed.mapper.writeValueAsString(seed.tree);
    }

    /**
     * A generated register as an HTML rekisteriseloste. Twelve warm-up seconds: at 10,000 categories an operation
     * takes milliseconds, and on a shared two-core machine the JIT compiles its deepest paths only after several
     * seconds (warm-up iterations of 65 ms an operation, then 12 ms once compiled).
     */
    @Benchmark
    @Warmup(iterations = 12, time = 1)
    public String generatedHtml(Sized sized) {
        return html(sized.register);
    }

    /** To a string, as Jackson's {@code writeValueAsString} does. */
    private static String html(Register register) {
        return Documents.renderToString(Documents.outline(register, DocumentType.REKISTERISELOSTE, Language.FI),
                DocumentFormat.HTML);
    }

    /**
     * {@code count} data categories in a 4-level tree (the same shape as the purpose-check workload), 10 subject
     * groups and 20 purposes of 5 categories each: a large register whose document lists every category.
     */
    static Register generated(int count) {
        List<String> keys = Workload.generateCategories(count);
        Register.Builder builder = Register.builder("generated", LocalizedText.fi("Generoitu rekisteri"),
                Organisation.of("Benchmark Oy", ContactDetails.none()));
        for (String key : keys) {
            builder.dataCategory(DataCategory.of(key, LocalizedText.fi("Tietoryhmä " + key)));
        }
        for (int s = 0; s < 10; s++) {
            builder.subjectCategory(DataSubjectCategory.of("subject-" + s, LocalizedText.fi("Ryhmä " + s)));
        }
        for (int p = 0; p < 20; p++) {
            String[] categories = new String[5];
            for (int c = 0; c < categories.length; c++) {
                categories[c] = keys.get((p * 5 + c) * keys.size() / 100);
            }
            builder.purpose(Purpose.builder("purpose-" + p, LocalizedText.fi("Käyttötarkoitus " + p))
                    .legalBasis(LegalBasis.contract())
                    .categories(categories)
                    .build());
        }
        return builder.build();
    }
}
