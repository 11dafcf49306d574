package fi.rekisteri.core.policy;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What application code is doing right now: processing one subject's data for one purpose, as one actor. Passed
 * explicitly, or bound to the current thread with {@link #run} / {@link #call} for code that cannot take it as an
 * argument (register-jpa's entity listener reads {@link #current()}).
 *
 * <pre>{@code
 * ProcessingScope scope = ProcessingScope.of(policy, state, policy.purpose("billing"), "invoice-job");
 * scope.require(policy.category("contact.email"));
 * scope.recordTo(log, clock, "contact.email", "billing.invoices");
 * scope.run(() -> repository.load(customerId));   // the entity listener checks against scope
 * }</pre>
 */
public final class ProcessingScope {

    private static final ThreadLocal<ProcessingScope> CURRENT = new ThreadLocal<>();

    /** Refusals are logged with the subject's pseudonym only: never its id, never the actor's name. */
    private static final Logger LOG = LoggerFactory.getLogger(ProcessingScope.class);

    private final PurposePolicy policy;
    private final SubjectState state;
    private final PurposeHandle purpose;
    private final String actor;

    private ProcessingScope(PurposePolicy policy, SubjectState state, PurposeHandle purpose, String actor) {
        this.policy = Objects.requireNonNull(policy, "policy");
        this.state = Objects.requireNonNull(state, "state");
        this.purpose = Objects.requireNonNull(purpose, "purpose");
        this.actor = Objects.requireNonNull(actor, "actor");
        if (actor.isBlank()) {
            throw new IllegalArgumentException("actor is blank");
        }
        purpose.requireIssuedBy(policy);
    }

    /**
     * A scope that checks against the register and the subject's state.
     *
     * @throws IllegalArgumentException if the purpose handle comes from another policy, or the actor is blank
     * @throws NullPointerException if an argument is null
     */
    public static ProcessingScope of(PurposePolicy policy, SubjectState state, PurposeHandle purpose, String actor) {
        return new ProcessingScope(policy, state, purpose, actor);
    }

    /**
     * A scope for a subject whose state says nothing (no consents, no objection, no restriction); a consent-based
     * purpose is then denied.
     *
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the purpose handle comes from another policy, or the actor is blank
     */
    public static ProcessingScope of(PurposePolicy policy, SubjectId subject, PurposeHandle purpose, String actor) {
        return new ProcessingScope(policy, SubjectState.of(subject), purpose, actor);
    }

    /** The scope bound to the current thread, if any. */
    public static Optional<ProcessingScope> current() {
        return Optional.ofNullable(CURRENT.get());
    }

    /** The policy the scope checks against. */
    public PurposePolicy policy() {
        return policy;
    }

    /** The subject whose data is processed. */
    public SubjectId subject() {
        return state.subject();
    }

    /** The subject's state the scope checks against. */
    public SubjectState state() {
        return state;
    }

    /** The purpose of the processing. */
    public PurposeHandle purpose() {
        return purpose;
    }

    /** Who processes. */
    public String actor() {
        return actor;
    }

    /** Whether this scope may process the category. */
    public Decision check(CategoryHandle category) {
        Objects.requireNonNull(category, "category");
        return policy.check(state, purpose, category);
    }

    /** Whether this scope may process the category, by key; an undeclared key is denied. */
    public Decision check(String categoryKey) {
        Objects.requireNonNull(categoryKey, "categoryKey");
        return policy.check(state, purpose.key(), categoryKey);
    }

    /**
     * Throws unless this scope may process the category.
     *
     * @throws PurposeViolationException naming purpose, category and reason
     */
    public void require(CategoryHandle category) {
        Objects.requireNonNull(category, "category");
        try {
            policy.require(state, purpose, category);
        } catch (PurposeViolationException e) {
            throw logged(e);
        }
    }

    /**
     * Checks every category, then records one entry for them all with the clock's time. Nothing is recorded when a
     * category is denied.
     *
     * @throws PurposeViolationException for the first category denied
     */
    public ProcessingEntry recordTo(ProcessingLog log, Clock clock, String... categoryKeys) {
        Objects.requireNonNull(log, "log");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(categoryKeys, "categoryKeys");
        List<String> keys = new ArrayList<>(List.of(categoryKeys));
        for (String key : keys) {
            try {
                policy.require(state, purpose.key(), key);
            } catch (PurposeViolationException e) {
                throw logged(e);
            }
        }
        ProcessingEntry entry = new ProcessingEntry(state.subject(), purpose.key(), keys, clock.instant(), actor);
        log.record(entry);
        return entry;
    }

    private PurposeViolationException logged(PurposeViolationException e) {
        LOG.info("processing refused: purpose '{}', category '{}', subject {}, reason {}",
                e.purpose(), e.category(), state.subject().pseudonym(), e.code());
        return e;
    }

    /** Runs the action with this scope bound to the current thread, then restores what was bound before. */
    public void run(Runnable action) {
        Objects.requireNonNull(action, "action");
        ProcessingScope previous = CURRENT.get();
        CURRENT.set(this);
        try {
            action.run();
        } finally {
            restore(previous);
        }
    }

    /** Computes a value with this scope bound to the current thread, then restores what was bound before. */
    public <T> T call(Supplier<T> action) {
        Objects.requireNonNull(action, "action");
        ProcessingScope previous = CURRENT.get();
        CURRENT.set(this);
        try {
            return action.get();
        } finally {
            restore(previous);
        }
    }

    private static void restore(ProcessingScope previous) {
        if (previous == null) {
            CURRENT.remove();
        } else {
            CURRENT.set(previous);
        }
    }

    /**
     * {@code ProcessingScope[billing, SubjectId[~pseudonym], actor ~pseudonym]}: the subject and the actor by
     * pseudonym only ({@link PseudonymKey}), never personal data.
     */
    @Override
    public String toString() {
        return "ProcessingScope[" + purpose.key() + ", " + state.subject() + ", actor ~"
                + PseudonymKey.current().actorPseudonym(actor) + "]";
    }
}
