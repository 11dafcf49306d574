package fi.rekisteri.benchmarks;

import fi.rekisteri.core.ContactDetails;
import fi.rekisteri.core.DataCategory;
import fi.rekisteri.core.LegalBasis;
import fi.rekisteri.core.LocalizedText;
import fi.rekisteri.core.Organisation;
import fi.rekisteri.core.Purpose;
import fi.rekisteri.core.Register;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.Objects;

/**
 * The data every engine is measured on: a generated register (purposes granted categories in a 4-level hierarchy)
 * and the same fixed sequence of allowed and denied (purpose, category) questions. Deterministic for a size.
 */
final class Workload {

    static final int PURPOSES = 50;
    static final int GRANTS_PER_PURPOSE = 3;
    /** Questions per sequence; a power of two so that a cursor wraps with a mask. */
    static final int QUESTIONS = 1024;
    static final int MASK = QUESTIONS - 1;

    final Register register;
    final List<String> categories;
    final int[] parent;
    final Map<String, Integer> categoryIndex = new HashMap<>();
    final List<String> purposes = new ArrayList<>();
    /** Per purpose, the category keys it is granted directly. */
    final List<List<String>> grants = new ArrayList<>();
    final boolean[] consentBased = new boolean[PURPOSES];

    final int[] allowedPurpose = new int[QUESTIONS];
    final int[] allowedCategory = new int[QUESTIONS];
    final int[] deniedPurpose = new int[QUESTIONS];
    final int[] deniedCategory = new int[QUESTIONS];

    private Workload(int categoryCount, long seed) {
        Random random = new Random(seed);
        this.categories = generateCategories(categoryCount);
        this.parent = new int[categories.size()];
        for (int i = 0; i < categories.size(); i++) {
            categoryIndex.put(categories.get(i), i);
            String key = categories.get(i);
            int dot = key.lastIndexOf('.');
            parent[i] = dot < 0 ? -1 : Objects.requireNonNull(categoryIndex.get(key.substring(0, dot)), key);
        }
        List<Integer> grantable = new ArrayList<>();
        for (int i = 0; i < categories.size(); i++) {
            if (depth(i) < 3) {
                grantable.add(i);
            }
        }

        Register.Builder builder = Register.builder("benchmark", LocalizedText.en("Generated register"),
                Organisation.of("Benchmark Oy", ContactDetails.none()));
        categories.forEach(key -> builder.dataCategory(DataCategory.of(key, LocalizedText.en(key))));
        for (int p = 0; p < PURPOSES; p++) {
            String key = "purpose-" + p;
            purposes.add(key);
            Set<String> granted = new HashSet<>();
            while (granted.size() < Math.min(GRANTS_PER_PURPOSE, grantable.size())) {
                granted.add(categories.get(grantable.get(random.nextInt(grantable.size()))));
            }
            List<String> grantList = List.copyOf(granted);
            grants.add(grantList);
            consentBased[p] = p % 5 == 0;
            Purpose.Builder purpose = Purpose.builder(key, LocalizedText.en(key))
                    .legalBasis(consentBased[p] ? LegalBasis.consent(LocalizedText.en("unsubscribe link"))
                            : LegalBasis.contract())
                    .categories(grantList.toArray(String[]::new));
            if (p % 7 == 0) {
                purpose.directMarketing();
            }
            builder.purpose(purpose.build());
        }
        this.register = builder.build();

        // Questions about the deepest categories: what application code asks about (contact.email.work.primary),
        // and the case a hierarchy walk pays most for.
        List<Integer> leaves = new ArrayList<>();
        Set<Integer> parents = new HashSet<>();
        for (int p : parent) {
            parents.add(p);
        }
        for (int i = 0; i < categories.size(); i++) {
            if (!parents.contains(i)) {
                leaves.add(i);
            }
        }
        int allowed = 0;
        int denied = 0;
        while (allowed < QUESTIONS || denied < QUESTIONS) {
            int p = random.nextInt(PURPOSES);
            int c = leaves.get(random.nextInt(leaves.size()));
            if (covers(p, c)) {
                if (allowed < QUESTIONS) {
                    allowedPurpose[allowed] = p;
                    allowedCategory[allowed++] = c;
                }
            } else if (denied < QUESTIONS) {
                deniedPurpose[denied] = p;
                deniedCategory[denied++] = c;
            }
        }
    }

    /** The workload of a size: {@code categoryCount} categories in 4 levels and 50 purposes. */
    static Workload of(int categoryCount) {
        return new Workload(categoryCount, 20_260_525L + categoryCount);
    }

    int depth(int category) {
        int depth = 0;
        for (int i = parent[category]; i >= 0; i = parent[i]) {
            depth++;
        }
        return depth;
    }

    /** Whether purpose p is granted category c or one of its ancestors: the reference answer. */
    boolean covers(int p, int c) {
        for (int i = c; i >= 0; i = parent[i]) {
            if (grants.get(p).contains(categories.get(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@code count} category keys in a 4-level tree, breadth first so that every parent precedes its children:
     * {@code d3}, {@code d3.f1}, {@code d3.f1.f4}, {@code d3.f1.f4.f2}. The branching factor is the smallest that
     * reaches {@code count} within four levels.
     */
    static List<String> generateCategories(int count) {
        int branching = 1;
        while (branching + branching * branching + Math.pow(branching, 3) + Math.pow(branching, 4) < count) {
            branching++;
        }
        List<String> keys = new ArrayList<>(count);
        List<String> level = new ArrayList<>();
        for (int i = 0; i < branching && keys.size() < count; i++) {
            level.add("d" + i);
            keys.add("d" + i);
        }
        for (int depth = 1; depth < 4 && keys.size() < count; depth++) {
            List<String> next = new ArrayList<>();
            for (String parentKey : level) {
                for (int i = 0; i < branching && keys.size() < count; i++) {
                    String key = parentKey + ".f" + i;
                    next.add(key);
                    keys.add(key);
                }
            }
            level = next;
        }
        return keys;
    }
}
