package fi.rekisteri.jpa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.rekisteri.core.policy.SubjectId;
import fi.rekisteri.core.policy.SubjectRequest;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceConfiguration;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Subjects' requests kept with their deadlines on a real database. */
abstract class SubjectRequestStoreContract {

    private static final SubjectId SUBJECT = SubjectId.of("customer-4711");

    private String url;
    private EntityManagerFactory factory;
    private SubjectRequestStore store;

    abstract TestDatabase database();

    @BeforeEach
    void start() {
        url = database().freshDatabase();
        factory = database().factory(url, Map.of(PersistenceConfiguration.SCHEMAGEN_DATABASE_ACTION, "create"));
        store = SubjectRequestStore.of(factory);
    }

    @AfterEach
    void stop() {
        factory.close();
    }

    private StoredRequest received(String day, SubjectRequest.Kind kind) {
        return store.receive(SubjectRequest.received(SUBJECT, kind, LocalDate.parse(day)));
    }

    @Test
    void aRequestReceivedOnTheLastOfJanuaryIsDueAtTheEndOfFebruary() {
        StoredRequest stored = received("2026-01-31", SubjectRequest.Kind.ACCESS);

        SubjectRequest read = store.find(stored.id()).orElseThrow().request();
        assertEquals(LocalDate.parse("2026-02-28"), read.deadline());
        assertEquals(SubjectRequest.Kind.ACCESS, read.kind());
    }

    @Test
    void anUpdateWaitsForAnotherOfTheSameRequestAndSeesIt() throws Exception {
        long id = received("2026-01-31", SubjectRequest.Kind.ACCESS).id();
        EntityManager first = factory.createEntityManager();
        AtomicReference<SubjectRequest> seen = new AtomicReference<>();
        ExecutorService second = Executors.newSingleThreadExecutor();
        try {
            first.getTransaction().begin();
            SubjectRequestStore.joining(first).update(id, r -> r.identityVerified(LocalDate.parse("2026-02-02")));
            Future<StoredRequest> answer = second.submit(() -> store.update(id, r -> {
                seen.set(r);
                return r.answered(LocalDate.parse("2026-02-03"));
            }));
            // The first update's transaction is open: the second must be waiting for its lock, not done.
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (!waitingForALock()) {
                assertFalse(answer.isDone(), "the second update ran while the first one's transaction was open");
                assertTrue(System.nanoTime() < deadline, "the second update neither waited nor finished");
                Thread.sleep(5);
            }
            first.getTransaction().commit();

            answer.get(30, TimeUnit.SECONDS);
        } finally {
            if (first.getTransaction().isActive()) {
                first.getTransaction().rollback();
            }
            first.close();
            second.shutdownNow();
        }
        assertEquals(Optional.of(LocalDate.parse("2026-02-02")), seen.get().identityVerified(),
                "the second update saw the first");
        SubjectRequest read = store.find(id).orElseThrow().request();
        assertEquals(Optional.of(LocalDate.parse("2026-02-02")), read.identityVerified());
        assertEquals(Optional.of(LocalDate.parse("2026-02-03")), read.answered());
    }

    /** Whether a session of the test's database waits for a lock another holds. */
    private boolean waitingForALock() throws SQLException {
        String query = database() == TestDatabase.H2
                ? "select count(*) from information_schema.sessions where blocker_id is not null"
                : "select count(*) from pg_stat_activity where wait_event_type = 'Lock'";
        try (Connection c = database().connect(url); Statement s = c.createStatement();
                ResultSet r = s.executeQuery(query)) {
            return r.next() && r.getInt(1) > 0;
        }
    }

    @Test
    void verificationExtensionAndAnswerAreKept() {
        long id = received("2026-01-31", SubjectRequest.Kind.ERASURE).id();

        store.update(id, r -> r.identityVerified(LocalDate.parse("2026-02-02")));
        store.update(id, r -> r.extended(LocalDate.parse("2026-02-20"), "many systems to search"));
        SubjectRequest answered = store.update(id, r -> r.answered(LocalDate.parse("2026-04-30"))).request();

        SubjectRequest read = store.find(id).orElseThrow().request();
        assertEquals(answered, read);
        assertEquals(LocalDate.parse("2026-04-30"), read.deadline());
        assertEquals("many systems to search", read.extension().orElseThrow().reason());
        assertTrue(read.answeredInTime());
    }

    @Test
    void overdueListsOpenRequestsPastTheirDeadlineMostOverdueFirst() {
        long late = received("2026-01-10", SubjectRequest.Kind.ACCESS).id();
        long later = received("2026-01-31", SubjectRequest.Kind.PORTABILITY).id();
        long answered = received("2026-01-05", SubjectRequest.Kind.RECTIFICATION).id();
        store.update(answered, r -> r.answered(LocalDate.parse("2026-01-20")));
        long extended = received("2026-01-15", SubjectRequest.Kind.OBJECTION).id();
        store.update(extended, r -> r.extended(LocalDate.parse("2026-02-01"), "complex"));
        received("2026-02-20", SubjectRequest.Kind.RESTRICTION);

        List<Long> overdue = store.overdueOn(LocalDate.parse("2026-03-01")).stream().map(StoredRequest::id).toList();

        assertEquals(List.of(late, later), overdue);
        assertEquals(List.of(late), store.overdueOn(LocalDate.parse("2026-02-28")).stream().map(StoredRequest::id)
                .toList(), "due on the 28th is not overdue that day");
        assertEquals(5, store.of(SUBJECT).size());
    }

    @Test
    void openListsTheUnansweredRequestsEarliestDeadlineFirst() {
        long extended = received("2026-01-05", SubjectRequest.Kind.ERASURE).id();
        store.update(extended, r -> r.extended(LocalDate.parse("2026-01-20"), "many systems to search"));
        long answered = received("2026-01-06", SubjectRequest.Kind.ACCESS).id();
        store.update(answered, r -> r.answered(LocalDate.parse("2026-01-07")));
        long soon = received("2026-01-31", SubjectRequest.Kind.PORTABILITY).id();
        long first = received("2026-01-10", SubjectRequest.Kind.ACCESS).id();

        List<StoredRequest> open = store.open();

        assertEquals(List.of(first, soon, extended), open.stream().map(StoredRequest::id).toList(),
                "due 2026-02-10, 2026-02-28 and, extended, 2026-04-05; the answered one is not open");
        assertEquals(LocalDate.parse("2026-04-05"), open.get(2).request().deadline());
    }

    @Test
    void anUpdateCannotChangeWhatWasReceived() {
        long id = received("2026-01-31", SubjectRequest.Kind.ACCESS).id();

        assertThrows(IllegalArgumentException.class, () -> store.update(id,
                r -> SubjectRequest.received(SUBJECT, SubjectRequest.Kind.ERASURE, r.received())));
    }
}
