package fi.rekisteri.jpa;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.util.Objects;
import java.util.function.Function;

/** Where the stores' and the log's calls run: in transactions of their own, or in the caller's. */
sealed interface WorkUnit {

    /**
     * Transactions of their own, on entity managers of the factory.
     *
     * @throws NullPointerException if the factory is null
     */
    static WorkUnit ownTransactions(EntityManagerFactory factory) {
        return new OwnTransactions(Objects.requireNonNull(factory, "factory"));
    }

    /**
     * The caller's entity manager and transaction, for a store that writes {@code what} in it.
     *
     * @throws NullPointerException if the entity manager is null
     */
    static WorkUnit joining(EntityManager entityManager, String what) {
        return joining(entityManager, "write " + what, "from an EntityManagerFactory");
    }

    /**
     * The caller's entity manager and transaction; without a transaction a write fails saying it had none to
     * {@code writing} in, and to make the store {@code otherwise}.
     *
     * @throws NullPointerException if the entity manager is null
     */
    static WorkUnit joining(EntityManager entityManager, String writing, String otherwise) {
        return new CallersTransaction(Objects.requireNonNull(entityManager, "entityManager"), writing, otherwise);
    }

    /** Runs work that reads. */
    <T> T read(Function<EntityManager, T> work);

    /**
     * Runs work that writes; it gets whether the persistence context is the unit's own, free to clear.
     *
     * @throws IllegalStateException if the caller's entity manager has no transaction
     */
    <T> T write(WriteWork<T> work);

    /** Runs work that reads what is committed, outside the caller's transaction (which a failed write may spoil). */
    <T> T readCommitted(Function<EntityManager, T> work);

    /** Work that writes. */
    interface WriteWork<T> {
        T apply(EntityManager em, boolean ownContext);
    }

    /** Each call in a resource-local transaction of its own, committed, or rolled back when the call fails. */
    record OwnTransactions(EntityManagerFactory factory) implements WorkUnit {
        @Override
        public <T> T read(Function<EntityManager, T> work) {
            return factory.callInTransaction(work);
        }

        @Override
        public <T> T write(WriteWork<T> work) {
            return factory.callInTransaction(em -> work.apply(em, true));
        }

        @Override
        public <T> T readCommitted(Function<EntityManager, T> work) {
            return factory.callInTransaction(work);
        }
    }

    /** Each call in the caller's entity manager and transaction, neither begun nor committed here. */
    record CallersTransaction(EntityManager em, String writing, String otherwise) implements WorkUnit {
        @Override
        public <T> T read(Function<EntityManager, T> work) {
            return work.apply(em);
        }

        @Override
        public <T> T write(WriteWork<T> work) {
            if (!em.isJoinedToTransaction()) {
                throw new IllegalStateException("the entity manager has no transaction to " + writing + " in;"
                        + " begin one, or make the store " + otherwise);
            }
            return work.apply(em, false);
        }

        @Override
        public <T> T readCommitted(Function<EntityManager, T> work) {
            EntityManager fresh = em.getEntityManagerFactory().createEntityManager();
            try {
                return work.apply(fresh);
            } finally {
                fresh.close();
            }
        }
    }
}
