/**
 * Rekisteri's Jakarta Persistence mapping: registers, revisions, the processing log and subject state in any
 * database.
 */
module fi.rekisteri.jpa {
    requires transitive fi.rekisteri.core;
    requires transitive jakarta.persistence;
    requires static org.jspecify;

    exports fi.rekisteri.jpa;
}
