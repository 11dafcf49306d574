/**
 * Rekisteri's documents: register import from YAML/JSON, privacy statements in fi/sv/en,
 * consent records of ISO/IEC TS 27560 and the command-line tool.
 */
module fi.rekisteri.export {
    requires transitive fi.rekisteri.core;
    requires static org.jspecify;
    requires tools.jackson.core;
    requires tools.jackson.databind;
    requires tools.jackson.dataformat.yaml;
    requires org.snakeyaml.engine;
    requires info.picocli;
    requires com.github.mustachejava;
    requires openhtmltopdf.core;
    requires openhtmltopdf.pdfbox;
    requires org.jsoup;
    requires java.xml;
    requires org.apache.commons.csv;
    // openhtmltopdf's log goes to SLF4J; its logger interface speaks java.util.logging levels.
    requires org.slf4j;
    requires java.logging;
    requires org.dhatim.fastexcel;
    // Font files only, read as resources; required so that the module is resolved.
    requires com.github.librepdf.pdfFontsExtra;

    exports fi.rekisteri.export;
    exports fi.rekisteri.export.document;
    exports fi.rekisteri.export.consent;

    // picocli fills the command classes' fields by reflection.
    opens fi.rekisteri.export.cli to info.picocli;
}
