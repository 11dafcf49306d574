package fi.rekisteri.core;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Facts about the statement itself.
 *
 * @param version the document's version as its owner numbers it
 * @param date the date the statement was drawn up (laatimispäivä)
 * @param lastChanged the date it was last changed (päivitetty), where it says so apart from the date drawn up
 * @param inForceFrom the date from which it applies (voimassa alkaen)
 * @param framework the law the statement says it is drawn up under
 * @param changeNotice where and how changes to the statement are announced
 * @param noticeUrl the web address where the full privacy notice is published, per language where the languages'
 *     notices have pages of their own; the short first-layer notice points the reader there
 * @param firstLayerUrl the web address where the short first layer of the privacy notice is published, per language
 *     where the languages' first layers have pages of their own; the full notice points the reader there at its top
 */
public record DocumentMetadata(Optional<String> version, Optional<LocalDate> date, Optional<LocalDate> lastChanged,
        Optional<LocalDate> inForceFrom, Optional<LegalFramework> framework, Optional<LocalizedText> changeNotice,
        Optional<LocalizedText> noticeUrl, Optional<LocalizedText> firstLayerUrl) {

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
        Objects.requireNonNull(lastChanged, "lastChanged");
        Objects.requireNonNull(inForceFrom, "inForceFrom");
        Objects.requireNonNull(framework, "framework");
        Objects.requireNonNull(changeNotice, "changeNotice");
        Objects.requireNonNull(noticeUrl, "noticeUrl");
        Objects.requireNonNull(firstLayerUrl, "firstLayerUrl");
    }

    /**
     * Creates the metadata without the first layer's web address.
     *
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the version is blank
     */
    public DocumentMetadata(Optional<String> version, Optional<LocalDate> date, Optional<LocalDate> lastChanged,
            Optional<LocalDate> inForceFrom, Optional<LegalFramework> framework, Optional<LocalizedText> changeNotice,
            Optional<LocalizedText> noticeUrl) {
        this(version, date, lastChanged, inForceFrom, framework, changeNotice, noticeUrl, Optional.empty());
    }

    /**
     * Creates the metadata without the full notice's and the first layer's web addresses.
     *
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the version is blank
     */
    public DocumentMetadata(Optional<String> version, Optional<LocalDate> date, Optional<LocalDate> lastChanged,
            Optional<LocalDate> inForceFrom, Optional<LegalFramework> framework, Optional<LocalizedText> changeNotice) {
        this(version, date, lastChanged, inForceFrom, framework, changeNotice, Optional.empty(), Optional.empty());
    }

    /**
     * Metadata of a version and the date drawn up only.
     *
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the version is blank
     */
    public DocumentMetadata(Optional<String> version, Optional<LocalDate> date) {
        this(version, date, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty());
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

    /**
     * This metadata with the date of the last change.
     *
     * @throws NullPointerException if {@code date} is null
     */
    public DocumentMetadata withLastChanged(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return new DocumentMetadata(version, this.date, Optional.of(date), inForceFrom, framework, changeNotice,
                noticeUrl, firstLayerUrl);
    }

    /**
     * This metadata with the date the statement applies from.
     *
     * @throws NullPointerException if {@code date} is null
     */
    public DocumentMetadata withInForceFrom(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return new DocumentMetadata(version, this.date, lastChanged, Optional.of(date), framework, changeNotice,
                noticeUrl, firstLayerUrl);
    }

    /**
     * This metadata with the law the statement says it follows.
     *
     * @throws NullPointerException if {@code framework} is null
     */
    public DocumentMetadata withFramework(LegalFramework framework) {
        Objects.requireNonNull(framework, "framework");
        return new DocumentMetadata(version, date, lastChanged, inForceFrom, Optional.of(framework), changeNotice,
                noticeUrl, firstLayerUrl);
    }

    /**
     * This metadata with where changes are announced.
     *
     * @throws NullPointerException if {@code notice} is null
     */
    public DocumentMetadata withChangeNotice(LocalizedText notice) {
        Objects.requireNonNull(notice, "notice");
        return new DocumentMetadata(version, date, lastChanged, inForceFrom, framework, Optional.of(notice),
                noticeUrl, firstLayerUrl);
    }

    /**
     * This metadata with the web address of the full privacy notice.
     *
     * @throws NullPointerException if {@code url} is null
     */
    public DocumentMetadata withNoticeUrl(LocalizedText url) {
        Objects.requireNonNull(url, "url");
        return new DocumentMetadata(version, date, lastChanged, inForceFrom, framework, changeNotice,
                Optional.of(url), firstLayerUrl);
    }

    /**
     * This metadata with the web address of the privacy notice's short first layer.
     *
     * @throws NullPointerException if {@code url} is null
     */
    public DocumentMetadata withFirstLayerUrl(LocalizedText url) {
        Objects.requireNonNull(url, "url");
        return new DocumentMetadata(version, date, lastChanged, inForceFrom, framework, changeNotice, noticeUrl,
                Optional.of(url));
    }

    /** The latest of the dates the statement gives (drawn up, last changed, in force from), if any. */
    public Optional<LocalDate> latestDate() {
        return Stream.of(date, lastChanged, inForceFrom).flatMap(Optional::stream)
                .max(LocalDate::compareTo);
    }

    /** Whether no fact is given. */
    public boolean isEmpty() {
        return equals(NONE);
    }
}
