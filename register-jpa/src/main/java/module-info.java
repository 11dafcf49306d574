/**
 * Rekisteri's Jakarta Persistence mapping: registers and their revisions, the processing log and subjects' state in
 * any database.
 */
module fi.rekisteri.jpa {
    requires transitive fi.rekisteri.core;
    requires transitive jakarta.persistence;
    requires static org.jspecify;

    exports fi.rekisteri.jpa;
    // The persistence provider reflects over the entities; applications never use them directly.
    opens fi.rekisteri.jpa.internal;
}
