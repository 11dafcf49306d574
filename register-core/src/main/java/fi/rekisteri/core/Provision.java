package fi.rekisteri.core;

import java.util.Objects;
import java.util.Optional;

/**
 * Whether the subject must provide the data of one category, and what follows if they do not (GDPR Art. 13(2)(e),
 * item by item): member registers often ask for some data and only offer the rest as optional fields.
 *
 * @param required whether the subject must provide the data (by law, by contract, or to enter a contract)
 * @param consequence what follows from not providing it ({@code jäsenyyttä ei voida hyväksyä})
 */
public record Provision(boolean required, Optional<LocalizedText> consequence) {

    /**
     * Creates the statement.
     *
     * @throws NullPointerException if {@code consequence} is null
     */
    public Provision {
        Objects.requireNonNull(consequence, "consequence");
    }

    /**
     * Data the subject must provide, and what follows if they do not.
     *
     * @throws NullPointerException if {@code consequence} is null
     */
    public static Provision required(LocalizedText consequence) {
        return new Provision(true, Optional.of(Objects.requireNonNull(consequence, "consequence")));
    }

    /** Data the subject may leave out, with nothing following from it. */
    public static Provision optional() {
        return new Provision(false, Optional.empty());
    }
}
