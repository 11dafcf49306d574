package fi.rekisteri.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CategoryHierarchyTest {

    /** Children before and after their parents, siblings apart: the order the hierarchy must keep. */
    private static final Register REGISTER = Register.builder("customers", LocalizedText.fi("Asiakasrekisteri"),
                    Organisation.of("Esimerkki Oy", ContactDetails.none()))
            .dataCategory(category("contact"))
            .dataCategory(category("contact.phone"))
            .dataCategory(category("history"))
            .dataCategory(category("contact.email"))
            .dataCategory(category("contact.email.work"))
            .dataCategory(category("history.orders"))
            .dataCategory(category("contact.email.home"))
            .dataCategory(category("contacts"))
            .build();

    private static final CategoryHierarchy HIERARCHY = REGISTER.categoryHierarchy();

    private static DataCategory category(String key) {
        return DataCategory.of(key, LocalizedText.fi(key));
    }

    private static List<String> keys(List<DataCategory> categories) {
        return categories.stream().map(DataCategory::key).toList();
    }

    @Test
    void isBuiltOnceWithTheRegister() {
        assertSame(HIERARCHY, REGISTER.categoryHierarchy());
        assertEquals(REGISTER.dataCategories(), HIERARCHY.categories());
        assertEquals(8, HIERARCHY.size());
    }

    @Test
    void listsTopLevelCategoriesAndChildrenInRegisterOrder() {
        assertEquals(List.of("contact", "history", "contacts"), keys(HIERARCHY.topLevel()));
        assertEquals(List.of("contact.phone", "contact.email"), keys(HIERARCHY.childrenOf("contact")));
        assertEquals(List.of("contact.email.work", "contact.email.home"), keys(HIERARCHY.childrenOf("contact.email")));
        assertEquals(List.of(), HIERARCHY.childrenOf("contact.phone"));
        assertEquals(keys(HIERARCHY.childrenOf("contact")), keys(REGISTER.childrenOf("contact")));
    }

    @Test
    void findsParentAndAncestorsNearestFirst() {
        assertEquals(Optional.of("contact.email"), HIERARCHY.parentOf("contact.email.home").map(DataCategory::key));
        assertEquals(Optional.empty(), HIERARCHY.parentOf("contact"));
        assertEquals(List.of("contact.email", "contact"), keys(HIERARCHY.ancestorsOf("contact.email.home")));
        assertEquals(List.of(), HIERARCHY.ancestorsOf("history"));
    }

    @Test
    void listsDescendantsInRegisterOrder() {
        assertEquals(List.of("contact.phone", "contact.email", "contact.email.work", "contact.email.home"),
                keys(HIERARCHY.descendantsOf("contact")));
        assertEquals(List.of(), HIERARCHY.descendantsOf("contacts"));
    }

    @Test
    void knowsIndicesParentsAndDepths() {
        int home = HIERARCHY.indexOf("contact.email.home");
        assertEquals(6, home);
        assertEquals(3, HIERARCHY.parentIndex(home));
        assertEquals(0, HIERARCHY.parentIndex(3));
        assertEquals(-1, HIERARCHY.parentIndex(0));
        assertEquals(3, HIERARCHY.depth(home));
        assertEquals(1, HIERARCHY.depth(0));
        assertEquals(-1, HIERARCHY.indexOf("fax"));
        assertThrows(IndexOutOfBoundsException.class, () -> HIERARCHY.depth(8));
    }

    @Test
    void liesWithinItselfAndItsAncestorsOnly() {
        assertTrue(HIERARCHY.isWithin("contact.email", "contact.email"));
        assertTrue(HIERARCHY.isWithin("contact.email.work", "contact"));
        assertFalse(HIERARCHY.isWithin("contact", "contact.email"));
        assertFalse(HIERARCHY.isWithin("contacts", "contact"));
        assertFalse(HIERARCHY.isWithin("contact.phone", "contact.email"));
        assertFalse(HIERARCHY.isWithin("fax", "contact"));
        assertFalse(HIERARCHY.isWithin("contact", "fax"));
    }

    @Test
    void coversWhatIsNamedAndEverythingUnderItOnceInRegisterOrder() {
        assertEquals(List.of("history", "contact.email", "contact.email.work", "history.orders", "contact.email.home"),
                keys(HIERARCHY.coveredBy(List.of("history", "contact.email.home", "contact.email"))));
        assertEquals(List.of(), HIERARCHY.coveredBy(List.of()));
        assertEquals(List.of("contacts"), keys(HIERARCHY.coveredBy(List.of("contacts", "fax"))));
    }

    @Test
    void answersForAWideAndDeepRegisterWithoutRecursion() {
        // 32 levels, and 20,000 children under one parent.
        Register.Builder builder = Register.builder("wide", LocalizedText.fi("Leveä"),
                Organisation.of("Esimerkki Oy", ContactDetails.none()));
        List<String> chain = new ArrayList<>();
        String key = "a";
        for (int depth = 1; depth <= CategoryHierarchy.MAX_DEPTH; depth++) {
            chain.add(key);
            builder.dataCategory(category(key));
            key = key + ".a";
        }
        for (int i = 0; i < 20_000; i++) {
            builder.dataCategory(category("a.c" + i));
        }
        CategoryHierarchy hierarchy = builder.build().categoryHierarchy();
        String deepest = chain.get(chain.size() - 1);
        assertEquals(CategoryHierarchy.MAX_DEPTH, hierarchy.depth(hierarchy.indexOf(deepest)));
        assertEquals(CategoryHierarchy.MAX_DEPTH - 1, hierarchy.ancestorsOf(deepest).size());
        assertTrue(hierarchy.isWithin(deepest, "a"));
        assertEquals(20_001, hierarchy.childrenOf("a").size());
        assertEquals(hierarchy.size() - 1, hierarchy.descendantsOf("a").size());
        assertEquals(hierarchy.categories(), hierarchy.coveredBy(List.of("a", "a.c7", deepest)));
    }
}
