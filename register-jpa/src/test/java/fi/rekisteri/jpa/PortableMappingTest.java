package fi.rekisteri.jpa;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.Enumerated;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The mapping is portable Jakarta Persistence, and what an application registers is all of it. */
class PortableMappingTest {

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("fi.rekisteri.jpa");

    @Test
    void mainCodeUsesNoPersistenceProviderClasses() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("org.hibernate..", "org.eclipse.persistence..")
                .check(MAIN);
    }

    @Test
    void storesNoEnumByOrdinalOrName() {
        noClasses().should().dependOnClassesThat().areAssignableTo(Enumerated.class)
                .because("enums are stored by their stable codes, which survive reordering and renaming")
                .check(MAIN);
    }

    @Test
    void listsEveryEntityAndEmbeddableForThePersistenceUnit() {
        Set<String> mapped = new TreeSet<>();
        for (JavaClass c : MAIN) {
            if (c.isAnnotatedWith(Entity.class) || c.isAnnotatedWith(Embeddable.class)) {
                mapped.add(c.getName());
            }
        }

        assertEquals(mapped, new TreeSet<>(RekisteriPersistence.managedClassNames()));
        assertEquals(RekisteriPersistence.managedClassNames(),
                RekisteriPersistence.managedClasses().stream().map(Class::getName).toList());
    }

    @Test
    void exposesNoEntityInThePublicPackage() {
        noClasses().that().resideInAPackage("fi.rekisteri.jpa")
                .should().beAnnotatedWith(Entity.class).orShould().beAnnotatedWith(Embeddable.class)
                .check(MAIN);
    }
}
