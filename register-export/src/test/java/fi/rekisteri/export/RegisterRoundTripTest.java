package fi.rekisteri.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.rekisteri.core.Register;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class RegisterRoundTripTest {

    @ParameterizedTest
    @EnumSource(RegisterFormat.class)
    void readsBackWhatItWritesForEveryPartOfTheModel(RegisterFormat format) {
        for (Register register : new Register[] {TestRegisters.maximal(), TestRegisters.alternatives()}) {
            String text = RegisterWriter.write(register, format);
            Register back = RegisterReader.create().read(text, "written." + format, format);
            assertEquals(register, back, text);
        }
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
