package fi.rekisteri.core.policy;

import fi.rekisteri.core.DataCategory;

/**
 * A data category resolved by one {@link PurposePolicy}: a small integer that the checks test as a bit. Valid only
 * with the policy that issued it.
 */
public final class CategoryHandle extends Handle<DataCategory> {

    CategoryHandle(PurposePolicy policy, int index, DataCategory category) {
        super(policy, index, category, DataCategory::key);
    }

    /** The category as the register declares it. */
    public DataCategory category() {
        return part;
    }
}
