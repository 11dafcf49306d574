package fi.rekisteri.export.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A register too large for a PDF: one line, exit 2, nothing written. */
class PdfTooLargeTest {

    @Test
    void refusesWithOneLineAndExitTwo(@TempDir Path dir) throws IOException {
        StringBuilder yaml = new StringBuilder("""
                formatVersion: 1
                key: big
                name: {fi: Iso rekisteri}
                controller: {name: Oy}
                purposes:
                """);
        for (int i = 0; i < 12_000; i++) {
            yaml.append("  - {key: p").append(i).append(", name: {fi: Tarkoitus ").append(i).append("}}\n");
        }
        Path register = dir.resolve("big.yaml");
        Files.writeString(register, yaml);
        Path pdf = dir.resolve("big.pdf");
        CliRun cli = new CliRun(dir);

        int status = cli.run("render", register.toString(), "--format", "pdf", "-o", pdf.toString());

        assertEquals(2, status, cli.err());
        assertEquals(1, cli.err().lines().count(), cli.err());
        assertTrue(cli.err().startsWith("rekisteri: the rekisteriseloste document has "), cli.err());
        assertTrue(cli.err().contains("more than the 10000 a PDF holds; nothing was written"), cli.err());
        assertFalse(Files.exists(pdf));
        try (var files = Files.list(dir)) {
            assertEquals(2, files.count(), "the register and the seed copy only");
        }
    }
}
