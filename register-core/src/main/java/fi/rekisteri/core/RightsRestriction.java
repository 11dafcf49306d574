package fi.rekisteri.core;

import java.util.Objects;
import java.util.Optional;

/**
 * A restriction of a data subject's right as the controller states it, such as a public body's archive that national
 * law exempts from erasure (GDPR Art. 23). The documents print it after the rights the library writes itself.
 *
 * @param right the right restricted
 * @param description what the restriction is, as the statement says it
 * @param law the national or Union law that lays the restriction down (Art. 23(1)); a restriction without it is a
 *     finding of the compliance check
 */
public record RightsRestriction(DataSubjectRight right, LocalizedText description, Optional<LocalizedText> law) {

    /**
     * Creates a restriction.
     *
     * @throws NullPointerException if an argument is null
     */
    public RightsRestriction {
        Objects.requireNonNull(right, "right");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(law, "law");
    }

    /**
     * A restriction laid down by the given law.
     *
     * @throws NullPointerException if an argument is null
     */
    public static RightsRestriction of(DataSubjectRight right, LocalizedText description, LocalizedText law) {
        Objects.requireNonNull(law, "law");
        return new RightsRestriction(right, description, Optional.of(law));
    }

    /**
     * A restriction that cites no law.
     *
     * @throws NullPointerException if an argument is null
     */
    public static RightsRestriction of(DataSubjectRight right, LocalizedText description) {
        return new RightsRestriction(right, description, Optional.empty());
    }
}
