/**
 * Rekisteri's core: the register model, Finnish identifiers, Bean Validation constraints, the compliance check and
 * the purpose policies. Depends on nothing but the Bean Validation API and SLF4J.
 */
module fi.rekisteri.core {
    requires transitive jakarta.validation;
    requires org.slf4j;
    requires static transitive org.jspecify;

    exports fi.rekisteri.core;
    exports fi.rekisteri.core.identifier;
    exports fi.rekisteri.core.compliance;
    exports fi.rekisteri.core.diff;
    exports fi.rekisteri.core.law;
    exports fi.rekisteri.core.policy;
    exports fi.rekisteri.core.rules;
    exports fi.rekisteri.core.taxonomy;
}
