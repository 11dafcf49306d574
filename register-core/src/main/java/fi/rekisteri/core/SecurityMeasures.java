package fi.rekisteri.core;

import java.util.Objects;
import java.util.Optional;

/**
 * The principles of protecting the register (rekisterin suojauksen periaatteet; GDPR Art. 32(1)).
 *
 * @param general principles that apply to all data ({@code käsitellään aina luottamuksellisesti})
 * @param manual how manual material (paper) is protected
 * @param electronic how electronically processed data is protected
 */
public record SecurityMeasures(
        Optional<LocalizedText> general, Optional<LocalizedText> manual, Optional<LocalizedText> electronic) {

    private static final SecurityMeasures NONE = new SecurityMeasures(Optional.empty(), Optional.empty(), Optional.empty());

    /**
     * Creates the measures.
     *
     * @throws NullPointerException if an argument is null
     */
    public SecurityMeasures {
        Objects.requireNonNull(general, "general");
        Objects.requireNonNull(manual, "manual");
        Objects.requireNonNull(electronic, "electronic");
    }

    /** No measures described. */
    public static SecurityMeasures none() {
        return NONE;
    }

    /**
     * These measures with the general principles.
     *
     * @throws NullPointerException if an argument is null
     */
    public SecurityMeasures withGeneral(LocalizedText text) {
        Objects.requireNonNull(text, "text");
        return new SecurityMeasures(Optional.of(text), manual, electronic);
    }

    /**
     * These measures with the protection of manual material.
     *
     * @throws NullPointerException if an argument is null
     */
    public SecurityMeasures withManual(LocalizedText text) {
        Objects.requireNonNull(text, "text");
        return new SecurityMeasures(general, Optional.of(text), electronic);
    }

    /**
     * These measures with the protection of electronic data.
     *
     * @throws NullPointerException if an argument is null
     */
    public SecurityMeasures withElectronic(LocalizedText text) {
        Objects.requireNonNull(text, "text");
        return new SecurityMeasures(general, manual, Optional.of(text));
    }

    /** Whether nothing is described. */
    public boolean isEmpty() {
        return general.isEmpty() && manual.isEmpty() && electronic.isEmpty();
    }
}
