package fi.rekisteri.core.policy;

import fi.rekisteri.core.Language;
import fi.rekisteri.core.LegalBasis;
import fi.rekisteri.core.LocalizedText;
import fi.rekisteri.core.Organisation;
import fi.rekisteri.core.Purpose;
import fi.rekisteri.core.Register;
import fi.rekisteri.core.identifier.BusinessId;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Makes {@link ConsentRecord}s of ISO/IEC TS 27560 from a register and the consents the application stores: the
 * register gives the notice and its version, the purpose and how to withdraw, and the controller; the stored
 * consent gives the times and the consent text's version; the pseudonym key hides the subject. Immutable and
 * thread-safe.
 *
 * <pre>{@code
 * ConsentRecords records = ConsentRecords.of(register, PseudonymKey.current()).validFor(Period.ofYears(2));
 * List<ConsentRecord> mine = records.records(state, Instant.now());
 * List<ConsentRecord> all = records.history(subject, everyConsentGiven, Instant.now());  // renewals included
 * }</pre>
 *
 * <p>A record's id is a name-based UUID (version 5) over the register's key, the subject's pseudonym, the purpose's
 * key and the time the consent was given: the same consent always gets the same id, a consent given again gets a
 * new one (and ends the earlier one, {@link #history}, each record naming the other), and nobody without the key can
 * tell whose it is. Ids change with the pseudonym key.
 */
public final class ConsentRecords {

    /** The namespace of consent record ids, fixed once for Rekisteri: changing it would change every id. */
    private static final UUID NAMESPACE = UUID.fromString("6c1f4f0e-2d5b-4c39-9a57-0d3e8b7a4f21");

    private final Register register;
    private final PseudonymKey key;
    private final Optional<Period> validity;
    private final List<Language> languages;

    private ConsentRecords(Register register, PseudonymKey key, Optional<Period> validity) {
        this.register = register;
        this.key = key;
        this.validity = validity;
        this.languages = List.copyOf(register.name().values().keySet());
    }

    /**
     * Records of the register's consents, subjects pseudonymised under the key; consents never expire.
     *
     * @throws NullPointerException if an argument is null
     * @throws MissingConsentRecordFieldException naming the property, if the register has no notice version
     *     ({@code metadata.version}) or its controller no business ID ({@code controller.businessId})
     */
    public static ConsentRecords of(Register register, PseudonymKey key) {
        Objects.requireNonNull(register, "register");
        Objects.requireNonNull(key, "key");
        if (register.metadata().version().isEmpty()) {
            throw new MissingConsentRecordFieldException(register.key(), "metadata.version",
                    "the privacy notice has no version, and a consent record names the version it was given under");
        }
        if (register.controller().businessId().isEmpty()) {
            throw new MissingConsentRecordFieldException(register.key(), "controller.businessId",
                    "the controller has no valid business ID, and a consent record identifies the controller by it");
        }
        return new ConsentRecords(register, key, Optional.empty());
    }

    /**
     * These records with consents valid for a period from when they were given: a consent not withdrawn within the
     * period has expired at its end (the period is added in UTC).
     *
     * @throws NullPointerException if {@code validity} is null
     * @throws IllegalArgumentException if the period is zero or negative
     */
    public ConsentRecords validFor(Period validity) {
        Objects.requireNonNull(validity, "validity");
        if (validity.isZero() || validity.isNegative()) {
            throw new IllegalArgumentException("a consent's validity must be positive, not " + validity);
        }
        return new ConsentRecords(register, key, Optional.of(validity));
    }

    /** How long a consent stays valid from when it was given; empty when it never expires. */
    public Optional<Period> validity() {
        return validity;
    }

    /**
     * The record of one stored consent, its events as they stand at an instant: given, then withdrawn if it was,
     * else expired if its validity ended at or before {@code asOf}. A withdrawal is recorded whatever its date.
     *
     * @param subject the subject who consented; only its pseudonym goes into the record
     * @param consent the consent as stored
     * @param asOf the instant the record describes
     * @throws NullPointerException if an argument is null
     * @throws UnknownKeyException if the register declares no purpose of the consent's key
     * @throws MissingConsentRecordFieldException naming the purpose, if it is not based on consent or does not say
     *     how consent is withdrawn ({@code purposes[key].legalBasis.withdrawal})
     */
    public ConsentRecord record(SubjectId subject, SubjectConsent consent, Instant asOf) {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(consent, "consent");
        Objects.requireNonNull(asOf, "asOf");
        return record(subject, consent, asOf, Optional.empty(), Optional.empty());
    }

    /**
     * The records of every consent a subject has given, from the consents of their history, as they stand at an
     * instant: in order of purpose key, then of when each was given. A consent given while the subject's earlier
     * consent to the purpose was live (neither withdrawn nor expired) is {@linkplain ConsentStatus#RENEWED renewed},
     * and the earlier record ends {@linkplain ConsentStatus#SUPERSEDED superseded} at that time, so that no two records
     * of one purpose are in force at once; the renewed record {@linkplain ConsentRecord#replaces() replaces} the
     * superseded one, which is {@linkplain ConsentRecord#replacedBy() replaced by} it. A supersession is recorded
     * whatever its date, as a withdrawal is.
     *
     * @param subject the subject who consented
     * @param consents the subject's consents, any number to each purpose, in any order
     * @param asOf the instant the records describe
     * @throws NullPointerException if an argument is null
     * @throws UnknownKeyException if the register declares no purpose of a consent's key
     * @throws MissingConsentRecordFieldException as {@link #record} does
     */
    public List<ConsentRecord> history(SubjectId subject, Collection<SubjectConsent> consents, Instant asOf) {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(consents, "consents");
        Objects.requireNonNull(asOf, "asOf");
        List<SubjectConsent> ordered = consents.stream()
                .sorted(Comparator.comparing(SubjectConsent::purpose).thenComparing(SubjectConsent::given)).toList();
        List<ConsentRecord> out = new ArrayList<>(ordered.size());
        Optional<UUID> replaces = Optional.empty();
        for (int i = 0; i < ordered.size(); i++) {
            SubjectConsent consent = ordered.get(i);
            @Nullable SubjectConsent next = i + 1 < ordered.size() ? ordered.get(i + 1) : null;
            Optional<SubjectConsent> supersededBy = next != null && next.purpose().equals(consent.purpose())
                    && liveWhenGivenAgain(consent, next.given()) ? Optional.of(next) : Optional.empty();
            ConsentRecord record = record(subject, consent, asOf, replaces, supersededBy);
            out.add(record);
            replaces = supersededBy.isPresent() ? Optional.of(record.id()) : Optional.empty();
        }
        return out;
    }

    /** Whether a consent was still live when the subject consented to its purpose again. */
    private boolean liveWhenGivenAgain(SubjectConsent consent, Instant again) {
        return consent.withdrawn().isEmpty() && expiry(consent).filter(end -> !end.isAfter(again)).isEmpty();
    }

    private Optional<Instant> expiry(SubjectConsent consent) {
        return validity.map(period -> consent.given().atOffset(ZoneOffset.UTC).plus(period).toInstant());
    }

    /**
     * A consent's record: renewed if it replaces a record, and ended superseded when the consent that supersedes it
     * was given (unless withdrawn), that consent's record replacing it.
     */
    private ConsentRecord record(SubjectId subject, SubjectConsent consent, Instant asOf, Optional<UUID> replaces,
            Optional<SubjectConsent> supersededBy) {
        Purpose purpose = register.purpose(consent.purpose()).orElseThrow(() -> new UnknownKeyException("purpose",
                consent.purpose(), register.key(), register.purposes().stream().map(Purpose::key).toList()));
        LocalizedText withdrawal = withdrawal(purpose);
        String pseudonym = key.pseudonym(subject);
        List<ConsentEvent> events = new ArrayList<>(2);
        events.add(new ConsentEvent(replaces.isPresent() ? ConsentStatus.RENEWED : ConsentStatus.GIVEN,
                consent.given()));
        Optional<Instant> expiry = expiry(consent);
        Optional<UUID> replacedBy = Optional.empty();
        if (consent.withdrawn().isPresent()) {
            events.add(new ConsentEvent(ConsentStatus.WITHDRAWN, consent.withdrawn().get()));
        } else if (supersededBy.isPresent()) {
            events.add(new ConsentEvent(ConsentStatus.SUPERSEDED, supersededBy.get().given()));
            replacedBy = Optional.of(id(pseudonym, supersededBy.get()));
        } else if (expiry.isPresent() && !expiry.get().isAfter(asOf)) {
            events.add(new ConsentEvent(ConsentStatus.EXPIRED, expiry.get()));
        }
        Organisation controller = register.controller();
        BusinessId controllerId = controller.businessId().orElseThrow();
        return new ConsentRecord(id(pseudonym, consent), register.key(), register.name(), pseudonym, key.id(),
                controller.name(), controllerId, register.metadata().version().orElseThrow(), consent.textVersion(),
                purpose, withdrawal, languages, events, replaces, replacedBy);
    }

    /**
     * The records of every consent of a subject's state, in order of purpose key. A state keeps the latest consent to
     * each purpose only, so it cannot tell a renewed consent from one given afresh: {@link #history} can.
     *
     * @throws NullPointerException if an argument is null
     * @throws UnknownKeyException if the register declares no purpose of one of the consents
     * @throws MissingConsentRecordFieldException as {@link #record} does
     */
    public List<ConsentRecord> records(SubjectState state, Instant asOf) {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(asOf, "asOf");
        return state.consents().values().stream().sorted(Comparator.comparing(SubjectConsent::purpose))
                .map(consent -> record(state.subject(), consent, asOf)).toList();
    }

    private LocalizedText withdrawal(Purpose purpose) {
        String field = "purposes[" + purpose.key() + "].legalBasis";
        Optional<LegalBasis.Consent> basis = Stream.concat(purpose.legalBasis().stream(),
                        purpose.alternativeLegalBases().stream())
                .filter(LegalBasis.Consent.class::isInstance).map(LegalBasis.Consent.class::cast).findFirst();
        if (basis.isEmpty()) {
            throw new MissingConsentRecordFieldException(register.key(), field,
                    "purpose '" + purpose.key() + "' is not based on consent");
        }
        return basis.get().withdrawal().orElseThrow(() -> new MissingConsentRecordFieldException(register.key(),
                field + ".withdrawal", "purpose '" + purpose.key() + "' does not say how consent to it is withdrawn"));
    }

    private UUID id(String pseudonym, SubjectConsent consent) {
        String name = register.key() + "\n" + pseudonym + "\n" + consent.purpose() + "\n" + consent.given();
        return nameBased(NAMESPACE, name);
    }

    /** A version 5 UUID (RFC 9562 §5.5): SHA-1 of the namespace and the name, with the version and variant set. */
    static UUID nameBased(UUID namespace, String name) {
        MessageDigest sha1;
        try {
            sha1 = MessageDigest.getInstance("SHA-1");
        } catch (NoSuchAlgorithmException e) {
            // Every Java runtime has SHA-1 (a required algorithm).
            throw new IllegalStateException("SHA-1 is not available in this Java runtime", e);
        }
        sha1.update(ByteBuffer.allocate(16).putLong(namespace.getMostSignificantBits())
                .putLong(namespace.getLeastSignificantBits()).array());
        byte[] hash = sha1.digest(name.getBytes(StandardCharsets.UTF_8));
        hash[6] = (byte) ((hash[6] & 0x0f) | 0x50);
        hash[8] = (byte) ((hash[8] & 0x3f) | 0x80);
        ByteBuffer bytes = ByteBuffer.wrap(hash, 0, 16);
        return new UUID(bytes.getLong(), bytes.getLong());
    }

    /** {@code ConsentRecords[register key, validity]}. */
    @Override
    public String toString() {
        return "ConsentRecords[" + register.key() + validity.map(p -> ", valid for " + p).orElse("") + "]";
    }
}
