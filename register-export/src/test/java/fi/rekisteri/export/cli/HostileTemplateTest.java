package fi.rekisteri.export.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code render --template}: a small template that would exhaust the stack, the heap or the processor, or that is not
 * UTF-8, is refused with one line naming the template and the limit, exit 2, no stack trace and no output file.
 */
class HostileTemplateTest {

    @TempDir
    Path dir;

    private CliRun cli;
    private Path output;

    @BeforeEach
    void copySeed() throws IOException {
        cli = new CliRun(dir);
        output = dir.resolve("out.html");
    }

    private Path file(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }

    /** Renders HTML and PDF with the template to a file and expects both refused with {@code message}. */
    private void assertRefused(Path template, String message) throws IOException {
        for (String format : List.of("html", "pdf")) {
            int before = cli.err().length();
            int status = cli.run("render", cli.seed().toString(), "--format", format, "--template",
                    template.toString(), "-o", output.toString());
            assertEquals(2, status, cli.err());
            assertEquals("rekisteri: " + message + "\n", cli.err().substring(before), format);
            assertFalse(Files.exists(output), "no output file");
            try (Stream<Path> files = Files.list(dir)) {
                assertTrue(files.noneMatch(f -> f.getFileName().toString().contains("rekisteri-tmp")),
                        "no temporary file left");
            }
        }
    }

    @Test
    void aPartialThatIncludesItselfEndsAtTheNestingLimit() throws IOException {
        Path template = file("self.mustache", "x{{> self}}");
        assertRefused(template, "template " + template
                + ": sections and partials nest deeper than 256 levels (at self.mustache:1)");
    }

    @Test
    void sectionsNestedDeeperThanTheLimitAreRefusedBeforeMustacheParsesThem() throws IOException {
        // 50,000 levels overflowed the stack of Mustache's recursive parser.
        Path template = file("nest.mustache", "{{#title}}".repeat(50_000) + "{{/title}}".repeat(50_000));
        assertRefused(template, "template " + template + ": sections nest deeper than 256 levels (at nest.mustache:1)");
    }

    @Test
    void changedDelimitersDoNotHideNesting() throws IOException {
        Path template = file("delim.mustache", "{{=<% %>=}}" + "<%#title%>".repeat(300) + "<%/title%>".repeat(300));
        assertRefused(template, "template " + template
                + ": sections nest deeper than 256 levels (at delim.mustache:1)");
    }

    @Test
    void nestingUpToTheLimitRenders() throws IOException {
        Path template = file("deep.mustache", "{{#title}}".repeat(256) + "deep" + "{{/title}}".repeat(256));
        assertEquals(0, cli.run("render", cli.seed().toString(), "--format", "html", "--template",
                template.toString(), "-o", output.toString()), cli.err());
        assertEquals("deep", Files.readString(output));
    }

    @Test
    void partialsIncludingEachOtherTenfoldAreBoundedWhenCompiled() throws IOException {
        // Mustache compiles every inclusion anew: ten levels of ten would be compiled 10^9 times.
        for (int level = 0; level < 9; level++) {
            file("l" + level + ".mustache", ("{{> l" + (level + 1) + "}}").repeat(10));
        }
        file("l9.mustache", "x".repeat(10));
        Path template = dir.resolve("l0.mustache");
        assertRefused(template, "template " + template + ": includes partials more than 1024 times");
    }

    @Test
    void loopsThatWriteNothingAreBoundedByTheirExpansions() throws IOException {
        // Twelve nested loops over the seed's sections: 10^12 iterations and no output.
        Path template = file("loops.mustache", "{{#sections}}".repeat(12) + "{{/sections}}".repeat(12));
        assertRefused(template, "template " + template
                + ": more than 4194304 section iterations and partial inclusions (at loops.mustache:1)");
    }

    @Test
    void invertedSectionsCountAsExpansionsToo() throws IOException {
        Path template = file("inverted.mustache", "{{#sections}}".repeat(8) + "{{^nothing}}{{^nothing}}.{{/nothing}}"
                + "{{/nothing}}" + "{{/sections}}".repeat(8));
        assertRefused(template, "template " + template
                + ": more than 4194304 section iterations and partial inclusions (at inverted.mustache:1)");
    }

    @Test
    void outputIsBoundedToo() throws IOException {
        // 10^4 inclusions of 100,000 characters: a gigabyte of HTML from two small files.
        file("big.mustache", "y".repeat(100_000));
        Path template = file("out.mustache", "{{#sections}}".repeat(4) + "{{> big}}" + "{{/sections}}".repeat(4));
        assertRefused(template, "template " + template + ": the document would have more than 67108864 characters");
    }

    @Test
    void templateInheritanceThatExtendsItselfEndsAtTheNestingLimit() throws IOException {
        Path template = file("j.mustache", "a{{<j}}{{$b}}x{{/b}}{{/j}}");
        assertRefused(template, "template " + template
                + ": sections and partials nest deeper than 256 levels (at j.mustache:1)");
    }

    @Test
    void aPartialNamedByRegisterDataIsRefused() throws IOException {
        Path template = file("dynamic.mustache", "{{>*title}}");
        assertRefused(template, "template " + template + ": {{>*title}} would load a partial named by register data;"
                + " name partials in the template (at dynamic.mustache:1)");
    }

    @Test
    void aTemplateThatIsNotUtf8IsNamed() throws IOException {
        Path template = Files.write(dir.resolve("latin1.mustache"),
                "<p>caf\u00e9 {{title}}</p>".getBytes(StandardCharsets.ISO_8859_1));
        assertRefused(template, "template " + template + " is not UTF-8 text; save it as UTF-8");
    }

    @Test
    void aPartialThatIsNotUtf8IsNamed() throws IOException {
        Path template = file("utf8.mustache", "{{> part}}");
        Path part = Files.write(dir.resolve("part.mustache"), new byte[] {(byte) 0xe4, 'i', 't', 'i'});
        assertRefused(template, "template " + template + ": its partial " + part
                + " is not UTF-8 text; save it as UTF-8");
    }

    @Test
    void aTemplateFileLargerThanTheLimitIsNotRead() throws IOException {
        Path template = file("huge.mustache", "z".repeat(1024 * 1024 + 1));
        assertRefused(template, "template " + template
                + " has 1048577 bytes; a template file may have at most 1048576 bytes");
    }

    @Test
    void mustachesOwnErrorsNameTheTemplate() throws IOException {
        Path template = file("bad.mustache", "{{#sections}}x");
        assertRefused(template, "template " + template + ": Failed to close 'sections' tag @[bad.mustache:1]");
    }

    @Test
    void onStandardOutputTheErrorIsOneLineToo() throws IOException {
        Path template = file("self.mustache", "x{{> self}}");
        assertEquals(2, cli.run("render", cli.seed().toString(), "--format", "html", "--template",
                template.toString()));
        assertEquals("rekisteri: template " + template
                + ": sections and partials nest deeper than 256 levels (at self.mustache:1)\n", cli.err());
    }
}
