package fi.rekisteri.core.policy;

import fi.rekisteri.core.Language;
import fi.rekisteri.core.LocalizedText;
import fi.rekisteri.core.Purpose;
import fi.rekisteri.core.identifier.BusinessId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * One consent as a record of ISO/IEC TS 27560: who consented (by keyed pseudonym only), to which purpose of which
 * register, under which version of the notice and of the consent text, given to which controller, and its events
 * (given or renewed, then withdrawn, expired or superseded), with the record a renewal replaced and the one that
 * replaced a superseded record. {@link ConsentRecords} makes records from a register and the stored consents;
 * register-export writes them as JSON-LD and as a receipt for the subject.
 *
 * @param id the record's identifier: the same consent under the same pseudonym key always gets the same one, and it
 *     reveals nothing of the subject
 * @param register the register's key, which names the privacy notice the consent was given under
 * @param registerName the register's name, the notice's title
 * @param subject the data subject's pseudonym under the key ({@link PseudonymKey#pseudonym(SubjectId)}): 16 hex
 *     digits, never the subject's id
 * @param pseudonymKey the fingerprint of the key the pseudonym was made with ({@link PseudonymKey#id()})
 * @param controllerName the controller's name
 * @param controllerId the controller's business ID
 * @param noticeVersion the version of the privacy notice ({@link fi.rekisteri.core.DocumentMetadata#version()})
 * @param textVersion the version of the consent text the subject agreed to, when the application recorded it
 * @param purpose the purpose consented to, as the register declares it
 * @param withdrawal how the subject withdraws the consent, as the purpose's legal basis says
 * @param languages the languages the register's notice is written in, Finnish first where it is one of them
 * @param events the consent's events in order: given or renewed first, then at most one withdrawal, expiry or
 *     supersession
 * @param replaces the id of the record this one replaced, present exactly when this one was
 *     {@linkplain ConsentStatus#RENEWED renewed}: that record ended {@linkplain ConsentStatus#SUPERSEDED superseded}
 *     when this one began
 * @param replacedBy the id of the renewed record that replaced this one, present exactly when this one ended
 *     superseded
 */
public record ConsentRecord(UUID id, String register, LocalizedText registerName, String subject, String pseudonymKey,
        LocalizedText controllerName, BusinessId controllerId, String noticeVersion, Optional<String> textVersion,
        Purpose purpose, LocalizedText withdrawal, List<Language> languages, List<ConsentEvent> events,
        Optional<UUID> replaces, Optional<UUID> replacedBy) {

    private static final Pattern PSEUDONYM = Pattern.compile("[0-9a-f]{16}");

    /**
     * Creates a record.
     *
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the subject is not a pseudonym (16 lower-case hex digits), the languages
     *     are empty, or the events do not start with the consent given or renewed and end with at most one
     *     withdrawal, expiry or supersession, in order of time, or if {@code replaces} is not present exactly when
     *     the consent was renewed, {@code replacedBy} not exactly when it was superseded, or either is the record's
     *     own id
     */
    public ConsentRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(register, "register");
        Objects.requireNonNull(registerName, "registerName");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(pseudonymKey, "pseudonymKey");
        Objects.requireNonNull(controllerName, "controllerName");
        Objects.requireNonNull(controllerId, "controllerId");
        Objects.requireNonNull(noticeVersion, "noticeVersion");
        Objects.requireNonNull(textVersion, "textVersion");
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(withdrawal, "withdrawal");
        languages = List.copyOf(Objects.requireNonNull(languages, "languages"));
        events = List.copyOf(Objects.requireNonNull(events, "events"));
        Objects.requireNonNull(replaces, "replaces");
        Objects.requireNonNull(replacedBy, "replacedBy");
        if (!PSEUDONYM.matcher(subject).matches()) {
            // The value is not quoted: whatever was passed here instead of a pseudonym may be the subject's id.
            throw new IllegalArgumentException("the subject of a consent record must be a pseudonym of 16 hex"
                    + " digits, never the subject's id");
        }
        if (languages.isEmpty()) {
            throw new IllegalArgumentException("a consent record names at least one language of the notice");
        }
        if (events.isEmpty() || !events.get(0).status().starts()) {
            throw new IllegalArgumentException("the events of consent record " + id + " must start with the consent"
                    + " given or renewed");
        }
        if (events.size() > 2 || (events.size() == 2 && events.get(1).status().starts())) {
            throw new IllegalArgumentException("consent record " + id + " has events " + events.stream()
                    .map(ConsentEvent::status).toList() + "; after the consent given comes at most one withdrawal,"
                    + " expiry or supersession");
        }
        if (events.size() == 2 && events.get(1).at().isBefore(events.get(0).at())) {
            throw new IllegalArgumentException("consent record " + id + " ends at " + events.get(1).at()
                    + ", before the consent was given at " + events.get(0).at());
        }
        boolean renewed = events.get(0).status() == ConsentStatus.RENEWED;
        if (replaces.isPresent() != renewed) {
            throw new IllegalArgumentException("consent record " + id + (renewed
                    ? " was renewed but names no record it replaces"
                    : " was given afresh but names record " + replaces.orElseThrow() + " as the one it replaces"));
        }
        boolean superseded = events.get(events.size() - 1).status() == ConsentStatus.SUPERSEDED;
        if (replacedBy.isPresent() != superseded) {
            throw new IllegalArgumentException("consent record " + id + (superseded
                    ? " was superseded but names no record that replaced it"
                    : " was not superseded but names record " + replacedBy.orElseThrow() + " as the one that"
                            + " replaced it"));
        }
        if (replaces.equals(Optional.of(id)) || replacedBy.equals(Optional.of(id))) {
            throw new IllegalArgumentException("consent record " + id + " cannot replace or be replaced by itself");
        }
    }

    /** The state the consent is in: that of its last event. */
    public ConsentStatus status() {
        return events.get(events.size() - 1).status();
    }

    /** When the consent was given, afresh or renewed. */
    public ConsentEvent given() {
        return events.get(0);
    }

    /** The withdrawal, expiry or supersession that ended the consent, if it has ended. */
    public Optional<ConsentEvent> ended() {
        return events.size() == 2 ? Optional.of(events.get(1)) : Optional.empty();
    }

    /** {@code ConsentRecord[id, register, purpose, status]}: never the subject, not even by pseudonym. */
    @Override
    public String toString() {
        return "ConsentRecord[" + id + ", register " + register + ", purpose " + purpose.key() + ", " + status() + "]";
    }
}
