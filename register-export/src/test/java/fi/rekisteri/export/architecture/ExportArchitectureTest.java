package fi.rekisteri.export.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import fi.rekisteri.core.architecture.ArchitectureRules;

/** Keeps register-export's architecture honest with the rules every module keeps. */
@AnalyzeClasses(packages = "fi.rekisteri.export", importOptions = ImportOption.DoNotIncludeTests.class)
class ExportArchitectureTest {

    private static final String EXPORT = "fi.rekisteri.export";

    @ArchTest
    static final ArchRule noPackageCycles = ArchitectureRules.noPackageCycles(EXPORT);

    @ArchTest
    static final ArchRule noUseOfOtherModulesInternals = ArchitectureRules.noUseOfOtherModulesInternals(EXPORT);

    @ArchTest
    static final ArchRule apiDoesNotExposeInternals = ArchitectureRules.apiDoesNotExposeInternals(EXPORT);

    @ArchTest
    static final ArchRule noStandardStreamsOutsideTheCommandLine =
            ArchitectureRules.noStandardStreams(EXPORT, EXPORT + ".cli..");

    @ArchTest
    static final ArchRule noJavaUtilLogging = ArchitectureRules.noJavaUtilLogging(EXPORT);

    @ArchTest
    static final ArchRule libraryDoesNotDependOnTheCommandLine = noClasses().that().resideInAPackage(EXPORT + "..")
            .and().resideOutsideOfPackage(EXPORT + ".cli..")
            .should().dependOnClassesThat().resideInAnyPackage(EXPORT + ".cli..", "picocli..")
            .because("the command-line tool is built on the library, never the other way round");
}
