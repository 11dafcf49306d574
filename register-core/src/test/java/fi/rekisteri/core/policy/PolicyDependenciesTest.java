package fi.rekisteri.core.policy;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class PolicyDependenciesTest {

    private final JavaClasses policy = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("fi.rekisteri.core.policy");

    @Test
    void policyCodeIsPlainJavaOverTheModel() {
        classes().should().onlyDependOnClassesThat()
                // identifier: SubjectId reads identity codes with its finder; javax.crypto (java.base): keyed pseudonyms.
                .resideInAnyPackage("java..", "javax.crypto..", "fi.rekisteri.core", "fi.rekisteri.core.identifier",
                        "fi.rekisteri.core.law", "fi.rekisteri.core.policy", "org.jspecify..", "org.slf4j")
                .check(policy);
    }

    @Test
    void policyCodeNeverWritesToTheConsole() {
        noClasses().should().accessField(System.class, "out").orShould().accessField(System.class, "err")
                .check(policy);
    }
}
