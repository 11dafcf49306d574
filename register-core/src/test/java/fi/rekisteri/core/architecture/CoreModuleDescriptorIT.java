package fi.rekisteri.core.architecture;

import org.junit.jupiter.api.Test;

/** register-core's packaged jar exports the API packages and nothing else, and needs only what it says. */
class CoreModuleDescriptorIT {

    @Test
    void exportsExactlyTheApiPackagesAndRequiresOnlyValidationLoggingAndAnnotations() {
        PackagedModule.ofThisBuild().assertExactly("fi.rekisteri.core",
                "exports fi.rekisteri.core",
                "exports fi.rekisteri.core.compliance",
                "exports fi.rekisteri.core.diff",
                "exports fi.rekisteri.core.identifier",
                "exports fi.rekisteri.core.law",
                "exports fi.rekisteri.core.policy",
                "exports fi.rekisteri.core.rules",
                "exports fi.rekisteri.core.taxonomy",
                "requires transitive jakarta.validation",
                "requires org.slf4j",
                "requires static transitive org.jspecify");
    }
}
