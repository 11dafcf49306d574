package fi.rekisteri.core.compliance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The rule table of the module README says exactly what the {@link Rule} enum says. */
class RuleTableTest {

    // Surefire runs in the module directory.
    private static final Path README = Path.of("README.md");

    @Test
    void readmeTableListsEveryRuleAndNoOther() throws IOException {
        Map<String, List<String>> table = table();
        List<String> ids = Arrays.stream(Rule.values()).map(Rule::id).toList();
        assertEquals(ids, new ArrayList<>(table.keySet()), "rule ids in README.md, in enum order");
    }

    @Test
    void readmeTableGivesEachRulesSeveritiesAndLegalReference() throws IOException {
        Map<String, List<String>> table = table();
        for (Rule rule : Rule.values()) {
            List<String> cells = table.get(rule.id());
            assertTrue(cells != null, () -> rule.id() + " is missing from README.md");
            List<String> expected = new ArrayList<>();
            for (DocumentType type : DocumentType.values()) {
                expected.add(rule.severity(type).map(Enum::name).orElse("—"));
            }
            expected.add(rule.legalReference());
            assertEquals(expected, cells.subList(0, expected.size()), rule.id());
            assertTrue(cells.size() > expected.size() && !cells.get(expected.size()).isBlank(),
                    () -> rule.id() + " has no description in README.md");
            assertTrue(cells.size() > expected.size() + 1 && !cells.get(expected.size() + 1).isBlank(),
                    () -> rule.id() + " has no reason for its severities in README.md");
        }
    }

    /** Rows {@code | `id` | cell | cell | …}, keyed by id, in file order. */
    private static Map<String, List<String>> table() throws IOException {
        Map<String, List<String>> rows = new LinkedHashMap<>();
        for (String line : Files.readAllLines(README, StandardCharsets.UTF_8)) {
            if (!line.startsWith("| `")) {
                continue;
            }
            String[] cells = line.substring(1, line.length() - 1).split("\\|");
            String id = cells[0].strip().replace("`", "");
            List<String> rest = Arrays.stream(cells).skip(1).map(String::strip).toList();
            assertTrue(rows.put(id, rest) == null, () -> id + " is listed twice in README.md");
        }
        return rows;
    }
}
