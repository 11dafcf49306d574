package fi.rekisteri.jpa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.rekisteri.core.LocalizedText;
import fi.rekisteri.core.Purpose;
import fi.rekisteri.core.Register;
import fi.rekisteri.core.diff.Change;
import fi.rekisteri.core.diff.PriorNotice;
import fi.rekisteri.core.diff.RegisterDiff;
import jakarta.persistence.EntityManagerFactory;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.TestInstance;

/**
 * {@link RegisterStore#publish}, {@link RegisterStore#published} and {@link RegisterStore#diff} on any database: each
 * subclass runs them on one.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class PublishedRevisionsContract {

    private EntityManagerFactory factory;
    private RegisterStore store;

    abstract TestDatabase database();

    @BeforeAll
    void startDatabase() {
        factory = database().factoryWithGeneratedSchema();
        store = RegisterStore.of(factory);
    }

    @AfterAll
    void closeFactory() {
        factory.close();
    }

    private static String key(TestInfo test) {
        return test.getTestMethod().orElseThrow().getName().replaceAll("([A-Z])", "-$1").toLowerCase();
    }

    private static RegisterStore at(RegisterStore store, String instant) {
        return store.withClock(Clock.fixed(Instant.parse(instant), ZoneOffset.UTC));
    }

    /** Three revisions of a register: the second adds a purpose, the third changes nothing the diff sees. */
    private Register saveThree(String key) {
        Register first = SampleRegisters.full(key);
        Register second = first.toBuilder()
                .purpose(Purpose.builder("events", LocalizedText.fi("Tapahtumat")).categories("contact").build())
                .build();
        store.save(first, 0, fi.rekisteri.jpa.Change.by("maija"));
        store.save(second, 1, fi.rekisteri.jpa.Change.by("maija"));
        store.save(second, 2, fi.rekisteri.jpa.Change.by("matti"));
        return second;
    }

    @Test
    void listsThePublishedRevisionsInTheOrderTheyWerePublishedWithTheirTimes(TestInfo test) {
        String key = key(test);
        saveThree(key);
        assertEquals(List.of(), store.published(key));

        PublishedRevision first = at(store, "2026-01-10T08:00:00.123456789Z").publish(key, 1);
        at(store, "2026-03-01T09:30:00Z").publish(key, 3);

        assertEquals(new PublishedRevision(key, 1, Instant.parse("2026-01-10T08:00:00.123456Z")), first);
        assertEquals(List.of(first, new PublishedRevision(key, 3, Instant.parse("2026-03-01T09:30:00Z"))),
                store.published(key));
    }

    @Test
    void aRevisionPublishedAgainKeepsItsFirstTime(TestInfo test) {
        String key = key(test);
        saveThree(key);
        PublishedRevision first = at(store, "2026-01-10T08:00:00Z").publish(key, 2);

        PublishedRevision again = at(store, "2026-02-10T08:00:00Z").publish(key, 2);

        assertEquals(first, again);
        assertEquals(List.of(first), store.published(key));
    }

    @Test
    void publishingARevisionThatDoesNotExistNamesItAndStoresNothing(TestInfo test) {
        String key = key(test);
        saveThree(key);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> store.publish(key, 4));
        assertEquals("register '" + key + "' has no revision 4", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> store.publish("no-such-register", 1));
        assertEquals(List.of(), store.published(key));
    }

    @Test
    void diffsTwoStoredRevisions(TestInfo test) {
        String key = key(test);
        Register second = saveThree(key);

        RegisterDiff diff = store.diff(key, 1, 2);

        assertEquals(1, diff.changes().size(), diff::toString);
        Change<?> change = diff.changes().get(0);
        assertEquals(Change.Kind.ADDED, change.kind());
        assertEquals(Optional.of(second.purpose("events").orElseThrow()), change.after());
        assertEquals(Optional.of(PriorNotice.NEW_PURPOSE), change.priorNotice());
        assertTrue(store.diff(key, 2, 3).isEmpty());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> store.diff(key, 1, 9));
        assertEquals("register '" + key + "' has no revision 9", e.getMessage());
    }
}
