package fi.rekisteri.core.policy;

import fi.rekisteri.core.DataSubjectCategory;

/** A data subject category resolved by one {@link PurposePolicy}; valid only with the policy that issued it. */
public final class SubjectCategoryHandle {

    final PurposePolicy policy;
    final int index;
    private final DataSubjectCategory category;

    SubjectCategoryHandle(PurposePolicy policy, int index, DataSubjectCategory category) {
        this.policy = policy;
        this.index = index;
        this.category = category;
    }

    /** The subject category's key. */
    public String key() {
        return category.key();
    }

    /** The subject category's position in the register, from 0. */
    public int index() {
        return index;
    }

    /** The subject category as the register declares it. */
    public DataSubjectCategory category() {
        return category;
    }

    /** {@code SubjectCategoryHandle[customer#0]}. */
    @Override
    public String toString() {
        return "SubjectCategoryHandle[" + category.key() + "#" + index + "]";
    }
}
