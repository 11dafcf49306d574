package fi.rekisteri.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import fi.rekisteri.core.Coded;
import fi.rekisteri.core.AutomatedDecisionMaking;
import fi.rekisteri.core.IdentityCodeGround;
import fi.rekisteri.core.LegalBasis;
import fi.rekisteri.core.RecipientRole;
import fi.rekisteri.core.Register;
import fi.rekisteri.core.Safeguard;
import fi.rekisteri.core.Sensitivity;
import fi.rekisteri.core.Source;
import fi.rekisteri.core.SpecialCategoryCondition;
import fi.rekisteri.core.Topic;
import fi.rekisteri.core.Transfers;
import fi.rekisteri.core.taxonomy.Taxonomy;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The published JSON Schema describes exactly the format that the reader and writer implement. */
class RegisterSchemaTest {

    private static final String SCHEMA_RESOURCE = "/fi/rekisteri/export/register.schema.json";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final JsonNode SCHEMA_TREE = JSON.readTree(TestRegisters.resource(SCHEMA_RESOURCE));
    private static final Schema SCHEMA = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
            .getSchema(TestRegisters.resource(SCHEMA_RESOURCE), InputFormat.JSON);

    private static List<Error> validate(String text, InputFormat format) {
        return SCHEMA.validate(text, format);
    }

    @Test
    void acceptsTheSeedExample() {
        List<Error> errors = validate(TestRegisters.resource("/mainostakomo/register.yaml"), InputFormat.YAML);
        assertEquals(List.of(), errors);
    }

    @Test
    void acceptsEverythingTheWriterEmits() {
        for (Register register : List.of(TestRegisters.maximal(), TestRegisters.alternatives(), TestRegisters.parties(),
                TestRegisters.dataFlows(), acknowledged())) {
            String json = RegisterWriter.write(register, RegisterFormat.JSON);
            assertEquals(List.of(), validate(json, InputFormat.JSON), json);
        }
        String referring = RegisterWriter.write(TaxonomyReferencesTest.referring(), RegisterFormat.JSON,
                Taxonomy.defaults());
        assertEquals(List.of(), validate(referring, InputFormat.JSON), referring);
        assertEquals(List.of(), validate(TaxonomyReferencesTest.REFERRING, InputFormat.YAML));
    }

    @Test
    void rejectsWhatTheReaderRejects() {
        String head = "{\"key\": \"r\", \"name\": {\"fi\": \"R\"}, \"controller\": {\"name\": \"Oy\"}";
        assertFalse(validate(head + ", \"colour\": \"blue\"}", InputFormat.JSON).isEmpty(), "unknown property");
        assertFalse(validate(head + ", \"purposes\": [{\"key\": \"a\", \"name\": {\"fi\": \"A\"},"
                + " \"legalBasis\": \"contrakt\"}]}", InputFormat.JSON).isEmpty(), "unknown legal basis");
        assertFalse(validate(head + ", \"name\": {}}", InputFormat.JSON).isEmpty(), "empty text");
        assertFalse(validate(head + ", \"dataCategories\": [{\"taxonomy\": \"contact\", \"key\": \"contact\"}]}",
                InputFormat.JSON).isEmpty(), "both a reference and a key");
        assertFalse(validate(head + ", \"dataCategories\": [{\"key\": \"contact\"}]}", InputFormat.JSON).isEmpty(),
                "a key without a name");
        assertFalse(validate(head + ", \"retention\": [{\"categories\": [\"a\"], \"period\": \"P6Y\","
                + " \"criteria\": {\"fi\": \"x\"}}]}", InputFormat.JSON).isEmpty(), "period and criteria");
    }

    @Test
    void closesEveryObjectSoThatNoPropertyOutsideTheFormatValidates() {
        List<String> open = new java.util.ArrayList<>();
        walk(SCHEMA_TREE, "#", (node, at) -> {
            if (node.has("properties") && !node.path("additionalProperties").isBoolean()) {
                open.add(at);
            }
        });
        assertEquals(List.of(), open, "object schemas without additionalProperties: false");
    }

    @Test
    void describesEveryPropertyTheWriterEmitsAndNoOther() {
        Set<String> inSchema = new TreeSet<>();
        walk(SCHEMA_TREE, "#", (node, at) -> node.path("properties").propertyNames().forEach(inSchema::add));
        Set<String> emitted = new TreeSet<>();
        for (Register register : List.of(TestRegisters.maximal(), TestRegisters.alternatives(), TestRegisters.parties(),
                TestRegisters.dataFlows(), acknowledged())) {
            collectNames(JSON.readTree(RegisterWriter.write(register, RegisterFormat.JSON)), emitted);
        }
        collectNames(JSON.readTree(RegisterWriter.write(TaxonomyReferencesTest.referring(), RegisterFormat.JSON,
                Taxonomy.defaults())), emitted);
        emitted.add("$schema"); // for editors; read and ignored, never written
        assertEquals(inSchema, emitted);
    }

