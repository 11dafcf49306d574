package fi.rekisteri.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.rekisteri.core.Language;
import fi.rekisteri.core.Register;
import fi.rekisteri.core.compliance.Compliance;
import fi.rekisteri.core.compliance.DocumentType;
import fi.rekisteri.core.compliance.Finding;
import fi.rekisteri.export.document.DocumentFormat;
import fi.rekisteri.export.document.Documents;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** What docs/register-format.md shows of retention and of where fixes go is what the library does. */
class FormatDocumentExamplesTest {

    private static final Path DOC = Path.of("docs/register-format.md");
    /** A register just big enough to hold the retention example: the categories it names. */
    private static final String HEAD = """
            key: customers
            name: {fi: Asiakasrekisteri}
            controller: {name: Kotisivutaivas Oy, businessId: 2135102-9}
            dataCategories:
              - {key: contact, name: {fi: Yhteystiedot, sv: Kontaktuppgifter, en: Contact details}}
              - {key: invoices, name: {fi: Laskut, sv: Fakturor, en: Invoices}}
            """;

    @Test
    void theRetentionExamplePrintsAsShown() throws IOException {
        List<List<String>> blocks = blocksOf(section("### Retention"));
        assertEquals(2, blocks.size(), "the YAML and what it prints");
        Register register = RegisterReader.create().read(HEAD + String.join("\n", blocks.get(0)) + "\n",
                "register.yaml", RegisterFormat.YAML);
        StringBuilder printed = new StringBuilder();
        for (Language language : Language.values()) {
            printed.append(Documents.renderToString(
                    Documents.outline(register, DocumentType.ART_13_NOTICE, language), DocumentFormat.TEXT));
        }
        List<String> lines = printed.toString().lines().toList();
        for (String shown : blocks.get(1)) {
            assertTrue(lines.contains(shown), () -> "not printed: " + shown + "\n" + printed);
        }
    }

    @Test
    void theFixTableHasARowForEveryPlaceAFindingNames() throws IOException {
        Set<String> documented = new TreeSet<>();
        Matcher code = Pattern.compile("`([^`]+)`").matcher("");
        for (String line : section("## Findings: where the fix goes")) {
            if (line.startsWith("| `") || line.startsWith("| any")) {
                code.reset(line.split("\\|")[1]);
                while (code.find()) {
                    documented.add(head(code.group(1)));
                }
            }
        }
        Register bare = RegisterReader.create().read("key: bare\nname: {fi: Tyhjä}\ncontroller: {name: Oy}\n",
                "bare.yaml", RegisterFormat.YAML);
        Set<String> named = new TreeSet<>();
        for (Register register : List.of(bare, TestRegisters.seed(), TestRegisters.maximal(),
                TestRegisters.alternatives())) {
            for (DocumentType type : DocumentType.values()) {
                for (Finding finding : Compliance.check(register, type).findings()) {
                    if (!finding.ruleId().equals("legacy.reference")) {
                        named.add(finding.path().isEmpty() ? "(register)" : head(finding.path()));
                    }
                }
            }
        }
        assertFalse(named.isEmpty());
        assertTrue(documented.containsAll(named), () -> "findings name " + named + "; the table has " + documented);
    }

    private static String head(String path) {
        return path.split("[.\\[]")[0];
    }

    /** The lines of the document from the heading to the next heading of the same or a higher level. */
    private static List<String> section(String heading) throws IOException {
        List<String> lines = Files.readAllLines(DOC, StandardCharsets.UTF_8);
        int start = lines.indexOf(heading);
        assertTrue(start >= 0, () -> DOC + " has no " + heading);
        Pattern sameOrHigher = Pattern.compile("#{1," + heading.indexOf(' ') + "} .*");
        List<String> section = new ArrayList<>();
        boolean inCode = false;
        for (String line : lines.subList(start + 1, lines.size())) {
            inCode ^= line.startsWith("```");
            if (!inCode && sameOrHigher.matcher(line).matches()) {
                break;
            }
            section.add(line);
        }
        return section;
    }

    private static List<List<String>> blocksOf(List<String> lines) {
        List<List<String>> blocks = new ArrayList<>();
        List<String> block = null;
        for (String line : lines) {
            if (line.startsWith("```")) {
                if (block == null) {
                    block = new ArrayList<>();
                } else {
                    blocks.add(block);
                    block = null;
                }
            } else if (block != null) {
                block.add(line);
            }
        }
        return blocks;
    }
}
