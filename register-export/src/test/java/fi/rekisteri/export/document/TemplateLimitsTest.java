package fi.rekisteri.export.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.rekisteri.core.Language;
import fi.rekisteri.core.compliance.DocumentType;
import fi.rekisteri.export.RegisterFormat;
import fi.rekisteri.export.RegisterReader;
import fi.rekisteri.export.TestRegisters;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a user's template may do within its limits, and that the limits leave the stack to spare. */
class TemplateLimitsTest {

    @TempDir
    Path dir;

    private static String chain(int depth) {
        return String.join(".", Collections.nCopies(depth, "a"));
    }

    @Test
    void theBuiltInListPartialRendersTheDeepestHierarchyInAUsersTemplate() throws IOException {
        StringBuilder yaml = new StringBuilder("formatVersion: 1\nkey: r\nname: {fi: Rekisteri}\ncontroller: {name: Oy}\n"
                + "dataCategories:\n");
        for (int d = 1; d <= 32; d++) {
            yaml.append("  - {key: ").append(chain(d)).append(", name: {fi: Taso ").append(d).append("}}\n");
        }
        var register = RegisterReader.create().read(yaml.toString(), "r.yaml", RegisterFormat.YAML);
        Path template = Files.writeString(dir.resolve("t.mustache"),
                "{{#sections}}{{#blocks}}{{> block}}{{/blocks}}{{/sections}}");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DocumentFormat.HTML.writer(template).write(DocumentSource.of(register, DocumentType.REKISTERISELOSTE,
                Language.FI), out);
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("<li>Taso 32</li>"));
    }

    @Test
    void theNestingLimitIsReachedWithHalfTheDefaultStackToSpare() throws Exception {
        // Recursion through a partial costs the most stack per level; 512 KiB is half the JVM's default.
        Path template = Files.writeString(dir.resolve("self.mustache"), "{{#title}}x{{> self}}{{/title}}");
        Renderer renderer = Documents.htmlRenderer(template);
        Outline outline = DocumentSource.of(TestRegisters.seed(), DocumentType.REKISTERISELOSTE, Language.FI)
                .outline();
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        Thread thread = new Thread(null, () -> {
            try {
                renderer.render(outline, new ByteArrayOutputStream());
            } catch (Throwable e) {
                thrown.set(e);
            }
        }, "small-stack", 512 * 1024);
        thread.start();
        thread.join();
        assertEquals(TemplateException.class, thrown.get().getClass(), String.valueOf(thrown.get()));
        assertEquals("template " + template + ": sections and partials nest deeper than 256 levels"
                + " (at self.mustache:1)", thrown.get().getMessage());
    }

    @Test
    void oneCompiledTemplateCountsEachRenderingOnItsOwn() throws IOException {
        // About a million iterations each (the seed has more than nine sections): five add up to more than the
        // limit, which holds for each rendering on its own.
        Path template = Files.writeString(dir.resolve("loops.mustache"),
                "{{#sections}}".repeat(6) + "." + "{{/sections}}".repeat(6));
        Renderer renderer = Documents.htmlRenderer(template);
        Outline outline = DocumentSource.of(TestRegisters.seed(), DocumentType.REKISTERISELOSTE, Language.FI)
                .outline();
        for (int i = 0; i < 5; i++) {
            renderer.render(outline, new ByteArrayOutputStream());
        }
    }

    @Test
    void theDocsStateTheLimitsTheCodeHolds() throws IOException {
        String docs = Files.readString(Path.of("docs/templates.md"));
        for (long limit : new long[] {MustacheTemplate.MAX_FILE_BYTES, MustacheTemplate.MAX_READS,
                MustacheTemplate.MAX_COMPILED_CHARS, MustacheTemplate.MAX_NESTING, MustacheTemplate.MAX_EXPANSIONS,
                MustacheTemplate.MAX_OUTPUT_CHARS}) {
            assertTrue(docs.contains(" " + limit + " "), "docs/templates.md states " + limit);
        }
    }
}
