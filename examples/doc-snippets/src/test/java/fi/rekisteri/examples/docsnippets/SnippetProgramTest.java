package fi.rekisteri.examples.docsnippets;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The harness fails on the snippets it must fail on, naming the Markdown line, and passes a true one. */
class SnippetProgramTest {

    private static SnippetProgram program(String... markdown) {
        return SnippetProgram.of("doc.md", MarkdownCode.blocks(List.of(markdown)).stream()
                .filter(b -> b.info().equals("java")).toList());
    }

    @Test
    void runsSnippetsAsOneProgramWithTheirImportsAndTypes() {
        SnippetProgram program = program(
                "# Doc", "```java", "import java.util.List;", "```",
                "```java", "List<String> words = List.of(new Word(\"a\").text());", "```",
                "```java", "record Word(String text) {}", "```",
                "```java", "words.size();  // 1, as the comment says", "words.get(0); // \"a\"", "```");
        assertDoesNotThrow(() -> SnippetRunner.compileAndRun(program));
    }

    @Test
    void aSnippetThatDoesNotCompileFailsNamingItsLine() {
        SnippetProgram program = program("Text.", "", "```java", "int n = 1;", "n.length();", "```");
        AssertionError error = assertThrows(AssertionError.class, () -> SnippetRunner.compileAndRun(program));
        assertTrue(error.getMessage().contains("doc.md:5: int cannot be dereferenced"), error::getMessage);
    }

    @Test
    void aCommentThatClaimsAnotherValueFailsNamingItsLine() {
        SnippetProgram program = program("```java", "List.of(1, 2).size(); // 3", "```", "```java",
                "import java.util.List;", "```");
        AssertionError error = assertThrows(AssertionError.class, () -> SnippetRunner.compileAndRun(program));
        assertTrue(error.getMessage().equals("doc.md:2: the comment says 3, the code gives 2"), error::getMessage);
    }

    @Test
    void aSnippetThatThrowsFailsNamingItsLine() {
        SnippetProgram program = program("```java", "int[] none = {};", "", "int first = none[0];", "```");
        AssertionError error = assertThrows(AssertionError.class, () -> SnippetRunner.compileAndRun(program));
        assertTrue(error.getMessage().contains("fail at doc.md:4: java.lang.ArrayIndexOutOfBoundsException"),
                error::getMessage);
    }

    @Test
    void declarationsAndVoidCallsWithCommentsAreLeftAsTheyAre() {
        SnippetProgram program = program("```java", "int n = 2;            // 3 is not claimed here",
                "System.out.print(\"\"); // prints nothing", "```");
        assertDoesNotThrow(() -> SnippetRunner.compileAndRun(program));
    }
}
