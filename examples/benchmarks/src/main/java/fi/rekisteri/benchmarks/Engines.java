package fi.rekisteri.benchmarks;

import com.cedarpolicy.BasicAuthorizationEngine;
import com.cedarpolicy.model.AuthorizationRequest;
import com.cedarpolicy.model.AuthorizationResponse;
import com.cedarpolicy.model.Context;
import com.cedarpolicy.model.entity.Entity;
import com.cedarpolicy.model.policy.PolicySet;
import com.cedarpolicy.value.EntityTypeName;
import com.cedarpolicy.value.EntityUID;
import fi.rekisteri.core.policy.CategoryHandle;
import fi.rekisteri.core.policy.PurposeHandle;
import fi.rekisteri.core.policy.PurposePolicy;
import fi.rekisteri.core.policy.SubjectId;
import fi.rekisteri.core.policy.SubjectState;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.casbin.jcasbin.main.CachedEnforcer;
import org.casbin.jcasbin.main.Enforcer;
import org.casbin.jcasbin.model.Model;
import java.util.Objects;

/** Each engine built from a {@link Workload}, with the questions in the form the engine takes them. */
final class Engines {

    private Engines() {}

    /** Rekisteri's policy: questions as handles and as keys, and a subject state that allows every purpose. */
    static final class Rekisteri {
        final PurposePolicy policy;
        final PurposeHandle[] allowedPurpose = new PurposeHandle[Workload.QUESTIONS];
        final CategoryHandle[] allowedCategory = new CategoryHandle[Workload.QUESTIONS];
        final PurposeHandle[] deniedPurpose = new PurposeHandle[Workload.QUESTIONS];
        final CategoryHandle[] deniedCategory = new CategoryHandle[Workload.QUESTIONS];
        final String[] allowedPurposeKey = new String[Workload.QUESTIONS];
        final String[] allowedCategoryKey = new String[Workload.QUESTIONS];
        final String[] deniedPurposeKey = new String[Workload.QUESTIONS];
        final String[] deniedCategoryKey = new String[Workload.QUESTIONS];
        final SubjectState state;

        Rekisteri(Workload w) {
            policy = PurposePolicy.compile(w.register);
            keys(w, allowedPurposeKey, allowedCategoryKey, deniedPurposeKey, deniedCategoryKey);
            for (int i = 0; i < Workload.QUESTIONS; i++) {
                allowedPurpose[i] = policy.purpose(allowedPurposeKey[i]);
                allowedCategory[i] = policy.category(allowedCategoryKey[i]);
                deniedPurpose[i] = policy.purpose(deniedPurposeKey[i]);
                deniedCategory[i] = policy.category(deniedCategoryKey[i]);
            }
            SubjectState.Builder builder = SubjectState.builder(SubjectId.of("customer-4711"));
            for (int p = 0; p < Workload.PURPOSES; p++) {
                if (w.consentBased[p]) {
                    builder.consentGiven(w.purposes.get(p), Instant.parse("2026-01-01T00:00:00Z"));
                }
            }
            state = builder.build();
            Checks.agree(w, (p, c) -> policy.check(policy.purpose(p), policy.category(c)).isAllowed(), "rekisteri");
        }
    }

    /** The naive map-and-walk check, with the questions as keys. */
    static final class Naive {
        final NaivePolicy policy;
        final String[] allowedPurpose = new String[Workload.QUESTIONS];
        final String[] allowedCategory = new String[Workload.QUESTIONS];
        final String[] deniedPurpose = new String[Workload.QUESTIONS];
        final String[] deniedCategory = new String[Workload.QUESTIONS];

        Naive(Workload w) {
            policy = new NaivePolicy(w.purposes, w.grants);
            keys(w, allowedPurpose, allowedCategory, deniedPurpose, deniedCategory);
            Checks.agree(w, policy::mayUse, "naive");
        }
    }

    /** The floor: one {@code long[]} of covered categories per purpose, and the questions as ints. */
    static final class Floor {
        final long[][] covered;

        Floor(Workload w) {
            covered = new long[Workload.PURPOSES][(w.categories.size() + 63) >>> 6];
            for (int p = 0; p < Workload.PURPOSES; p++) {
                for (int c = 0; c < w.categories.size(); c++) {
                    if (w.covers(p, c)) {
                        covered[p][c >>> 6] |= 1L << c;
                    }
                }
            }
        }

        boolean mayUse(int purpose, int category) {
            return (covered[purpose][category >>> 6] & (1L << category)) != 0;
        }
    }

    /**
     * jCasbin: a grant is a policy line {@code p, purpose, category, use}; the hierarchy is role inheritance
     * {@code g, child, parent}, so that {@code g(r.obj, p.obj)} holds for a category under a granted one.
     */
    static final class Casbin {
        static final String MODEL = """
                [request_definition]
                r = sub, obj, act

                [policy_definition]
                p = sub, obj, act

                [role_definition]
                g = _, _

                [policy_effect]
                e = some(where (p.eft == allow))

                [matchers]
                m = r.sub == p.sub && g(r.obj, p.obj) && r.act == p.act
                """;

