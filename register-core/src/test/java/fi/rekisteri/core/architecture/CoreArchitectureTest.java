package fi.rekisteri.core.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Keeps register-core's architecture honest. */
@AnalyzeClasses(packages = "fi.rekisteri.core", importOptions = ImportOption.DoNotIncludeTests.class)
class CoreArchitectureTest {

    private static final String CORE = "fi.rekisteri.core";

    @ArchTest
    static final ArchRule coreDependsOnNeitherJpaNorExport = noClasses().that().resideInAPackage(CORE + "..")
            .should().dependOnClassesThat().resideInAnyPackage("fi.rekisteri.jpa..", "fi.rekisteri.export..")
            .because("register-core is the foundation the other modules build on");

    @ArchTest
    static final ArchRule coreUsesOnlyTheJdkValidationAndLogging = noClasses().that().resideInAPackage(CORE + "..")
            .should().dependOnClassesThat().resideOutsideOfPackages(
                    CORE + "..", "java..", "javax.annotation.processing..", "javax.crypto..", "jakarta.validation..",
                    "org.slf4j..", "org.jspecify..")
            .because("register-core depends only on the JDK (javax.crypto is java.base), jakarta.validation-api and"
                    + " slf4j-api");

    @ArchTest
    static final ArchRule noPackageCycles = ArchitectureRules.noPackageCycles(CORE);

    @ArchTest
    static final ArchRule noUseOfOtherModulesInternals = ArchitectureRules.noUseOfOtherModulesInternals(CORE);

    @ArchTest
    static final ArchRule apiDoesNotExposeInternals = ArchitectureRules.apiDoesNotExposeInternals(CORE);

    @ArchTest
    static final ArchRule noStandardStreams = ArchitectureRules.noStandardStreams(CORE);

    @ArchTest
    static final ArchRule noJavaUtilLogging = ArchitectureRules.noJavaUtilLogging(CORE);

    @ArchTest
    static final ArchRule noPublicSetters = ArchitectureRules.noPublicSetters(CORE + "..");

    @ArchTest
    static final ArchRule modelFieldsAreFinal = ArchitectureRules.modelFieldsAreFinal(CORE, CORE + ".identifier");
}
