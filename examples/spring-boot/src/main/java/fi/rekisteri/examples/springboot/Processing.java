package fi.rekisteri.examples.springboot;

import fi.rekisteri.core.policy.ProcessingScope;
import fi.rekisteri.core.policy.PurposePolicy;
import fi.rekisteri.core.policy.SubjectId;
import fi.rekisteri.jpa.PersonalDataGuard;
import fi.rekisteri.jpa.SubjectStateStore;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs a request's work for one purpose, one customer and one actor: inside a {@link ProcessingScope} built from the
 * customer's current state (consents, objections, restriction), in a transaction, on a guarded entity manager. The
 * scope is bound to the request's thread for the work only, and the transaction commits inside it, because writes
 * are checked when they are flushed.
 */
@Component
class Processing {

    private final PurposePolicy policy;
    private final SubjectStateStore states;
    private final TransactionTemplate transactions;

    // Spring's shared entity manager: each transaction gets its own persistence context behind it.
    @PersistenceContext
    private @Nullable EntityManager entityManager;

    Processing(PurposePolicy policy, SubjectStateStore states, TransactionTemplate transactions) {
        this.policy = policy;
        this.states = states;
        this.transactions = transactions;
    }

    /**
     * The work's result, computed for the purpose on the customer's data.
     *
     * @throws fi.rekisteri.core.policy.PurposeViolationException if the purpose may not process a category the work
     *     touches for this customer (no consent, an objection, a restriction), before anything is returned
     * @throws fi.rekisteri.core.policy.UnknownKeyException if the register has no such purpose
     */
    <T> T call(String customerNumber, String purpose, String actor, Function<EntityManager, T> work) {
        ProcessingScope scope = ProcessingScope.of(policy, states.load(SubjectId.of(customerNumber)),
                policy.purpose(purpose), actor);
        return scope.call(() -> {
            T result = transactions.execute(status -> work.apply(PersonalDataGuard.guard(sharedEntityManager())));
            if (result == null) {
                throw new IllegalStateException("the work for " + purpose + " returned nothing");
            }
            return result;
        });
    }

    private EntityManager sharedEntityManager() {
        if (entityManager == null) {
            throw new IllegalStateException("no entity manager was injected");
        }
        return entityManager;
    }
}
