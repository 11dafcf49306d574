package fi.rekisteri.examples.docsnippets;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every Markdown file of the repository whose text has {@code java} blocks: its snippets, as one program, compile and
 * run, and each value a comment claims is the value the line gives. The test runs in the repository root (see the
 * pom), where the snippets' relative paths such as {@code examples/mainostakomo/register.yaml} resolve.
 */
class DocSnippetsTest {

    private static final Path ROOT = Path.of("").toAbsolutePath();

    @TestFactory
    Stream<DynamicTest> theJavaSnippetsOfEachMarkdownFileCompileAndRun() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (Path file : documentsWithJava()) {
            String name = ROOT.relativize(file).toString();
            tests.add(DynamicTest.dynamicTest(name, () ->
                    SnippetRunner.compileAndRun(SnippetProgram.of(name, MarkdownCode.blocks(file, "java")))));
        }
        return tests.stream();
    }

    @Test
    void findsTheReadmesThatHaveJava() throws IOException {
        List<String> found = documentsWithJava().stream().map(f -> ROOT.relativize(f).toString()).toList();
        assertTrue(found.containsAll(List.of("README.md", "register-core/README.md")), found::toString);
    }

    /** The repository's own Markdown documents (not build output or test data) that have a java block. */
    static List<Path> documentsWithJava() throws IOException {
        try (Stream<Path> paths = Files.walk(ROOT)) {
            List<Path> documents = new ArrayList<>();
            for (Path file : paths.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
                Path relative = ROOT.relativize(file);
                boolean skipped = false;
                for (Path part : relative) {
                    String dir = part.toString();
                    skipped |= dir.equals("target") || dir.equals("src") || dir.startsWith(".");
                }
                if (!skipped && !MarkdownCode.blocks(file, "java").isEmpty()) {
                    documents.add(file);
                }
            }
            return documents;
        }
    }
}
