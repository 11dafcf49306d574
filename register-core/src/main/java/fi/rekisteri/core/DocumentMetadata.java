package fi.rekisteri.core;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Facts about the statement itself.
 *
 * @param version the document's version as its owner numbers it
 * @param date the date the statement was drawn up or last updated (laatimispäivä)
 */
public record DocumentMetadata(Optional<String> version, Optional<LocalDate> date) {

    private static final DocumentMetadata NONE = new DocumentMetadata(Optional.empty(), Optional.empty());

    /**
     * Creates the metadata; a given version must not be blank.
     *
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the version is blank
     */
    public DocumentMetadata {
        Objects.requireNonNull(version, "version");
        version.ifPresent(v -> Checks.requireText(v, "version"));
        Objects.requireNonNull(date, "date");
    }

    /** No metadata. */
    public static DocumentMetadata none() {
        return NONE;
    }

    /**
     * Metadata with a version and a date.
     *
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the version is blank
     */
    public static DocumentMetadata of(String version, LocalDate date) {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(date, "date");
        return new DocumentMetadata(Optional.of(version), Optional.of(date));
    }
}