        final Enforcer enforcer;
        final String[] allowedPurpose = new String[Workload.QUESTIONS];
        final String[] allowedCategory = new String[Workload.QUESTIONS];
        final String[] deniedPurpose = new String[Workload.QUESTIONS];
        final String[] deniedCategory = new String[Workload.QUESTIONS];

        Casbin(Workload w, boolean cached) {
            Model model = Model.newModelFromString(MODEL);
            enforcer = cached ? new CachedEnforcer(model) : new Enforcer(model);
            enforcer.enableLog(false);
            List<List<String>> policies = new ArrayList<>();
            for (int p = 0; p < Workload.PURPOSES; p++) {
                for (String category : w.grants.get(p)) {
                    policies.add(List.of(w.purposes.get(p), category, "use"));
                }
            }
            enforcer.addPolicies(policies);
            List<List<String>> links = new ArrayList<>();
            for (int c = 0; c < w.categories.size(); c++) {
                if (w.parent[c] >= 0) {
                    links.add(List.of(w.categories.get(c), w.categories.get(w.parent[c])));
                }
            }
            enforcer.addGroupingPolicies(links);
            keys(w, allowedPurpose, allowedCategory, deniedPurpose, deniedCategory);
            Checks.agreeOnQuestions(w, (p, c) -> enforcer.enforce(p, c, "use"), "jcasbin");
        }

        boolean mayUse(String purpose, String category) {
            return enforcer.enforce(purpose, category, "use");
        }
    }

    /**
     * Cedar: purposes are principals, categories resources whose parents are their ancestors; a grant is
     * {@code permit(principal == Purpose::"p", action == Action::"use", resource in Category::"c")}. The policy set
     * is cached in the native library, and each category's entity slice (itself and its ancestors) is built once.
     */
    static final class Cedar {
        private static final EntityTypeName PURPOSE = EntityTypeName.parse("Purpose").orElseThrow();
        private static final EntityTypeName CATEGORY = EntityTypeName.parse("Category").orElseThrow();
        private static final EntityTypeName ACTION = EntityTypeName.parse("Action").orElseThrow();

        final BasicAuthorizationEngine engine = new BasicAuthorizationEngine();
        final PolicySet policies;
        final EntityUID use = ACTION.of("use");
        final Context context = new Context();
        final EntityUID[] purposeUid;
        final EntityUID[] categoryUid;
        final List<Set<Entity>> slices = new ArrayList<>();
        final int[] allowedPurpose;
        final int[] allowedCategory;
        final int[] deniedPurpose;
        final int[] deniedCategory;

        Cedar(Workload w) throws Exception {
            StringBuilder text = new StringBuilder();
            for (int p = 0; p < Workload.PURPOSES; p++) {
                for (String category : w.grants.get(p)) {
                    text.append("permit(principal == Purpose::\"").append(w.purposes.get(p))
                            .append("\", action == Action::\"use\", resource in Category::\"").append(category)
                            .append("\");\n");
                }
            }
            policies = PolicySet.parsePolicies(text.toString());
            policies.cache();
            purposeUid = new EntityUID[Workload.PURPOSES];
            for (int p = 0; p < Workload.PURPOSES; p++) {
                purposeUid[p] = PURPOSE.of(w.purposes.get(p));
            }
            categoryUid = new EntityUID[w.categories.size()];
            for (int c = 0; c < w.categories.size(); c++) {
                categoryUid[c] = CATEGORY.of(w.categories.get(c));
            }
            for (int c = 0; c < w.categories.size(); c++) {
                Set<Entity> slice = new HashSet<>();
                for (int i = c; i >= 0; i = w.parent[i]) {
                    Set<EntityUID> ancestors = new HashSet<>();
                    for (int a = w.parent[i]; a >= 0; a = w.parent[a]) {
                        ancestors.add(categoryUid[a]);
                    }
                    slice.add(new Entity(categoryUid[i], ancestors));
                }
                slices.add(slice);
            }
            allowedPurpose = w.allowedPurpose;
            allowedCategory = w.allowedCategory;
            deniedPurpose = w.deniedPurpose;
            deniedCategory = w.deniedCategory;
            Checks.agreeOnQuestions(w, (p, c) -> {
                try {
                    return mayUse(w.purposes.indexOf(p), Objects.requireNonNull(w.categoryIndex.get(c), c));
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }, "cedar");
        }

        boolean mayUse(int purpose, int category) throws Exception {
            AuthorizationRequest request =
                    new AuthorizationRequest(purposeUid[purpose], use, categoryUid[category], context);
            AuthorizationResponse response = engine.isAuthorized(request, policies, slices.get(category));
            return response.success.orElseThrow().isAllowed();
        }
    }

    private static void keys(Workload w, String[] allowedPurpose, String[] allowedCategory, String[] deniedPurpose,
            String[] deniedCategory) {
        for (int i = 0; i < Workload.QUESTIONS; i++) {
            allowedPurpose[i] = w.purposes.get(w.allowedPurpose[i]);
            allowedCategory[i] = w.categories.get(w.allowedCategory[i]);
            deniedPurpose[i] = w.purposes.get(w.deniedPurpose[i]);
            deniedCategory[i] = w.categories.get(w.deniedCategory[i]);
        }
    }
}
