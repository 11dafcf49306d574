package fi.rekisteri.core.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProcessingScopeTest {

    private static final Instant NOW = Instant.parse("2026-05-04T10:15:30Z");
    private static final SubjectId SUBJECT = SubjectId.of("customer-4711");

    private final PurposePolicy policy = PurposePolicy.compile(TestRegisters.customers());
    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);

    @Test
    void scopeIsBoundOnlyWhileItsActionRunsAndRestoresTheOuterOne() {
        ProcessingScope outer = ProcessingScope.of(policy, SUBJECT, policy.purpose("billing"), "invoice-job");
        ProcessingScope inner = ProcessingScope.of(policy, SUBJECT, policy.purpose("accounting"), "ledger");
        assertTrue(ProcessingScope.current().isEmpty());
        outer.run(() -> {
            assertSame(outer, ProcessingScope.current().orElseThrow());
            String seen = inner.call(() -> ProcessingScope.current().orElseThrow().purpose().key());
            assertEquals("accounting", seen);
            assertSame(outer, ProcessingScope.current().orElseThrow());
        });
        assertTrue(ProcessingScope.current().isEmpty());
    }

    @Test
    void scopeIsUnboundEvenWhenItsActionThrows() {
        ProcessingScope scope = ProcessingScope.of(policy, SUBJECT, policy.purpose("billing"), "invoice-job");
        assertThrows(IllegalStateException.class, () -> scope.run(() -> {
            throw new IllegalStateException("boom");
        }));
        assertTrue(ProcessingScope.current().isEmpty());
    }

    @Test
    void recordsAnEntryWithTheClocksTimeForAllowedCategories() {
        InMemoryProcessingLog log = new InMemoryProcessingLog();
        ProcessingScope scope = ProcessingScope.of(policy, SUBJECT, policy.purpose("billing"), "invoice-job");
        scope.recordTo(log, clock, "contact.email", "billing.invoices");
        assertEquals(List.of(new ProcessingEntry(SUBJECT, "billing", List.of("contact.email", "billing.invoices"),
                NOW, "invoice-job")), log.entries());
        assertEquals(1, log.entriesAbout(SUBJECT).size());
        assertEquals(0, log.entriesAbout(SubjectId.of("customer-1")).size());
    }

    @Test
    void recordsNothingWhenACategoryIsDenied() {
        InMemoryProcessingLog log = new InMemoryProcessingLog();
        ProcessingScope scope = ProcessingScope.of(policy, SUBJECT, policy.purpose("billing"), "invoice-job");
        PurposeViolationException e = assertThrows(PurposeViolationException.class,
                () -> scope.recordTo(log, clock, "contact.email", "marketing"));
        assertEquals("marketing", e.category());
        assertTrue(log.entries().isEmpty());
    }

    @Test
    void scopeChecksAgainstTheSubjectsState() {
        SubjectState objected = SubjectState.builder(SUBJECT).objectedToDirectMarketing(NOW).build();
        ProcessingScope scope = ProcessingScope.of(policy, objected, policy.purpose("direct-marketing"), "crm");
        assertFalse(scope.check(policy.category("contact.email")).isAllowed());
        assertFalse(scope.check("contact.email").isAllowed());
        assertThrows(PurposeViolationException.class, () -> scope.require(policy.category("contact.email")));
        assertFalse(scope.toString().contains("4711"), scope.toString());
    }

    @Test
    void scopeRejectsAPurposeFromAnotherPolicyAndABlankActor() {
        PurposePolicy other = PurposePolicy.compile(TestRegisters.customers());
        assertThrows(IllegalArgumentException.class,
                () -> ProcessingScope.of(policy, SUBJECT, other.purpose("billing"), "job"));
        assertThrows(IllegalArgumentException.class,
                () -> ProcessingScope.of(policy, SUBJECT, policy.purpose("billing"), " "));
    }

    @Test
    void refusalIsLoggedWithThePseudonymNeverTheSubjectIdOrActor() {
        SubjectState objected = SubjectState.builder(SUBJECT).objectedToDirectMarketing(NOW).build();
        ProcessingScope scope = ProcessingScope.of(policy, objected, policy.purpose("direct-marketing"), "maija.m");
        PrintStream original = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        // slf4j-simple, the test binding, writes to whatever System.err is at the time of the call.
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            assertThrows(PurposeViolationException.class, () -> scope.require(policy.category("contact.email")));
        } finally {
            System.setErr(original);
        }
        String logged = captured.toString(StandardCharsets.UTF_8);
        assertTrue(logged.contains("processing refused: purpose 'direct-marketing', category 'contact.email', subject "
                + SUBJECT.pseudonym()), logged);
        assertFalse(logged.contains("4711"), logged);
        assertFalse(logged.contains("maija"), logged);
    }
}
