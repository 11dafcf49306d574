package fi.rekisteri.core.policy;

import fi.rekisteri.core.LegalBasis;
import fi.rekisteri.core.Purpose;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A purpose resolved by one {@link PurposePolicy}, carrying the closure of the categories it may use as a bit set.
 * {@link #mayUse(CategoryHandle)} is a bit test. Valid only with the policy that issued it.
 */
public final class PurposeHandle extends Handle<Purpose> {

    final boolean consentBased;
    final boolean directMarketing;
    private final long[] covered;
    private final long[] subjects;

    final Decision.Denied noConsent;
    final Decision.Denied consentWithdrawn;
    final Decision.Denied objected;
    final Decision.Denied restricted;

    /*
     * Denials of categories this purpose does not cover, made on first use so that a repeated denial does not
     * allocate. Racy on purpose: Denied is immutable with final fields, so a reader sees null or a whole one, and a
     * lost write only costs one more allocation.
     */
    private Decision.Denied @Nullable [] notCovered;

    PurposeHandle(PurposePolicy policy, int index, Purpose purpose, long[] covered, long[] subjects) {
        super(policy, index, purpose, Purpose::key);
        this.covered = covered;
        this.subjects = subjects;
        this.consentBased = purpose.legalBasis().orElse(null) instanceof LegalBasis.Consent;
        this.directMarketing = purpose.directMarketing();
        String register = policy.registerKey();
        this.noConsent = new Decision.Denied(DenialReason.NO_CONSENT, register, purpose.key(), "", "");
        this.consentWithdrawn = new Decision.Denied(DenialReason.CONSENT_WITHDRAWN, register, purpose.key(), "", "");
        this.objected =
                new Decision.Denied(DenialReason.OBJECTED_TO_DIRECT_MARKETING, register, purpose.key(), "", "");
        this.restricted = new Decision.Denied(DenialReason.RESTRICTED, register, purpose.key(), "", "");
    }

    /** The purpose as the register declares it. */
    public Purpose purpose() {
        return part;
    }

    /** Whether the purpose's legal basis is the subject's consent, so that it needs a live one. */
    public boolean isConsentBased() {
        return consentBased;
    }

    /**
     * Whether the register lets this purpose use the category: the purpose names it or a category above it.
     *
     * @throws IllegalArgumentException if the handle comes from another policy
     */
    public boolean mayUse(CategoryHandle category) {
        Objects.requireNonNull(category, "category");
        category.requireIssuedBy(policy);
        int i = category.index;
        return (covered[i >>> 6] & (1L << i)) != 0;
    }

    /**
     * Whether the purpose concerns the group of subjects: it names the group, or names none and so concerns all.
     *
     * @throws IllegalArgumentException if the handle comes from another policy
     */
    public boolean concerns(SubjectCategoryHandle subjectCategory) {
        Objects.requireNonNull(subjectCategory, "subjectCategory");
        subjectCategory.requireIssuedBy(policy);
        return Bits.get(subjects, subjectCategory.index);
    }

    /** {@link #mayUse} as a decision; the same as {@code policy.check(this, category)}. */
    public Decision check(CategoryHandle category) {
        Objects.requireNonNull(category, "category");
        return mayUse(category) ? Decision.allowed() : notCovered(category);
    }

    Decision.Denied notCovered(CategoryHandle category) {
        Decision.Denied[] row = notCovered;
        if (row == null) {
            row = new Decision.Denied[policy.categoryCount()];
            notCovered = row;
        }
        Decision.Denied denied = row[category.index];
        if (denied == null) {
            denied = new Decision.Denied(DenialReason.NOT_COVERED, policy.registerKey(), key(),
                    category.key(), "");
            row[category.index] = denied;
        }
        return denied;
    }
}
