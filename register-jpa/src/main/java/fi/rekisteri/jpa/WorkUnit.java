package fi.rekisteri.jpa;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.util.function.Function;

/** Where the log's and the subject-state store's calls run: in transactions of their own, or in the caller's. */
sealed interface WorkUnit {

    /** Runs work that reads. */
    <T> T read(Function<EntityManager, T> work);

    /**
     * Runs work that writes; it gets whether the persistence context is the unit's own, free to clear.
     *
     * @throws IllegalStateException if the caller's entity manager has no transaction
     */
    <T> T write(WriteWork<T> work);

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
    }

    /** Each call in the caller's entity manager and transaction, neither begun nor committed here. */
    record CallersTransaction(EntityManager em, String what) implements WorkUnit {
        @Override
        public <T> T read(Function<EntityManager, T> work) {
            return work.apply(em);
        }

        @Override
        public <T> T write(WriteWork<T> work) {
            if (!em.isJoinedToTransaction()) {
                throw new IllegalStateException("the entity manager has no transaction to write " + what + " in;"
                        + " begin one, or make the store from an EntityManagerFactory");
            }
            return work.apply(em, false);
        }
    }
}
