package fi.rekisteri.export.architecture;

import fi.rekisteri.core.architecture.PackagedModule;
import org.junit.jupiter.api.Test;

/**
 * register-export's packaged jar exports the reader/writer and document API, opens the command classes to picocli
 * alone, and requires the libraries its formats are written with.
 */
class ExportModuleDescriptorIT {

    @Test
    void exportsTheApiOpensTheCliToPicocliAndRequiresTheFormatLibraries() {
        PackagedModule.ofThisBuild().assertExactly("fi.rekisteri.export",
                "exports fi.rekisteri.export",
                "exports fi.rekisteri.export.document",
                "exports fi.rekisteri.export.consent",
                "opens fi.rekisteri.export.cli to info.picocli",
                "requires transitive fi.rekisteri.core",
                "requires static org.jspecify",
                "requires tools.jackson.core",
                "requires tools.jackson.databind",
                "requires tools.jackson.dataformat.yaml",
                "requires org.snakeyaml.engine",
                "requires info.picocli",
                "requires com.github.mustachejava",
                "requires openhtmltopdf.core",
                "requires openhtmltopdf.pdfbox",
                "requires org.jsoup",
                "requires java.xml",
                "requires org.apache.commons.csv",
                // openhtmltopdf's log goes to SLF4J through its java.util.logging-typed logger interface.
                "requires org.slf4j",
                "requires java.logging",
                "requires org.dhatim.fastexcel",
                "requires com.github.librepdf.pdfFontsExtra");
    }
}
