package fi.rekisteri.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.rekisteri.core.AutomatedDecisionMaking;
import fi.rekisteri.core.Disclosure;
import fi.rekisteri.core.LegalBasis;
import fi.rekisteri.core.RecipientRole;
import fi.rekisteri.core.Register;
import fi.rekisteri.core.Retention;
import fi.rekisteri.core.Sensitivity;
import fi.rekisteri.core.Source;
import fi.rekisteri.core.Transfers;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class RegisterRoundTripTest {

    @ParameterizedTest
    @EnumSource(RegisterFormat.class)
    void readsBackWhatItWritesForEveryPartOfTheModel(RegisterFormat format) {
        for (Register register : new Register[] {TestRegisters.maximal(), TestRegisters.alternatives(), TestRegisters.parties()}) {
            String text = RegisterWriter.write(register, format);
            Register back = RegisterReader.create().read(text, "written." + format, format);
            assertEquals(register, back, text);
        }
    }

    /** The round trip above proves the format for every variant only if the samples hold every one. */
    @Test
    void theRoundTripSamplesHoldEveryKindOfEveryVariant() {
        List<Register> samples = List.of(TestRegisters.maximal(), TestRegisters.alternatives(),
                TestRegisters.parties());
        assertEquals(EnumSet.allOf(LegalBasis.Kind.class), kinds(samples, r -> r.purposes().stream()
                .flatMap(p -> p.legalBasis().stream()).map(LegalBasis::kind), LegalBasis.Kind.class));
        assertEquals(EnumSet.allOf(Source.Kind.class),
                kinds(samples, r -> r.sources().stream().map(Source::kind), Source.Kind.class));
        assertEquals(EnumSet.allOf(Transfers.Kind.class),
                kinds(samples, r -> r.transfers().stream().map(Transfers::kind), Transfers.Kind.class));
        assertEquals(EnumSet.allOf(Retention.Kind.class), kinds(samples,
                r -> r.retention().stream().map(rule -> rule.retention().kind()), Retention.Kind.class));
        assertEquals(EnumSet.allOf(AutomatedDecisionMaking.Kind.class), kinds(samples,
                r -> r.automatedDecisionMaking().stream().map(AutomatedDecisionMaking::kind),
                AutomatedDecisionMaking.Kind.class));
        assertEquals(EnumSet.allOf(Sensitivity.class), kinds(samples,
                r -> r.dataCategories().stream().flatMap(c -> c.sensitivities().stream()), Sensitivity.class));
        assertEquals(EnumSet.allOf(RecipientRole.class),
                kinds(samples, r -> r.disclosures().stream().map(Disclosure::role), RecipientRole.class));
    }

    private static <K extends Enum<K>> Set<K> kinds(List<Register> registers, Function<Register, Stream<K>> of,
            Class<K> type) {
        return registers.stream().flatMap(of).collect(Collectors.toCollection(() -> EnumSet.noneOf(type)));
    }

    @Test
    void writesYamlThatKeepsLookalikeTextsAsTexts() {
        String yaml = RegisterWriter.write(TestRegisters.maximal(), RegisterFormat.YAML);
        // "NO", "true", "null" and "1.0" are texts in the model; unquoted they would be a boolean, null or a number.
        assertTrue(yaml.contains("\"NO\"") || yaml.contains("'NO'"), yaml);
        assertTrue(yaml.contains("\"1.0\"") || yaml.contains("'1.0'"), yaml);
    }

    @Test
    void convertsYamlToJsonAndBackToAnEqualRegister(@TempDir Path dir) throws IOException {
        Register register = TestRegisters.maximal();
        Path json = dir.resolve("r.json");
        Path yaml = dir.resolve("r.yaml");
        RegisterWriter.write(register, json);
        RegisterWriter.write(RegisterReader.create().read(json), yaml);
        assertEquals(register, RegisterReader.create().read(yaml));
        try (var files = Files.list(dir)) {
            assertFalse(files.anyMatch(f -> f.getFileName().toString().endsWith(".tmp")), "temporary file left");
        }
    }

    @Test
    void readsTheSeedRegister() {
        Register seed = RegisterReader.create().read(TestRegisters.resource("/mainostakomo/register.yaml"),
                "register.yaml", RegisterFormat.YAML);
        assertEquals("mainostakomo-customers", seed.key());
        assertEquals(seed, RegisterReader.create().read(RegisterWriter.write(seed, RegisterFormat.YAML), "again.yaml",
                RegisterFormat.YAML));
    }
}
