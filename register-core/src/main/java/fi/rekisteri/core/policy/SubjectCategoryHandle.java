package fi.rekisteri.core.policy;

import fi.rekisteri.core.DataSubjectCategory;

/** A data subject category resolved by one {@link PurposePolicy}; valid only with the policy that issued it. */
public final class SubjectCategoryHandle extends Handle<DataSubjectCategory> {

    SubjectCategoryHandle(PurposePolicy policy, int index, DataSubjectCategory category) {
        super(policy, index, category, DataSubjectCategory::key);
    }

    /** The subject category as the register declares it. */
    public DataSubjectCategory category() {
        return part;
    }
}
