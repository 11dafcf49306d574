package fi.rekisteri.jpa;

import java.util.Objects;
import java.util.function.Consumer;

/**
 * How a {@link RetentionSweep} erases an entity's data once its retention period has passed.
 *
 * @param <E> the entity type
 */
public sealed interface ErasureMethod<E> {

    /**
     * Sets the due categories' {@link PersonalData} fields to null, in the database with bulk updates: the row and its
     * other data stay. A row whose due fields are all null already is not erased again.
     */
    static <E> ErasureMethod<E> nullFields() {
        return new NullFields<>();
    }

    /** Deletes the row, in the database with bulk deletes, once any of its categories is due. */
    static <E> ErasureMethod<E> deleteRows() {
        return new DeleteRows<>();
    }

    /**
     * Loads each due row, one batch at a time, and lets the application change it (replace values with anonymous
     * ones, clear a collection); the changes are flushed and the persistence context cleared after every batch. A row
     * is due again on the next sweep unless the anonymiser nulls the due fields or the event timestamp.
     *
     * @throws NullPointerException if {@code anonymiser} is null
     */
    static <E> ErasureMethod<E> anonymise(Consumer<? super E> anonymiser) {
        return new Anonymise<>(anonymiser);
    }

    /**
     * {@link ErasureMethod#nullFields()}.
     *
     * @param <E> the entity type
     */
    record NullFields<E>() implements ErasureMethod<E> {}

    /**
     * {@link ErasureMethod#deleteRows()}.
     *
     * @param <E> the entity type
     */
    record DeleteRows<E>() implements ErasureMethod<E> {}

    /**
     * {@link ErasureMethod#anonymise(Consumer)}.
     *
     * @param <E> the entity type
     * @param anonymiser changes a loaded row
     */
    record Anonymise<E>(Consumer<? super E> anonymiser) implements ErasureMethod<E> {
        /**
         * Creates the method.
         *
         * @throws NullPointerException if {@code anonymiser} is null
         */
        public Anonymise {
            Objects.requireNonNull(anonymiser, "anonymiser");
        }
    }
}
