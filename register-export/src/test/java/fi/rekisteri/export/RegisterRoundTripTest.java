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
import fi.rekisteri.core.RetentionRule;
import fi.rekisteri.core.Sensitivity;
import fi.rekisteri.core.Source;
import fi.rekisteri.core.Transfers;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
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
        for (Register register : new Register[] {TestRegisters.maximal(), TestRegisters.alternatives(), TestRegisters.parties(),
                TestRegisters.dataFlows(), TestRegisters.acknowledged()}) {
            String text = RegisterWriter.write(register, format);
            Register back = RegisterReader.create().read(text, "written." + format, format);
            assertEquals(register, back, text);
        }
    }

    /** The round trip above proves the format for every variant only if the samples hold every one. */
    @Test
    void theRoundTripSamplesHoldEveryKindOfEveryVariant() {
        List<Register> samples = List.of(TestRegisters.maximal(), TestRegisters.alternatives(),
                TestRegisters.parties(), TestRegisters.dataFlows());
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
                kinds(samples, r -> r.disclosures().stream().flatMap(d -> d.role().stream()), RecipientRole.class));
        assertTrue(samples.stream().flatMap(r -> r.disclosures().stream()).anyMatch(d -> d.role().isEmpty()),
                "a disclosure with its role unstated");
        assertEquals(EnumSet.allOf(Retention.Condition.class), kinds(samples, r -> r.retention().stream()
                .map(RetentionRule::retention).filter(Retention.Until.class::isInstance)
                .map(rule -> ((Retention.Until) rule).condition()), Retention.Condition.class));
    }

    /**
     * Together the samples fill every field of the model: every component of every record reachable from a register
     * (and every property of the register) is, in at least one sample, a present optional, a non-empty list or map,
     * or {@code true}. No single register can: {@code noDisclosures} excludes disclosures, and one transfers
     * statement is of one kind. The round trips above (YAML, JSON) and {@code JsonLdFactsTest} (JSON-LD) use these
     * samples, so a field added to the model without a sample that fills it fails here first.
     */
    @Test
    void theRoundTripSamplesFillEveryFieldOfTheModel() throws ReflectiveOperationException {
        Set<String> fields = new TreeSet<>();
        Set<String> filled = new TreeSet<>();
        for (Register register : List.of(TestRegisters.maximal(), TestRegisters.alternatives(),
                TestRegisters.parties(), TestRegisters.dataFlows(), TestRegisters.acknowledged())) {
            for (Method property : Register.class.getDeclaredMethods()) {
                if (Modifier.isPublic(property.getModifiers()) && !Modifier.isStatic(property.getModifiers())
                        && property.getParameterCount() == 0 && !DERIVED.contains(property.getName())) {
                    walk("Register." + property.getName(), property.invoke(register), fields, filled);
                }
            }
        }
        Set<String> empty = new TreeSet<>(fields);
        empty.removeAll(filled);
        assertEquals(Set.of(), empty, "fields no sample fills");
    }

    /** Register methods that are no field of their own: derived from others, or not values. */
    private static final Set<String> DERIVED = Set.of("toBuilder", "hashCode", "toString", "categoryHierarchy",
            "contactPoint");

    private static void walk(String field, Object value, Set<String> fields, Set<String> filled)
            throws ReflectiveOperationException {
        fields.add(field);
        if (value instanceof Optional<?> optional) {
            if (optional.isPresent()) {
                filled.add(field);
                walk(field, optional.get(), fields, filled);
                filled.add(field);
            }
        } else if (value instanceof Collection<?> collection) {
            if (!collection.isEmpty()) {
                filled.add(field);
            }
            for (Object element : collection) {
                element(element, fields, filled);
            }
        } else if (value instanceof Map<?, ?> map) {
            if (!map.isEmpty()) {
                filled.add(field);
            }
            for (Object element : map.values()) {
                element(element, fields, filled);
            }
        } else if (value instanceof Boolean flag) {
            if (flag) {
                filled.add(field);
            }
        } else {
            filled.add(field);
            element(value, fields, filled);
        }
    }

    /** A record of the model: each of its components is a field of that record type. */
    private static void element(Object value, Set<String> fields, Set<String> filled)
            throws ReflectiveOperationException {
        if (value instanceof Record record && record.getClass().getPackageName().startsWith("fi.rekisteri.core")
                && record.getClass() != fi.rekisteri.core.LocalizedText.class) {
            for (RecordComponent component : record.getClass().getRecordComponents()) {
                walk(record.getClass().getSimpleName() + "." + component.getName(),
                        component.getAccessor().invoke(record), fields, filled);
            }
        }
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
