package fi.rekisteri.core.compliance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fi.rekisteri.core.ContactDetails;
import fi.rekisteri.core.DataCategory;
import fi.rekisteri.core.LegalBasis;
import fi.rekisteri.core.LocalizedText;
import fi.rekisteri.core.Organisation;
import fi.rekisteri.core.Purpose;
import fi.rekisteri.core.Register;
import fi.rekisteri.core.Retention;
import fi.rekisteri.core.RetentionRule;
import fi.rekisteri.core.Sensitivity;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The check's category rules (sensitive data without a ground, purposes using sensitive data, categories without
 * retention) on random registers, against the definitions written out the slow way: by key prefixes and recursion
 * over every category, as the check computed them before the hierarchy was indexed.
 */
class CategoryRulesReferenceTest {

    private static final Set<Rule> CATEGORY_RULES = EnumSet.of(Rule.DATA_CATEGORY_RETENTION, Rule.IDENTITY_CODE_GROUND,
            Rule.SPECIAL_CATEGORY_CONDITION, Rule.CRIMINAL_DATA_AUTHORISATION);

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20})
    void findsWhatTheSlowDefinitionsFind(long seed) {
        Random random = new Random(seed);
        Register register = randomRegister(random);
        List<String> actual = Compliance.check(register, DocumentType.ART_13_NOTICE).findings().stream()
                .filter(f -> CATEGORY_RULES.contains(f.rule()))
                .map(f -> f.ruleId() + " " + f.path())
                .toList();
        assertEquals(reference(register), actual);
    }

    private static Register randomRegister(Random random) {
        Register.Builder builder = Register.builder("random", LocalizedText.fi("Satunnainen"),
                Organisation.of("Esimerkki Oy", ContactDetails.none()));
        List<String> keys = new ArrayList<>();
        List<DataCategory> categories = new ArrayList<>();
        int count = 5 + random.nextInt(60);
        for (int i = 0; i < count; i++) {
            String key = keys.isEmpty() || random.nextInt(4) == 0
                    ? "k" + i
                    : keys.get(random.nextInt(keys.size())) + ".k" + i;
            keys.add(key);
            DataCategory category = DataCategory.of(key, LocalizedText.fi(key));
            for (Sensitivity sensitivity : Sensitivity.values()) {
                if (random.nextInt(6) == 0) {
                    category = category.with(sensitivity);
                }
            }
            categories.add(category);
        }
        // Children before and after their parents alike.
        Collections.shuffle(categories, random);
        categories.forEach(builder::dataCategory);
        for (int p = 0, purposes = random.nextInt(4); p < purposes; p++) {
            builder.purpose(Purpose.builder("p" + p, LocalizedText.fi("p" + p))
                    .legalBasis(LegalBasis.contract())
                    .categories(some(keys, random).toArray(String[]::new))
                    .build());
        }
        for (int r = 0, rules = random.nextInt(4); r < rules; r++) {
            builder.retention(RetentionRule.of(Retention.criteria(LocalizedText.fi("kunnes tarpeeton")),
                    some(keys, random).toArray(String[]::new)));
        }
        return builder.build();
    }

    private static List<String> some(List<String> keys, Random random) {
        Set<String> chosen = new HashSet<>();
        for (int i = 0, n = 1 + random.nextInt(4); i < n; i++) {
            chosen.add(keys.get(random.nextInt(keys.size())));
        }
        return List.copyOf(chosen);
    }

    // ---- the slow definitions -------------------------------------------------------------------------------------

    private static List<String> reference(Register register) {
        List<String> findings = new ArrayList<>();
        for (int i = 0; i < register.purposes().size(); i++) {
            Purpose purpose = register.purposes().get(i);
            Set<Sensitivity> used = EnumSet.noneOf(Sensitivity.class);
            for (DataCategory category : register.dataCategories()) {
                if (purpose.categories().stream().anyMatch(key -> within(category.key(), key))) {
                    used.addAll(category.sensitivities());
                    used.addAll(fromAncestors(register, category.key()));
                }
            }
            String path = "purposes[" + i + "]";
            if (used.contains(Sensitivity.PERSONAL_IDENTITY_CODE)) {
                findings.add("identity-code.ground " + path + ".identityCodeGround");
            }
            if (used.contains(Sensitivity.SPECIAL_CATEGORY)) {
                findings.add("special-category.condition " + path + ".specialCategoryCondition");
            }
            if (used.contains(Sensitivity.CRIMINAL_OFFENCE)) {
                findings.add("criminal-data.authorisation " + path + ".criminalDataAuthorisation");
            }
        }
        Set<String> usedByPurposes = new HashSet<>();
        for (DataCategory category : register.dataCategories()) {
            for (Purpose purpose : register.purposes()) {
                if (purpose.categories().stream().anyMatch(key -> within(category.key(), key))) {
                    usedByPurposes.add(category.key());
                }
            }
        }
        Set<String> retained = new HashSet<>();
        register.retention().forEach(rule -> retained.addAll(rule.categories()));
        for (int i = 0; i < register.dataCategories().size(); i++) {
            DataCategory category = register.dataCategories().get(i);
            String path = "dataCategories[" + i + "]";
            if (usedByPurposes.stream().noneMatch(used -> within(used, category.key()))) {
                Set<Sensitivity> inherited = fromAncestors(register, category.key());
                for (Sensitivity sensitivity : category.sensitivities()) {
                    if (!inherited.contains(sensitivity)) {
                        findings.add(ruleFor(sensitivity) + " " + path);
                    }
                }
            }
            if (!hasRetention(register, category.key(), retained)) {
                findings.add("data-category.retention " + path);
            }
        }
        return findings;
    }

    private static String ruleFor(Sensitivity sensitivity) {
        return switch (sensitivity) {
            case PERSONAL_IDENTITY_CODE -> "identity-code.ground";
            case SPECIAL_CATEGORY -> "special-category.condition";
            case CRIMINAL_OFFENCE -> "criminal-data.authorisation";
        };
    }

    private static boolean within(String key, String ancestor) {
        return key.equals(ancestor) || key.startsWith(ancestor + ".");
    }

    private static Set<Sensitivity> fromAncestors(Register register, String key) {
        Set<Sensitivity> all = EnumSet.noneOf(Sensitivity.class);
        for (DataCategory other : register.dataCategories()) {
            if (!other.key().equals(key) && within(key, other.key())) {
                all.addAll(other.sensitivities());
            }
        }
        return all;
    }

    private static boolean hasRetention(Register register, String key, Set<String> retained) {
        if (retained.stream().anyMatch(rule -> within(key, rule))) {
            return true;
        }
        List<String> children = register.dataCategories().stream().map(DataCategory::key)
                .filter(k -> k.startsWith(key + ".") && k.indexOf('.', key.length() + 1) < 0)
                .toList();
        return !children.isEmpty() && children.stream().allMatch(child -> hasRetention(register, child, retained));
    }
}
