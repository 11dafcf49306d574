package fi.rekisteri.core;

/**
 * A value of a sealed type that says which of the type's {@link Coded} kinds it is, one kind for each variant. Its
 * stable code, used in files and databases, is its kind's code; code that handles every variant switches over the
 * kind, so that a new kind is a compile error wherever it is not handled.
 *
 * @param <K> the enum of the sealed type's kinds
 */
public interface Variant<K extends Enum<K> & Coded> {

    /** Which kind this is. */
    K kind();

    /** The stable code of its kind: {@code kind().code()}. */
    default String code() {
        return kind().code();
    }
}
