package fi.rekisteri.examples.docsnippets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A documented command that builds with Maven and then runs the program sends Maven's own output (with the colour
 * resets Maven prints even when quiet) to standard error, so that standard output is the program's alone:
 * {@code mvn -B -q … >&2 && java -jar …}.
 */
class MavenOutputTest {

    private static final Path ROOT = Path.of("").toAbsolutePath();

    @Test
    void everyBuildThenRunCommandSendsMavensOutputToStandardError() throws IOException {
        List<String> commands = new ArrayList<>();
        List<String> wrong = new ArrayList<>();
        for (Path file : markdownDocuments()) {
            String name = ROOT.relativize(file).toString();
            for (MarkdownCode.Block block : MarkdownCode.blocks(file)) {
                for (String line : block.lines()) {
                    int run = line.indexOf("&& java ");
                    if (line.startsWith("mvn ") && run > 0) {
                        commands.add(name + ": " + line);
                        if (!line.substring(0, run).strip().endsWith(">&2")) {
                            wrong.add(name + ": " + line);
                        }
                    }
                }
            }
        }
        assertFalse(commands.isEmpty(), "the documents have build-then-run commands");
        assertEquals(List.of(), wrong);
    }

    private static List<Path> markdownDocuments() throws IOException {
        try (Stream<Path> paths = Files.walk(ROOT)) {
            return paths.filter(p -> p.toString().endsWith(".md")).filter(p -> {
                for (Path part : ROOT.relativize(p)) {
                    String dir = part.toString();
                    if (dir.equals("target") || dir.equals("src") || dir.startsWith(".")) {
                        return false;
                    }
                }
                return true;
            }).sorted().toList();
        }
    }
}
