package fi.rekisteri.benchmarks;

import fi.rekisteri.core.ContactDetails;
import fi.rekisteri.core.DataCategory;
import fi.rekisteri.core.DataSubjectCategory;
import fi.rekisteri.core.LegalBasis;
import fi.rekisteri.core.LocalizedText;
import fi.rekisteri.core.Organisation;
import fi.rekisteri.core.Purpose;
import fi.rekisteri.core.Register;
import fi.rekisteri.core.Retention;
import fi.rekisteri.core.RetentionRule;
import fi.rekisteri.core.Sensitivity;
import fi.rekisteri.core.compliance.Compliance;
import fi.rekisteri.core.compliance.ComplianceReport;
import fi.rekisteri.core.compliance.DocumentType;
import fi.rekisteri.export.RegisterReader;
import fi.rekisteri.export.RegisterWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Period;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The compliance check ({@code Compliance.check} for an Art. 13 notice) of generated registers of 20, 2,000 and
 * 20,000 data categories in a 4-level hierarchy, against reading the same register from its YAML file with
 * {@code RegisterReader}: what {@code rekisteri check FILE} does, in its two steps.
 *
 * <p>Six warm-up seconds: the 20-category check runs first in its fork, and with three its measured iterations were
 * still getting faster (from 500 to 45 µs) on a busy two-core machine, which moved the growth ratio most.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 6, time = 1)
@Measurement(iterations = 5, time = 1)
public class ComplianceBenchmark {

    /** A generated register of one size, and its YAML file. */
    @State(Scope.Benchmark)
    public static class Sized {
        @Param({"20", "2000", "20000"})
        int categories;

        Register register;
        Path file;
        RegisterReader reader;

        /** Builds the register, writes it to a temporary YAML file and checks that the file reads back to it. */
        @Setup(Level.Trial)
        public void setUp() throws IOException {
            register = generated(categories);
            file = Files.createTempFile("compliance-benchmark-", ".yaml");
            RegisterWriter.write(register, file);
            reader = RegisterReader.create();
            if (!reader.read(file).equals(register)) {
                throw new IllegalStateException("the YAML file does not read back to the generated register");
            }
        }

        /** Deletes the file. */
        @TearDown(Level.Trial)
        public void tearDown() throws IOException {
            Files.deleteIfExists(file);
        }
    }

    /** The compliance check of the register. */
    @Benchmark
    public ComplianceReport check(Sized sized) {
        return Compliance.check(sized.register, DocumentType.ART_13_NOTICE);
    }

    /** Reading the register from its YAML file: parsing, decoding, and building (and so validating) the register. */
    @Benchmark
    public Register read(Sized sized) throws IOException {
        return sized.reader.read(sized.file);
    }

    /**
     * {@code count} data categories in a 4-level tree (the shape of the other benchmarks' registers), every 50th
     * one special-category data; retention for every second top-level category and for every third child of the
     * others, so that most categories are covered through an ancestor and some not at all; 10 subject groups and 20
     * purposes of 5 categories each.
     */
    static Register generated(int count) {
        List<String> keys = Workload.generateCategories(count);
        Register.Builder builder = Register.builder("generated", LocalizedText.fi("Generoitu rekisteri"),
                Organisation.of("Benchmark Oy", ContactDetails.none()));
        for (int i = 0; i < keys.size(); i++) {
            DataCategory category = DataCategory.of(keys.get(i), LocalizedText.fi("Tietoryhmä " + keys.get(i)));
            builder.dataCategory(i % 50 == 49 ? category.with(Sensitivity.SPECIAL_CATEGORY) : category);
        }
        for (int s = 0; s < 10; s++) {
            builder.subjectCategory(DataSubjectCategory.of("subject-" + s, LocalizedText.fi("Ryhmä " + s)));
        }
        for (int p = 0; p < 20; p++) {
            // Spread over the register; at 20 categories some picks coincide, and a purpose names each once.
            Set<String> categories = new LinkedHashSet<>();
            for (int c = 0; c < 5; c++) {
                categories.add(keys.get((p * 5 + c) * keys.size() / 100));
            }
            builder.purpose(Purpose.builder("purpose-" + p, LocalizedText.fi("Käyttötarkoitus " + p))
                    .legalBasis(LegalBasis.contract())
                    .categories(categories.toArray(String[]::new))
                    .build());
        }
        List<String> retained = new ArrayList<>();
        int topLevel = 0;
        for (String key : keys) {
            int dot = key.indexOf('.');
            if (dot < 0) {
                if (topLevel++ % 2 == 0) {
                    retained.add(key);
                }
            } else if (key.indexOf('.', dot + 1) < 0) {
                int top = Integer.parseInt(key.substring(1, dot));
                int child = Integer.parseInt(key.substring(dot + 2));
                if (top % 2 == 1 && child % 3 == 0) {
                    retained.add(key);
                }
            }
        }
        builder.retention(RetentionRule.of(Retention.after(Period.ofYears(6),
                LocalizedText.fi("asiakkuuden päättyminen")), retained.toArray(String[]::new)));
        return builder.build();
    }
}
