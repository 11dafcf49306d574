/**
 * Rekisteri's documents: register import from YAML/JSON, privacy statements in fi/sv/en and the command-line tool.
 */
module fi.rekisteri.export {
    requires transitive fi.rekisteri.core;
    requires static org.jspecify;

    exports fi.rekisteri.export;
}
