package fi.rekisteri.jpa.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import fi.rekisteri.core.architecture.ArchitectureRules;

/** Keeps register-jpa's architecture honest with the rules every module keeps. */
@AnalyzeClasses(packages = "fi.rekisteri.jpa", importOptions = ImportOption.DoNotIncludeTests.class)
class JpaArchitectureTest {

    private static final String JPA = "fi.rekisteri.jpa";

    @ArchTest
    static final ArchRule noPackageCycles = ArchitectureRules.noPackageCycles(JPA);

    @ArchTest
    static final ArchRule noUseOfOtherModulesInternals = ArchitectureRules.noUseOfOtherModulesInternals(JPA);

    @ArchTest
    static final ArchRule apiDoesNotExposeInternals = ArchitectureRules.apiDoesNotExposeInternals(JPA);

    @ArchTest
    static final ArchRule noStandardStreams = ArchitectureRules.noStandardStreams(JPA);

    @ArchTest
    static final ArchRule noJavaUtilLogging = ArchitectureRules.noJavaUtilLogging(JPA);

    @ArchTest
    static final ArchRule doesNotDependOnExport = noClasses().that().resideInAPackage(JPA + "..")
            .should().dependOnClassesThat().resideInAPackage("fi.rekisteri.export..")
            .because("persistence and documents are independent layers over the core");
}
