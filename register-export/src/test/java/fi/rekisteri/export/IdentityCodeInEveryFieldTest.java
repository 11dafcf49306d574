package fi.rekisteri.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.rekisteri.core.Register;
import fi.rekisteri.core.compliance.Compliance;
import fi.rekisteri.core.compliance.DocumentType;
import fi.rekisteri.core.compliance.Finding;
import fi.rekisteri.core.compliance.Rule;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The check's {@link Rule#IDENTITY_CODE_IN_TEXT} finds a personal identity code in every string of the model a
 * register's author can write one into, plain strings (keys, names, contact details, cookies' names,
 * acknowledgements' reasons) as well as localised texts. The round-trip samples fill every field of the model
 * ({@code RegisterRoundTripTest}) and the format carries every field: so each string leaf of the samples' JSON is
 * every string field, and each one is given a valid code in turn. Where the reader takes it, the check must find
 * one code more than in the sample; where the reader refuses every form (a code, a country, a key that others refer
 * to) no code can be there.
 */
class IdentityCodeInEveryFieldTest {

    /** Forms a field may take a code in: as a text, inside a text, as a key, in an e-mail or a web address. */
    private static final List<String> FORMS = List.of("Matti 131052-308T", "131052-308T", "131052-308t",
            "131052-308t@example.fi", "https://example.fi/131052-308T");

    private static final JsonMapper JSON = JsonMapper.shared();

    @Test
    void aCodeInAnyStringTheReaderTakesIsFoundThere() {
        Set<String> taken = new TreeSet<>();
        List<String> missed = new ArrayList<>();
        for (Register sample : List.of(TestRegisters.maximal(), TestRegisters.alternatives(), TestRegisters.parties(),
                TestRegisters.dataFlows(), TestRegisters.acknowledged())) {
            JsonNode tree = JSON.readTree(RegisterWriter.write(sample, RegisterFormat.JSON));
            int before = Compliance.check(sample, DocumentType.ART_30_RECORD).findings(Rule.IDENTITY_CODE_IN_TEXT)
                    .size();
            List<List<Object>> leaves = new ArrayList<>();
            leaves(tree, new ArrayList<>(), leaves);
            for (List<Object> leaf : leaves) {
                String path = path(leaf);
                if (path.equals("formatVersion") || path.startsWith("metadata.date")) {
                    continue;
                }
                for (String form : FORMS) {
                    JsonNode changed = tree.deepCopy();
                    set(changed, leaf, form);
                    Register read;
                    try {
                        read = RegisterReader.create().read(JSON.writeValueAsString(changed), "r.json",
                                RegisterFormat.JSON);
                    } catch (RegisterFormatException refused) {
                        continue;
                    }
                    taken.add(path);
                    // The file's paths and the model's differ (contact details are under 'contact' in the model):
                    // the finding is told by one more than the sample has, its path by ProducedPathsTest.
                    int found = Compliance.check(read, DocumentType.ART_30_RECORD)
                            .findings(Rule.IDENTITY_CODE_IN_TEXT).size();
                    if (found <= before) {
                        missed.add(path + " = " + form);
                    }
                    break;
                }
            }
        }
        assertEquals(List.of(), missed, "codes the check does not find");
        // The fields the task names, among others, are taken and so searched.
        for (String field : List.of("cookies[0].name", "controller.email", "controller.phone",
                "controller.address.street", "controller.name", "dataProtectionOfficer.name",
                "dataProtectionOfficer.email", "acknowledgements[0].reason", "acknowledgements[0].by",
                "noDataProtectionOfficer", "metadata.version", "disclosures[0].recipient.fi")) {
            assertTrue(taken.contains(field) || taken.stream().anyMatch(t -> t.startsWith(field + ".")),
                    field + " not among " + taken);
        }
    }

    @Test
    void aCodeInATaxonomyEntrysOverriddenLabelIsFound() {
        Register register = RegisterReader.create().read("""
                key: r
                name: {fi: Rekisteri}
                controller: {name: Oy}
                dataCategories:
                  - taxonomy: contact.email
                    name: {fi: "Sähköposti, esim. Matti 131052-308T"}
                  - taxonomy: contact
                    description: {en: "Such as 131052-308T"}
                """, "r.yaml", RegisterFormat.YAML);
        List<String> paths = Compliance.check(register, DocumentType.ART_13_NOTICE)
                .findings(Rule.IDENTITY_CODE_IN_TEXT).stream().map(Finding::path).toList();
        assertTrue(paths.contains("dataCategories[0].name"), paths.toString());
        assertTrue(paths.contains("dataCategories[1].description"), paths.toString());
    }

    @Test
    void aPlainStringsFindingSaysItIsInEveryLanguageAndShowsTheCodeMasked() {
        Register register = RegisterReader.create().read("""
                key: r
                name: {fi: Rekisteri}
                controller: {name: Oy, email: 131052-308T@example.fi}
                """, "r.yaml", RegisterFormat.YAML);
        List<Finding> found = Compliance.check(register, DocumentType.ART_13_NOTICE)
                .findings(Rule.IDENTITY_CODE_IN_TEXT);
        assertEquals(List.of("controller.contact.email"), found.stream().map(Finding::path).toList());
        String message = found.get(0).message(fi.rekisteri.core.Language.EN);
        assertTrue(message.startsWith("The text (in every language) contains the personal identity code 131052-****"),
                message);
        assertFalse(message.contains("308T"), message);
    }

    private static void leaves(JsonNode node, List<Object> at, List<List<Object>> found) {
        if (node instanceof ObjectNode object) {
            for (Map.Entry<String, JsonNode> property : object.properties()) {
                List<Object> next = new ArrayList<>(at);
                next.add(property.getKey());
                leaves(property.getValue(), next, found);
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                List<Object> next = new ArrayList<>(at);
                next.add(i);
                leaves(array.get(i), next, found);
            }
        } else if (node.isString()) {
            found.add(at);
        }
    }

    private static void set(JsonNode root, List<Object> leaf, String value) {
        JsonNode parent = root;
        for (Object step : leaf.subList(0, leaf.size() - 1)) {
            parent = step instanceof Integer index ? parent.get(index) : parent.get((String) step);
        }
        Object last = leaf.get(leaf.size() - 1);
        if (last instanceof Integer index) {
            ((ArrayNode) parent).set(index, value);
        } else {
            ((ObjectNode) parent).put((String) last, value);
        }
    }

    private static String path(List<Object> leaf) {
        StringBuilder path = new StringBuilder();
        for (Object step : leaf) {
            if (step instanceof Integer index) {
                path.append('[').append(index).append(']');
            } else {
                path.append(path.isEmpty() ? "" : ".").append(step);
            }
        }
        return path.toString();
    }
}