    /** A register that states it has no DPO and acknowledges a finding, which the other test registers do not. */
    private static Register acknowledged() {
        return TestRegisters.alternatives().toBuilder().noDataProtectionOfficer("Art. 37 does not apply")
                .acknowledgement(fi.rekisteri.core.Acknowledgement.of("dpo.missing", "dataProtectionOfficer",
                        "Art. 37 does not apply", "Privacy team", java.time.LocalDate.of(2026, 11, 30)))
                .build();
    }

    @Test
    void listsTheModelsCodesInItsEnumerations() {
        assertEquals(codes(Sensitivity.values(), Sensitivity::code),
                enumAt("/$defs/dataCategory/properties/sensitivities/items/enum"));
        assertEquals(codes(SpecialCategoryCondition.values(), SpecialCategoryCondition::code),
                enumAt("/$defs/purpose/properties/specialCategoryCondition/enum"));
        assertEquals(codes(IdentityCodeGround.values(), IdentityCodeGround::code),
                enumAt("/$defs/purpose/properties/identityCodeGround/enum"));
        assertEquals(codes(RecipientRole.values(), RecipientRole::code),
                enumAt("/$defs/disclosure/properties/role/enum"));
        assertEquals(codes(Safeguard.values(), Safeguard::code), enumAt("/$defs/transfer/properties/safeguard/enum"));
        assertEquals(codes(Topic.values(), Topic::code),
                new TreeSet<>(SCHEMA_TREE.at("/properties/introductions/properties").propertyNames()));
        Set<String> bases = enumAt("/$defs/legalBasis/oneOf/0/enum");
        assertEquals(new TreeSet<>(Coded.codes(LegalBasis.Kind.class)), bases);
        assertEquals(bases, enumAt("/$defs/legalBasis/oneOf/1/properties/type/enum"));
    }

    @Test
    void namesEveryVariantByItsKindsCode() {
        assertEquals(new TreeSet<>(Coded.codes(Source.Kind.class)), typesAt("/$defs/source"));
        assertEquals(new TreeSet<>(Coded.codes(Transfers.Kind.class)), typesAt("/$defs/transfers"));
        assertEquals(new TreeSet<>(Coded.codes(AutomatedDecisionMaking.Kind.class)), typesAt("/$defs/automatedDecisionMaking"));
    }

    /** The values of {@code type} over the branches of a {@code oneOf}, whether each gives an enum or a const. */
    private static Set<String> typesAt(String pointer) {
        JsonNode branches = SCHEMA_TREE.at(pointer + "/oneOf");
        assertTrue(branches.isArray(), pointer);
        Set<String> types = new TreeSet<>();
        branches.forEach(branch -> {
            JsonNode type = branch.path("properties").path("type");
            if (type.has("const")) {
                types.add(type.get("const").asString());
            } else {
                type.path("enum").forEach(v -> types.add(v.asString()));
            }
        });
        return types;
    }

    private static <E> Set<String> codes(E[] values, Function<E, String> code) {
        return Arrays.stream(values).map(code).collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> enumAt(String pointer) {
        JsonNode node = SCHEMA_TREE.at(pointer);
        assertTrue(node.isArray(), pointer);
        Set<String> values = new TreeSet<>();
        node.forEach(v -> values.add(v.asString()));
        return values;
    }

    private static void collectNames(JsonNode node, Set<String> names) {
        if (node.isObject()) {
            node.properties().forEach(e -> {
                names.add(e.getKey());
                collectNames(e.getValue(), names);
            });
        } else if (node.isArray()) {
            node.forEach(item -> collectNames(item, names));
        }
    }

    private interface Visitor {
        void visit(JsonNode schema, String at);
    }

    /** Visits every subschema: those under properties, $defs, items and the combinators. */
    private static void walk(JsonNode schema, String at, Visitor visitor) {
        if (!schema.isObject()) {
            return;
        }
        visitor.visit(schema, at);
        for (String container : List.of("properties", "$defs")) {
            schema.path(container).properties()
                    .forEach(e -> walk(e.getValue(), at + "/" + container + "/" + e.getKey(), visitor));
        }
        walk(schema.path("items"), at + "/items", visitor);
        for (String combinator : List.of("oneOf", "anyOf", "allOf")) {
            JsonNode list = schema.path(combinator);
            for (int i = 0; i < list.size(); i++) {
                walk(list.get(i), at + "/" + combinator + "/" + i, visitor);
            }
        }
    }
}
