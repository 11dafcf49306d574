package fi.rekisteri.core.architecture;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;

/** The architecture rules catch what they are for: each fails on a fixture that breaks it on purpose. */
class ArchitectureRulesTest {

    private static final String FIXTURE = "fi.rekisteri.core.architecture.fixture";
    private static final JavaClasses LEAKY = new ClassFileImporter().importPackages(FIXTURE);

    @Test
    void apiRuleCatchesInternalTypeInGenericReturnType() {
        AssertionError error = assertThrows(AssertionError.class,
                () -> ArchitectureRules.apiDoesNotExposeInternals(FIXTURE).check(LEAKY));
        assertTrue(error.getMessage().contains("LeakyApi exposes internal type " + FIXTURE + ".internal.Hidden"),
                error.getMessage());
    }

    @Test
    void setterRuleCatchesPublicSetter() {
        assertThrows(AssertionError.class, () -> ArchitectureRules.noPublicSetters(FIXTURE).check(LEAKY));
    }

    @Test
    void fieldRuleCatchesMutableField() {
        assertThrows(AssertionError.class, () -> ArchitectureRules.modelFieldsAreFinal(FIXTURE).check(LEAKY));
    }

    @Test
    void streamRuleCatchesSystemOut() {
        assertThrows(AssertionError.class, () -> ArchitectureRules.noStandardStreams(FIXTURE).check(LEAKY));
    }

    @Test
    void streamRuleSparesAllowedPackage() {
        ArchitectureRules.noStandardStreams(FIXTURE, FIXTURE).check(LEAKY);
    }
}
