package fi.rekisteri.core.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.rekisteri.core.ContactDetails;
import fi.rekisteri.core.DocumentMetadata;
import fi.rekisteri.core.Language;
import fi.rekisteri.core.LegalBasis;
import fi.rekisteri.core.LocalizedText;
import fi.rekisteri.core.Organisation;
import fi.rekisteri.core.Purpose;
import fi.rekisteri.core.Register;
import fi.rekisteri.core.identifier.BusinessId;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ConsentRecordsTest {

    private static final PseudonymKey KEY = PseudonymKey.of(java.util.HexFormat.of().parseHex(
            "000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f"));
    private static final SubjectId SUBJECT = SubjectId.of("customer-4711");
    private static final Instant GIVEN = Instant.parse("2026-03-01T10:15:30Z");
    private static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");
    /** Ids of other records, for records made by hand. */
    private static final UUID EARLIER = UUID.fromString("0b7c4a3e-1d2f-5a6b-8c9d-0e1f2a3b4c5d");
    private static final UUID LATER = UUID.fromString("9e8d7c6b-5a4f-5e3d-8c2b-1a0f9e8d7c6b");

    static Register register() {
        return Register.builder("newsletter-register", LocalizedText.of("Uutiskirjeen tilaajat",
                        "Nyhetsbrevets prenumeranter", "Newsletter subscribers"),
                        Organisation.of("Esimerkki Oy", BusinessId.parse("2135102-9"), ContactDetails.none()))
                .metadata(DocumentMetadata.of("2.1", LocalDate.of(2026, 1, 15)))
                .purpose(Purpose.builder("newsletter", LocalizedText.fi("Uutiskirje"))
                        .legalBasis(LegalBasis.consent(LocalizedText.fi("Peru tilaus uutiskirjeen linkistä")))
                        .build())
                .purpose(Purpose.builder("billing", LocalizedText.fi("Laskutus")).legalBasis(LegalBasis.contract())
                        .build())
                .build();
    }

    @Test
    void aGivenConsentIsRecordedWithTheRegistersNoticeControllerAndPurpose() {
        ConsentRecord record = ConsentRecords.of(register(), KEY).record(SUBJECT,
                new SubjectConsent("newsletter", GIVEN, Optional.empty(), Optional.of("v3")), NOW);
        assertEquals("newsletter-register", record.register());
        assertEquals("2.1", record.noticeVersion());
        assertEquals(Optional.of("v3"), record.textVersion());
        assertEquals("newsletter", record.purpose().key());
        assertEquals(BusinessId.parse("2135102-9"), record.controllerId());
        assertEquals(LocalizedText.fi("Peru tilaus uutiskirjeen linkistä"), record.withdrawal());
        assertEquals(List.of(Language.FI, Language.SV, Language.EN), record.languages());
        assertEquals(KEY.pseudonym(SUBJECT), record.subject());
        assertEquals(KEY.id(), record.pseudonymKey());
        assertEquals(List.of(new ConsentEvent(ConsentStatus.GIVEN, GIVEN)), record.events());
        assertEquals(ConsentStatus.GIVEN, record.status());
        assertFalse(record.toString().contains(record.subject()), record.toString());
    }

    @Test
    void aWithdrawnConsentEndsWithItsWithdrawalAndKeepsItsId() {
        ConsentRecords records = ConsentRecords.of(register(), KEY);
        SubjectConsent live = new SubjectConsent("newsletter", GIVEN, Optional.empty());
        Instant withdrawn = Instant.parse("2026-06-01T08:00:00Z");
        ConsentRecord record = records.record(SUBJECT, new SubjectConsent("newsletter", GIVEN,
                Optional.of(withdrawn)), NOW);
        assertEquals(ConsentStatus.WITHDRAWN, record.status());
        assertEquals(Optional.of(new ConsentEvent(ConsentStatus.WITHDRAWN, withdrawn)), record.ended());
        assertEquals(records.record(SUBJECT, live, NOW).id(), record.id(), "a withdrawal changes the status, not the id");
    }

    @Test
    void theSameConsentGetsTheSameIdAndAnotherConsentSubjectOrKeyAnother() {
        SubjectConsent consent = new SubjectConsent("newsletter", GIVEN, Optional.empty());
        UUID id = ConsentRecords.of(register(), KEY).record(SUBJECT, consent, NOW).id();
        assertEquals(id, ConsentRecords.of(register(), KEY).record(SUBJECT, consent, NOW.plusSeconds(60)).id());
        assertEquals(5, id.version());
        assertNotEquals(id, ConsentRecords.of(register(), KEY).record(SubjectId.of("customer-4712"), consent, NOW)
                .id());
        assertNotEquals(id, ConsentRecords.of(register(), KEY).record(SUBJECT,
                new SubjectConsent("newsletter", GIVEN.plusSeconds(1), Optional.empty()), NOW).id());
        assertNotEquals(id, ConsentRecords.of(register(), PseudonymKey.generate()).record(SUBJECT, consent, NOW)
                .id());
    }

    @Test
    void theIdIsAVersion5UuidAsRfc9562DefinesIt() {
        // RFC 9562's DNS namespace and a well-known test vector.
        assertEquals(UUID.fromString("886313e1-3b8a-5372-9b90-0c9aee199e5d"), ConsentRecords.nameBased(
                UUID.fromString("6ba7b810-9dad-11d1-80b4-00c04fd430c8"), "python.org"));
    }

    @Test
    void aConsentPastItsValidityHasExpiredAtItsEndAndOneWithinItHasNot() {
        ConsentRecords records = ConsentRecords.of(register(), KEY).validFor(Period.ofMonths(6));
        SubjectConsent consent = new SubjectConsent("newsletter", GIVEN, Optional.empty());
        ConsentRecord expired = records.record(SUBJECT, consent, NOW);
        assertEquals(List.of(new ConsentEvent(ConsentStatus.GIVEN, GIVEN),
                new ConsentEvent(ConsentStatus.EXPIRED, Instant.parse("2026-09-01T10:15:30Z"))), expired.events());
        assertEquals(ConsentStatus.GIVEN, records.record(SUBJECT, consent, Instant.parse("2026-08-31T00:00:00Z"))
                .status());
        assertThrows(IllegalArgumentException.class, () -> records.validFor(Period.ZERO));
    }

    @Test
    void everyConsentOfAStateIsRecordedInOrderOfPurpose() {
        Register register = register().toBuilder().purpose(Purpose.builder("events", LocalizedText.fi("Tapahtumat"))
                .legalBasis(LegalBasis.consent(LocalizedText.fi("Peru sähköpostilla"))).build()).build();
        SubjectState state = SubjectState.builder(SUBJECT).consentGiven("newsletter", GIVEN)
                .consentGiven("events", GIVEN).consentWithdrawn("events", NOW).build();
        List<ConsentRecord> records = ConsentRecords.of(register, KEY).records(state, NOW);
        assertEquals(List.of("events", "newsletter"), records.stream().map(r -> r.purpose().key()).toList());
        assertEquals(List.of(ConsentStatus.WITHDRAWN, ConsentStatus.GIVEN),
                records.stream().map(ConsentRecord::status).toList());
    }

    @Test
    void whatTheRegisterLacksIsNamed() {
        Register register = register();
        MissingConsentRecordFieldException noVersion = assertThrows(MissingConsentRecordFieldException.class,
                () -> ConsentRecords.of(register.toBuilder().metadata(DocumentMetadata.none()).build(), KEY));
        assertEquals("metadata.version", noVersion.field());
        assertTrue(noVersion.getMessage().contains("'newsletter-register'"), noVersion.getMessage());

        MissingConsentRecordFieldException noId = assertThrows(MissingConsentRecordFieldException.class,
                () -> ConsentRecords.of(register.toBuilder().controller(Organisation.of("Esimerkki Oy",
                        ContactDetails.none())).build(), KEY));
        assertEquals("controller.businessId", noId.field());

        ConsentRecords records = ConsentRecords.of(register, KEY);
        MissingConsentRecordFieldException notConsent = assertThrows(MissingConsentRecordFieldException.class,
                () -> records.record(SUBJECT, new SubjectConsent("billing", GIVEN, Optional.empty()), NOW));
        assertEquals("purposes[billing].legalBasis", notConsent.field());

        Register noWithdrawal = register.toBuilder().replacePurpose(Purpose.builder("newsletter", LocalizedText.fi("U"))
                .legalBasis(new LegalBasis.Consent(Optional.empty())).build()).build();
        MissingConsentRecordFieldException how = assertThrows(MissingConsentRecordFieldException.class,
                () -> ConsentRecords.of(noWithdrawal, KEY).record(SUBJECT,
                        new SubjectConsent("newsletter", GIVEN, Optional.empty()), NOW));
        assertEquals("purposes[newsletter].legalBasis.withdrawal", how.field());

        UnknownKeyException unknown = assertThrows(UnknownKeyException.class, () -> records.record(SUBJECT,
                new SubjectConsent("lottery", GIVEN, Optional.empty()), NOW));
        assertEquals("lottery", unknown.key());
    }

    @Test
    void aConsentGivenAgainWhileLiveIsRenewedAndTheEarlierRecordEndsSupersededThen() {
        ConsentRecords records = ConsentRecords.of(register(), KEY);
        Instant again = Instant.parse("2026-08-15T09:00:00Z");
        SubjectConsent first = new SubjectConsent("newsletter", GIVEN, Optional.empty(), Optional.of("v3"));
        SubjectConsent renewed = new SubjectConsent("newsletter", again, Optional.empty(), Optional.of("v4"));

        List<ConsentRecord> history = records.history(SUBJECT, List.of(renewed, first), NOW);

        assertEquals(List.of(new ConsentEvent(ConsentStatus.GIVEN, GIVEN),
                new ConsentEvent(ConsentStatus.SUPERSEDED, again)), history.get(0).events());
        assertEquals(List.of(new ConsentEvent(ConsentStatus.RENEWED, again)), history.get(1).events());
        assertEquals(Optional.of("v4"), history.get(1).textVersion());
        assertEquals(records.record(SUBJECT, first, NOW).id(), history.get(0).id(), "the ids stay those of the consents");
        assertEquals(records.record(SUBJECT, renewed, NOW).id(), history.get(1).id());
        assertEquals(Optional.of(history.get(1).id()), history.get(0).replacedBy(), "superseded by the renewal");
        assertEquals(Optional.empty(), history.get(0).replaces());
        assertEquals(Optional.of(history.get(0).id()), history.get(1).replaces(), "the renewal replaces it");
        assertEquals(Optional.empty(), history.get(1).replacedBy());
    }

    @Test
    void aConsentRenewedTwiceChainsThreeRecordsEachNamingItsNeighbours() {
        SubjectConsent first = new SubjectConsent("newsletter", GIVEN, Optional.empty());
        SubjectConsent second = new SubjectConsent("newsletter", Instant.parse("2026-05-01T00:00:00Z"),
                Optional.empty());
        SubjectConsent third = new SubjectConsent("newsletter", Instant.parse("2026-07-01T00:00:00Z"),
                Optional.empty());
        SubjectConsent billing = new SubjectConsent("billing-news", GIVEN, Optional.empty());
        Register register = register().toBuilder().purpose(Purpose.builder("billing-news", LocalizedText.fi("L"))
                .legalBasis(LegalBasis.consent(LocalizedText.fi("Linkistä"))).build()).build();

        List<ConsentRecord> history = ConsentRecords.of(register, KEY)
                .history(SUBJECT, List.of(third, billing, first, second), NOW);

        assertEquals(List.of("billing-news", "newsletter", "newsletter", "newsletter"),
                history.stream().map(r -> r.purpose().key()).toList());
        ConsentRecord other = history.get(0);
        assertEquals(List.of(Optional.empty(), Optional.empty()), List.of(other.replaces(), other.replacedBy()),
                "another purpose's consent neither replaces nor is replaced by the newsletter's");
        assertEquals(List.of(Optional.empty(), Optional.of(history.get(2).id())),
                List.of(history.get(1).replaces(), history.get(1).replacedBy()));
        assertEquals(List.of(Optional.of(history.get(1).id()), Optional.of(history.get(3).id())),
                List.of(history.get(2).replaces(), history.get(2).replacedBy()));
        assertEquals(List.of(Optional.of(history.get(2).id()), Optional.empty()),
                List.of(history.get(3).replaces(), history.get(3).replacedBy()));
    }

    @Test
    void aConsentGivenAgainAfterAWithdrawalOrAnExpiryIsGivenAfresh() {
        Instant again = Instant.parse("2026-11-15T09:00:00Z");
        SubjectConsent first = new SubjectConsent("newsletter", GIVEN, Optional.empty());
        SubjectConsent withdrawnFirst = new SubjectConsent("newsletter", GIVEN,
                Optional.of(Instant.parse("2026-05-01T00:00:00Z")));
        SubjectConsent second = new SubjectConsent("newsletter", again, Optional.empty());

        List<ConsentRecord> expired = ConsentRecords.of(register(), KEY).validFor(Period.ofMonths(6))
                .history(SUBJECT, List.of(first, second), NOW);
        List<ConsentRecord> withdrawn = ConsentRecords.of(register(), KEY)
                .history(SUBJECT, List.of(withdrawnFirst, second), NOW);

        assertEquals(List.of(ConsentStatus.EXPIRED, ConsentStatus.GIVEN),
                expired.stream().map(ConsentRecord::status).toList(), "expired on 2026-09-01, before the second");
        assertEquals(List.of(ConsentStatus.WITHDRAWN, ConsentStatus.GIVEN),
                withdrawn.stream().map(ConsentRecord::status).toList());
        for (ConsentRecord record : List.of(expired.get(0), expired.get(1), withdrawn.get(0), withdrawn.get(1))) {
            assertEquals(Optional.empty(), record.replaces(), record.toString());
            assertEquals(Optional.empty(), record.replacedBy(), record.toString());
        }
    }

    @Test
    void aRecordStartsGivenOrRenewedAndEndsOnce() {
        ConsentRecord record = ConsentRecords.of(register(), KEY).record(SUBJECT,
                new SubjectConsent("newsletter", GIVEN, Optional.empty()), NOW);
        Instant later = GIVEN.plusSeconds(60);

        assertThrows(IllegalArgumentException.class, () -> withEvents(record,
                List.of(new ConsentEvent(ConsentStatus.SUPERSEDED, GIVEN))));
        assertThrows(IllegalArgumentException.class, () -> withEvents(record, List.of(
                new ConsentEvent(ConsentStatus.GIVEN, GIVEN), new ConsentEvent(ConsentStatus.RENEWED, later))));
        assertEquals(ConsentStatus.SUPERSEDED, withEvents(record, List.of(new ConsentEvent(ConsentStatus.RENEWED,
                GIVEN), new ConsentEvent(ConsentStatus.SUPERSEDED, later)), Optional.of(EARLIER), Optional.of(LATER))
                .status());
    }

    @Test
    void aRecordNamesTheRecordItReplacedExactlyWhenRenewedAndItsReplacementExactlyWhenSuperseded() {
        ConsentRecord record = ConsentRecords.of(register(), KEY).record(SUBJECT,
                new SubjectConsent("newsletter", GIVEN, Optional.empty()), NOW);
        List<ConsentEvent> renewed = List.of(new ConsentEvent(ConsentStatus.RENEWED, GIVEN));
        List<ConsentEvent> superseded = List.of(new ConsentEvent(ConsentStatus.GIVEN, GIVEN),
                new ConsentEvent(ConsentStatus.SUPERSEDED, GIVEN.plusSeconds(60)));

        IllegalArgumentException noPredecessor = assertThrows(IllegalArgumentException.class,
                () -> withEvents(record, renewed, Optional.empty(), Optional.empty()));
        assertTrue(noPredecessor.getMessage().contains(record.id() + " was renewed but names no record it replaces"),
                noPredecessor.getMessage());
        IllegalArgumentException afresh = assertThrows(IllegalArgumentException.class,
                () -> withEvents(record, record.events(), Optional.of(EARLIER), Optional.empty()));
        assertTrue(afresh.getMessage().contains(EARLIER.toString()), afresh.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> withEvents(record, superseded, Optional.empty(), Optional.empty()));
        IllegalArgumentException notSuperseded = assertThrows(IllegalArgumentException.class,
                () -> withEvents(record, record.events(), Optional.empty(), Optional.of(LATER)));
        assertTrue(notSuperseded.getMessage().contains(LATER.toString()), notSuperseded.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> withEvents(record, renewed, Optional.of(record.id()), Optional.empty()));
        assertThrows(IllegalArgumentException.class,
                () -> withEvents(record, superseded, Optional.empty(), Optional.of(record.id())));
        assertEquals(Optional.of(LATER), withEvents(record, superseded, Optional.empty(), Optional.of(LATER))
                .replacedBy());
    }

    private static ConsentRecord withEvents(ConsentRecord r, List<ConsentEvent> events) {
        return withEvents(r, events, Optional.empty(), Optional.empty());
    }

    private static ConsentRecord withEvents(ConsentRecord r, List<ConsentEvent> events, Optional<UUID> replaces,
            Optional<UUID> replacedBy) {
        return new ConsentRecord(r.id(), r.register(), r.registerName(), r.subject(), r.pseudonymKey(),
                r.controllerName(), r.controllerId(), r.noticeVersion(), r.textVersion(), r.purpose(), r.withdrawal(),
                r.languages(), events, replaces, replacedBy);
    }

    @Test
    void aRecordRefusesARawSubjectIdWithoutQuotingIt() {
        ConsentRecord record = ConsentRecords.of(register(), KEY).record(SUBJECT,
                new SubjectConsent("newsletter", GIVEN, Optional.empty()), NOW);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new ConsentRecord(
                record.id(), record.register(), record.registerName(), "customer-4711", record.pseudonymKey(), record.controllerName(),
                record.controllerId(), record.noticeVersion(), record.textVersion(), record.purpose(),
                record.withdrawal(), record.languages(), record.events(), record.replaces(), record.replacedBy()));
        assertFalse(e.getMessage().contains("customer-4711"), e.getMessage());
    }
}
