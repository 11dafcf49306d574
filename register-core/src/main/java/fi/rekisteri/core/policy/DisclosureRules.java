package fi.rekisteri.core.policy;

import fi.rekisteri.core.Disclosure;
import fi.rekisteri.core.Register;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** The register's disclosures compiled to bit sets: per recipient, the categories disclosed and purposes served. */
final class DisclosureRules {

    @SuppressWarnings("ArrayRecordComponent") // private bit sets, read by index and never compared
    private record Rule(long[] categories, long[] purposes) {}

    private final PurposePolicy policy;
    private final String register;
    private final Map<String, Rule> byRecipient = new HashMap<>();

    DisclosureRules(PurposePolicy policy, Register register, CategoryTree tree) {
        this.policy = policy;
        this.register = register.key();
        int purposeCount = register.purposes().size();
        for (Disclosure disclosure : register.disclosures()) {
            long[] purposes = Bits.of(purposeCount);
            for (String key : disclosure.purposes()) {
                Bits.set(purposes, policy.purposeHandle(key).orElseThrow().index);
            }
            byRecipient.put(disclosure.key(), new Rule(tree.closure(disclosure.categories()), purposes));
        }
    }

    Decision check(String purposeKey, String categoryKey, String recipientKey) {
        Optional<PurposeHandle> purpose = policy.purposeHandle(purposeKey);
        if (purpose.isEmpty()) {
            return policy.unknownPurpose(purposeKey, categoryKey);
        }
        Optional<CategoryHandle> category = policy.categoryHandle(categoryKey);
        if (category.isEmpty()) {
            return policy.unknownCategory(purposeKey, categoryKey);
        }
        Rule rule = byRecipient.get(recipientKey);
        if (rule == null) {
            return denied(DenialReason.UNKNOWN_RECIPIENT, purposeKey, categoryKey, recipientKey);
        }
        if (!purpose.get().mayUse(category.get())) {
            return purpose.get().notCovered(category.get());
        }
        if (!Bits.get(rule.categories(), category.get().index)) {
            return denied(DenialReason.NOT_DISCLOSED, purposeKey, categoryKey, recipientKey);
        }
        if (!Bits.get(rule.purposes(), purpose.get().index)) {
            return denied(DenialReason.PURPOSE_NOT_SERVED, purposeKey, categoryKey, recipientKey);
        }
        return Decision.allowed();
    }

    private Decision denied(DenialReason code, String purpose, String category, String recipient) {
        return new Decision.Denied(code, register, purpose, category, recipient);
    }
}
