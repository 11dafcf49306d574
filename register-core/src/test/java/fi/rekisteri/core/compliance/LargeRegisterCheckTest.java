package fi.rekisteri.core.compliance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fi.rekisteri.core.ContactDetails;
import fi.rekisteri.core.DataCategory;
import fi.rekisteri.core.LegalBasis;
import fi.rekisteri.core.LocalizedText;
import fi.rekisteri.core.Organisation;
import fi.rekisteri.core.Purpose;
import fi.rekisteri.core.Register;
import fi.rekisteri.core.Sensitivity;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Registers of the sizes that took over 30 s to check while the check scanned every category per category: the
 * check is linear now, so these run in well under a second each. Nothing here measures time (the benchmark in
 * {@code examples/benchmarks} does); the tests show the check still finds what it should at this size.
 */
class LargeRegisterCheckTest {

    /** {@code count} keys in a 4-level tree, every parent before its children: {@code c0}, {@code c0.c1}, .... */
    private static List<String> keys(int count) {
        List<String> keys = new ArrayList<>(count);
        List<String> level = new ArrayList<>();
        for (int i = 0; i < 16 && keys.size() < count; i++) {
            level.add("c" + i);
            keys.add("c" + i);
        }
        while (keys.size() < count) {
            List<String> next = new ArrayList<>();
            for (String parent : level) {
                for (int i = 0; i < 16 && keys.size() < count; i++) {
                    next.add(parent + ".c" + i);
                    keys.add(parent + ".c" + i);
                }
            }
            level = next;
        }
        return keys;
    }

    private static Register.Builder register(List<String> keys) {
        Register.Builder builder = Register.builder("large", LocalizedText.fi("Suuri rekisteri"),
                Organisation.of("Esimerkki Oy", ContactDetails.none()));
        for (int i = 0; i < keys.size(); i++) {
            DataCategory category = DataCategory.of(keys.get(i), LocalizedText.fi("Tietoryhmä " + i));
            builder.dataCategory(i % 1_000 == 999 ? category.with(Sensitivity.SPECIAL_CATEGORY) : category);
        }
        return builder;
    }

    @Test
    void sixtyThousandCategoriesWithoutRetentionEachGetAFinding() {
        List<String> keys = keys(60_000);
        ComplianceReport report = Compliance.check(register(keys).build(), DocumentType.ART_13_NOTICE);

        List<Finding> retention = report.findings(Rule.DATA_CATEGORY_RETENTION);
        assertEquals(60_000, retention.size());
        assertEquals("dataCategories[59999]", retention.get(59_999).path());
        // No purpose uses anything: each special-category flag is reported where it is set (none inherits one).
        assertEquals(60, report.findings(Rule.SPECIAL_CATEGORY_CONDITION).size());
    }

    @Test
    void onePurposeNamingFortyThousandCategories() {
        List<String> keys = keys(60_000);
        // The 40,000 categories after the first 20,000: the deepest level, and none of their parents.
        List<String> named = keys.subList(20_000, 60_000);
        Register register = register(keys)
                .purpose(Purpose.builder("everything", LocalizedText.fi("Kaikki"))
                        .legalBasis(LegalBasis.contract())
                        .categories(named.toArray(String[]::new))
                        .build())
                .build();

        assertEquals(40_000, register.categoriesCoveredBy(register.purposes().get(0)).size());
        ComplianceReport report = Compliance.check(register, DocumentType.ART_13_NOTICE);

        // The purpose uses special-category data without an Art. 9(2) condition.
        List<Finding> special = report.findings(Rule.SPECIAL_CATEGORY_CONDITION);
        assertEquals("purposes[0].specialCategoryCondition", special.get(0).path());
        // Of the 60 flagged categories (every 1,000th), the 40 named are used, and so are two at level 3 with named
        // children (1999, 2999); the other 18 (999, 3999, then 4999 to 19999) are used by no purpose at all.
        assertEquals(1 + 18, special.size());
        assertEquals(60_000, report.findings(Rule.DATA_CATEGORY_RETENTION).size());
    }
}
