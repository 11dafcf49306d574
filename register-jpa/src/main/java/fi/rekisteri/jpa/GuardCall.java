package fi.rekisteri.jpa;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One call into a guarded entity manager, as the thread sees it: the entities {@link PersonalDataListener} checked
 * while the call ran (loaded from the database), so that the guard does not check them a second time when the call
 * returns them.
 */
final class GuardCall implements AutoCloseable {

    private static final ThreadLocal<GuardCall> CURRENT = new ThreadLocal<>();

    private final @Nullable GuardCall outer;
    private final Set<Object> checked = Collections.newSetFromMap(new IdentityHashMap<>());

    private GuardCall(@Nullable GuardCall outer) {
        this.outer = outer;
    }

    /** Starts a call on this thread; close it when the call returns. */
    static GuardCall open() {
        GuardCall call = new GuardCall(CURRENT.get());
        CURRENT.set(call);
        return call;
    }

    /** Tells the call running on this thread, if any, that the listener has checked the entity. */
    static void noteChecked(Object entity) {
        GuardCall call = CURRENT.get();
        if (call != null) {
            call.checked.add(entity);
        }
    }

    /** The entities the listener checked during this call. */
    Set<Object> checkedByListener() {
        return checked;
    }

    @Override
    public void close() {
        if (outer == null) {
            CURRENT.remove();
        } else {
            CURRENT.set(outer);
        }
    }
}
