package fi.rekisteri.core.policy;

import fi.rekisteri.core.DataCategory;

/**
 * A data category resolved by one {@link PurposePolicy}: a small integer that the checks test as a bit. Valid only
 * with the policy that issued it.
 */
public final class CategoryHandle {

    final PurposePolicy policy;
    final int index;
    private final DataCategory category;

    CategoryHandle(PurposePolicy policy, int index, DataCategory category) {
        this.policy = policy;
        this.index = index;
        this.category = category;
    }

    /** The category's key. */
    public String key() {
        return category.key();
    }

    /** The category's position in the register, from 0. */
    public int index() {
        return index;
    }

    /** The category as the register declares it. */
    public DataCategory category() {
        return category;
    }

    /** {@code CategoryHandle[contact.email#3]}. */
    @Override
    public String toString() {
        return "CategoryHandle[" + category.key() + "#" + index + "]";
    }
}
