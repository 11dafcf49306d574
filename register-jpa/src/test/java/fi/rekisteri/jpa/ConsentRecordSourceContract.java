package fi.rekisteri.jpa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.rekisteri.core.LegalBasis;
import fi.rekisteri.core.LocalizedText;
import fi.rekisteri.core.Purpose;
import fi.rekisteri.core.Register;
import fi.rekisteri.core.policy.ConsentEvent;
import fi.rekisteri.core.policy.ConsentRecord;
import fi.rekisteri.core.policy.ConsentRecords;
import fi.rekisteri.core.policy.ConsentStatus;
import fi.rekisteri.core.policy.MissingConsentRecordFieldException;
import fi.rekisteri.core.policy.PseudonymKey;
import fi.rekisteri.core.policy.SubjectConsent;
import fi.rekisteri.core.policy.SubjectId;
import fi.rekisteri.core.policy.UnknownKeyException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.TestInstance;

/** What {@link ConsentRecordSource} reads from {@link SubjectStateStore}'s events, on any database. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ConsentRecordSourceContract {

    private static final Instant T0 = Instant.parse("2026-01-10T08:00:00Z");
    private static final Instant T1 = Instant.parse("2026-03-01T12:00:00Z");
    private static final Instant T2 = Instant.parse("2026-06-15T09:30:00Z");
    private static final Instant AS_OF = Instant.parse("2026-12-01T00:00:00Z");

    /** How many subjects consented to the panel; the streaming tests read their records. */
    private static final int PANEL_SUBJECTS = 2_500;

    /** Consent-based: newsletter (from SampleRegisters.full), panel (only the bulk data's) and surveys. */
    private final Register register = SampleRegisters.full("consents").toBuilder()
            .purpose(Purpose.builder("panel", LocalizedText.fi("Kuluttajapaneeli"))
                    .legalBasis(LegalBasis.consent(LocalizedText.fi("Paneelin asetuksista"))).build())
            .purpose(Purpose.builder("surveys", LocalizedText.fi("Kyselyt"))
                    .legalBasis(LegalBasis.consent(LocalizedText.fi("Kyselyn lopussa"))).build())
            .build();
    private final PseudonymKey key = PseudonymKey.generate();
    private final ConsentRecords records = ConsentRecords.of(register, key);

    private EntityManagerFactory factory;
    private SubjectStateStore store;
    private ConsentRecordSource source;
    /** The panel's records as core makes them from the consents seeded, in no particular order. */
    private final List<ConsentRecord> panelRecords = new ArrayList<>();
    /** How many panel events were stored. */
    private int panelEvents;

    abstract TestDatabase database();

    @BeforeAll
    void startDatabaseAndSeedThePanel() {
        factory = database().factoryWithGeneratedSchema();
        store = SubjectStateStore.of(factory);
        source = ConsentRecordSource.of(factory, records);
        factory.runInTransaction(em -> em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("insert into rk_subject_event (event_id,"
                    + " subject_id, event_kind, occurred_at, purpose_key, text_version) values (?, ?, ?, ?, ?, ?)")) {
                for (int i = 0; i < PANEL_SUBJECTS; i++) {
                    seedPanelist(insert, i);
                }
                insert.executeBatch();
            }
        }));
    }

    /**
     * Subject i consents to the panel; every fifth withdraws, every fifth (another) withdraws and consents again.
     * Every tenth also consents to the newsletter and objects to direct marketing: events the panel never shows.
     * The rows are those the store writes, inserted in one batch (ids far above the sequence's) to keep the suite
     * fast.
     */
    private void seedPanelist(PreparedStatement insert, int i) throws SQLException {
        SubjectId subject = SubjectId.of("panel-" + i);
        Instant given = T0.plusSeconds(i);
        row(insert, subject, "consent-given", given, "panel", "panel-v1");
        panelEvents++;
        if (i % 5 == 0 || i % 5 == 1) {
            Instant withdrawn = T1.plusSeconds(i);
            row(insert, subject, "consent-withdrawn", withdrawn, "panel", null);
            panelEvents++;
            panelRecords.add(expected(subject, "panel", given, Optional.of(withdrawn), "panel-v1"));
        } else {
            panelRecords.add(expected(subject, "panel", given, Optional.empty(), "panel-v1"));
        }
        if (i % 5 == 1) {
            Instant again = T2.plusSeconds(i);
            row(insert, subject, "consent-given", again, "panel", "panel-v2");
            panelEvents++;
            panelRecords.add(expected(subject, "panel", again, Optional.empty(), "panel-v2"));
        }
        if (i % 10 == 0) {
            row(insert, subject, "consent-given", given, "newsletter", "newsletter-v3");
            row(insert, subject, "objected-to-direct-marketing", T2, null, null);
        }
    }

    private long nextRowId = 1_000_000_000L;

    private void row(PreparedStatement insert, SubjectId subject, String kind, Instant at, String purpose,
            String textVersion) throws SQLException {
        insert.setLong(1, nextRowId++);
        insert.setString(2, subject.value());
        insert.setString(3, kind);
        insert.setObject(4, at.atOffset(ZoneOffset.UTC));
        insert.setString(5, purpose);
        insert.setString(6, textVersion);
        insert.addBatch();
    }

    private ConsentRecord expected(SubjectId subject, String purpose, Instant given, Optional<Instant> withdrawn,
            String textVersion) {
        return records.record(subject, new SubjectConsent(purpose, given, withdrawn, Optional.of(textVersion)), AS_OF);
    }

    @AfterAll
    void closeFactory() {
        factory.close();
    }

    private static SubjectId subject(TestInfo test) {
        return SubjectId.of("customer-" + test.getTestMethod().orElseThrow().getName());
    }

    private Statistics statistics() {
        return factory.unwrap(SessionFactory.class).getStatistics();
    }

    private List<ConsentRecord> panel(int pageSize) {
        try (Stream<ConsentRecord> stream = source.forPurpose("panel", AS_OF, pageSize)) {
            return stream.toList();
        }
    }

    @Test
    void aSubjectsRecordsAreThoseCoreMakesOfTheirStoredConsents(TestInfo test) {
        SubjectId subject = subject(test);
        store.giveConsent(subject, "surveys", T0, "surveys-v1");
        store.giveConsent(subject, "newsletter", T1, "newsletter-v3");
        store.withdrawConsent(subject, "newsletter", T2);
        store.objectToDirectMarketing(subject, T2);

        List<ConsentRecord> mine = source.forSubject(subject, AS_OF);

        assertEquals(records.records(store.load(subject), AS_OF), mine);
        assertEquals(List.of("newsletter", "surveys"), mine.stream().map(r -> r.purpose().key()).toList());
        assertEquals(List.of(new ConsentEvent(ConsentStatus.GIVEN, T1), new ConsentEvent(ConsentStatus.WITHDRAWN, T2)),
                mine.get(0).events());
        assertEquals(Optional.of("newsletter-v3"), mine.get(0).textVersion());
        assertEquals(ConsentStatus.GIVEN, mine.get(1).status());
    }

    @Test
    void aSubjectWhoSaidNothingHasNoRecords(TestInfo test) {
        assertEquals(List.of(), source.forSubject(subject(test), AS_OF));
    }

    @Test
    void aConsentGivenAgainAfterAWithdrawalIsASecondRecordWithItsOwnIdAndEvents(TestInfo test) {
        SubjectId subject = subject(test);
        store.giveConsent(subject, "newsletter", T0, "newsletter-v3");
        store.withdrawConsent(subject, "newsletter", T1);
        store.giveConsent(subject, "newsletter", T2, "newsletter-v4");

        List<ConsentRecord> mine = source.forSubject(subject, AS_OF);

        assertEquals(2, mine.size());
        ConsentRecord first = mine.get(0);
        ConsentRecord again = mine.get(1);
        assertNotEquals(first.id(), again.id());
        assertEquals(List.of(new ConsentEvent(ConsentStatus.GIVEN, T0), new ConsentEvent(ConsentStatus.WITHDRAWN, T1)),
                first.events());
        assertEquals(Optional.of("newsletter-v3"), first.textVersion());
        assertEquals(List.of(new ConsentEvent(ConsentStatus.GIVEN, T2)), again.events());
        assertEquals(Optional.of("newsletter-v4"), again.textVersion());
        assertEquals(List.of(Optional.empty(), Optional.empty()), mine.stream()
                .map(r -> r.replaces().or(r::replacedBy)).toList(), "a withdrawn consent is not replaced");
        // The state keeps the latest consent only; its record is the second, id and all.
        assertEquals(records.records(store.load(subject), AS_OF), List.of(again));
    }

    @Test
    void aConsentGivenAgainWhileLiveIsRenewedAndEndsTheEarlierRecordThen(TestInfo test) {
        SubjectId subject = subject(test);
        store.giveConsent(subject, "newsletter", T0, "newsletter-v3");
        store.giveConsent(subject, "newsletter", T2, "newsletter-v4");

        List<ConsentRecord> mine = source.forSubject(subject, AS_OF);

        assertEquals(List.of(List.of(new ConsentEvent(ConsentStatus.GIVEN, T0),
                                new ConsentEvent(ConsentStatus.SUPERSEDED, T2)),
                        List.of(new ConsentEvent(ConsentStatus.RENEWED, T2))),
                mine.stream().map(ConsentRecord::events).toList());
        ConsentRecord superseded = mine.get(0);
        ConsentRecord renewed = mine.get(1);
        assertEquals(List.of(Optional.empty(), Optional.of(renewed.id())),
                List.of(superseded.replaces(), superseded.replacedBy()), "replaced by the renewed record");
        assertEquals(List.of(Optional.of(superseded.id()), Optional.empty()),
                List.of(renewed.replaces(), renewed.replacedBy()), "the renewed record replaces it");
        assertEquals(mine, source.forPurpose("newsletter", AS_OF).filter(r -> r.subject().equals(mine.get(0)
                .subject())).toList(), "streamed by purpose, the same records");
        try (Stream<ConsentRecord> stream = source.forPurpose("newsletter", AS_OF, 1)) {
            assertEquals(mine, stream.filter(r -> r.subject().equals(superseded.subject())).toList(),
                    "read an event a page, the two events in two pages: the same records, linked");
        }
        List<ConsentRecord> expiring = ConsentRecordSource.of(factory, records.validFor(Period.ofMonths(3)))
                .forSubject(subject, AS_OF);
        assertEquals(List.of(ConsentStatus.EXPIRED, ConsentStatus.EXPIRED),
                expiring.stream().map(ConsentRecord::status).toList());
        assertEquals(List.of(Optional.empty(), Optional.empty()), expiring.stream()
                .map(r -> r.replaces().or(r::replacedBy)).toList(), "expired before the second: no link");
    }

    @Test
    void streamingAPurposeInPagesOf100GivesEveryRecordOnceAndNoOtherPurposes() {
        List<ConsentRecord> streamed = panel(100);

        assertEquals(PANEL_SUBJECTS + PANEL_SUBJECTS / 5, streamed.size());
        assertEquals(streamed.size(), new HashSet<>(streamed.stream().map(ConsentRecord::id).toList()).size());
        assertEquals(new HashSet<>(panelRecords), new HashSet<>(streamed));
    }

    @Test
    void theStreamsOrderIsStableWhateverThePageSize() {
        List<ConsentRecord> inPagesOf100 = panel(100);

        assertEquals(panel(ConsentRecordSource.MAX_PAGE_SIZE), inPagesOf100); // one page: the database's order
        assertEquals(panel(33), inPagesOf100);
        assertEquals(panel(100), inPagesOf100);
        // By subject: each subject's records together, oldest first.
        Set<String> subjects = new LinkedHashSet<>();
        String previous = "";
        for (ConsentRecord r : inPagesOf100) {
            if (!r.subject().equals(previous)) {
                assertTrue(subjects.add(r.subject()), "the records of a subject come together");
                previous = r.subject();
            }
        }
        assertEquals(PANEL_SUBJECTS, subjects.size());
        for (int i = 1; i < inPagesOf100.size(); i++) {
            ConsentRecord before = inPagesOf100.get(i - 1);
            ConsentRecord after = inPagesOf100.get(i);
            assertTrue(!before.subject().equals(after.subject()) || before.given().at().isBefore(after.given().at()));
        }
    }

    @Test
    void theStreamReadsOnePageAtATimeAsItIsConsumed() {
        Statistics statistics = statistics();
        statistics.clear();
        List<ConsentRecord> firstFive;
        try (Stream<ConsentRecord> stream = source.forPurpose("panel", AS_OF, 100)) {
            firstFive = stream.limit(5).toList();
        }
        assertEquals(5, firstFive.size());
        assertEquals(1, statistics.getQueryExecutionCount());

        statistics.clear();
        panel(100);
        // Full pages of 100, then the first page with fewer rows (empty when the count divides evenly).
        assertEquals(panelEvents / 100 + 1, statistics.getQueryExecutionCount());
        long rows = 0;
        for (String query : statistics.getQueries()) {
            rows += statistics.getQueryStatistics(query).getExecutionRowCount();
        }
        assertEquals(panelEvents, rows);
    }

    @Test
    void aJoiningSourceReadsInTheCallersEntityManagerWithoutFillingItsPersistenceContext() {
        EntityManager em = factory.createEntityManager();
        try {
            em.getTransaction().begin();
            List<ConsentRecord> streamed;
            try (Stream<ConsentRecord> stream = ConsentRecordSource.joining(em, records)
                    .forPurpose("panel", AS_OF, 250)) {
                streamed = stream.toList();
            }
            assertEquals(new HashSet<>(panelRecords), new HashSet<>(streamed));
            assertEquals(0, em.unwrap(Session.class).getStatistics().getEntityCount());
        } finally {
            em.getTransaction().rollback();
            em.close();
        }
    }

    @Test
    void refusesAPurposeNoRecordCanBeMadeOfBeforeReadingAnything() {
        Statistics statistics = statistics();
        statistics.clear();

        UnknownKeyException unknown = assertThrows(UnknownKeyException.class,
                () -> source.forPurpose("panle", AS_OF, 100));
        MissingConsentRecordFieldException notConsent = assertThrows(MissingConsentRecordFieldException.class,
                () -> source.forPurpose("billing", AS_OF));

        assertTrue(unknown.getMessage().contains("'panle'"), unknown.getMessage());
        assertTrue(notConsent.getMessage().contains("purposes[billing].legalBasis"), notConsent.getMessage());
        assertEquals(0, statistics.getQueryExecutionCount());
        IllegalArgumentException page = assertThrows(IllegalArgumentException.class,
                () -> source.forPurpose("panel", AS_OF, 0));
        assertEquals("page size 0 is not between 1 and 10000", page.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> source.forPurpose("panel", AS_OF, ConsentRecordSource.MAX_PAGE_SIZE + 1));
    }

    @Test
    void nothingLoggedPrintedOrThrownNamesTheSubjectById() {
        SubjectId subject = SubjectId.of("customer-4711-secret");
        store.giveConsent(subject, "newsletter", T0, "newsletter-v3");
        store.withdrawConsent(subject, "newsletter", T1);
        store.giveConsent(subject, "newsletter", T2, "newsletter-v4");
        store.giveConsent(subject, "no-such-purpose", T2, "v1");
        ConsentRecordSource newsletterOnly = ConsentRecordSource.of(factory, ConsentRecords.of(
                SampleRegisters.full("consents"), key));

        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream out = System.out;
        PrintStream err = System.err;
        List<String> printed = new ArrayList<>();
        try (PrintStream capture = new PrintStream(captured, true, StandardCharsets.UTF_8)) {
            System.setOut(capture);
            System.setErr(capture);
            UnknownKeyException unknown = assertThrows(UnknownKeyException.class,
                    () -> source.forSubject(subject, AS_OF));
            printed.add(unknown.getMessage());
            try (Stream<ConsentRecord> stream = newsletterOnly.forPurpose("newsletter", AS_OF, 10)) {
                List<ConsentRecord> newsletter = stream.filter(r -> r.subject().equals(key.pseudonym(subject)))
                        .toList();
                assertEquals(2, newsletter.size());
                newsletter.forEach(r -> printed.add(r.toString()));
                newsletter.forEach(r -> printed.add(r.subject()));
            }
            printed.add(source.toString());
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
        printed.add(captured.toString(StandardCharsets.UTF_8));

        for (String text : printed) {
            assertFalse(text.contains("4711") || text.contains("secret"), text);
        }
    }
}
