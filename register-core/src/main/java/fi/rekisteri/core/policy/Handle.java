package fi.rekisteri.core.policy;

import java.util.function.Function;

/**
 * What every handle a {@link PurposePolicy} issues is: a part of the register (a purpose, a category) at its position
 * in the register, which the checks use as a bit index, and the policy that issued it, since the index means nothing
 * to another policy.
 *
 * @param <T> the part's type
 */
abstract class Handle<T> {

    final PurposePolicy policy;
    final int index;
    final T part;
    private final String key;

    Handle(PurposePolicy policy, int index, T part, Function<T, String> keyOf) {
        this.policy = policy;
        this.index = index;
        this.part = part;
        this.key = keyOf.apply(part);
    }

    /** The part's key. */
    public final String key() {
        return key;
    }

    /** The part's position in the register, from 0. */
    public final int index() {
        return index;
    }

    /** Throws unless {@code checker} issued this handle: its index would name another part there. */
    final void requireIssuedBy(PurposePolicy checker) {
        if (policy != checker) {
            throw checker.foreign(this);
        }
    }

    /** {@code CategoryHandle[contact.email#3]}: the kind of handle, the part's key and its index. */
    @Override
    public final String toString() {
        return getClass().getSimpleName() + "[" + key + "#" + index + "]";
    }
}
