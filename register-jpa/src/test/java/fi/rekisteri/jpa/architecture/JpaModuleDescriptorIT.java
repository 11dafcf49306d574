package fi.rekisteri.jpa.architecture;

import fi.rekisteri.core.architecture.PackagedModule;
import org.junit.jupiter.api.Test;

/** register-jpa's packaged jar exports its API, opens its entities to the provider only by reflection, no more. */
class JpaModuleDescriptorIT {

    @Test
    void exportsTheApiOpensTheEntitiesAndRequiresCoreAndPersistence() {
        PackagedModule.ofThisBuild().assertExactly("fi.rekisteri.jpa",
                "exports fi.rekisteri.jpa",
                "opens fi.rekisteri.jpa.internal",
                "requires transitive fi.rekisteri.core",
                "requires transitive jakarta.persistence",
                "requires static org.jspecify");
    }
}
