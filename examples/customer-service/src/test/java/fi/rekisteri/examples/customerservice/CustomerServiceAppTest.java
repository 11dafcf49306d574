package fi.rekisteri.examples.customerservice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.rekisteri.core.Language;
import fi.rekisteri.core.compliance.Finding;
import fi.rekisteri.core.policy.DenialReason;
import fi.rekisteri.core.policy.ProcessingEntry;
import fi.rekisteri.core.policy.PseudonymKey;
import fi.rekisteri.core.policy.PurposeViolationException;
import fi.rekisteri.core.policy.SubjectId;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Runs the app's whole story once and checks what it did and what it printed. */
class CustomerServiceAppTest {

    private static final Instant NOW = Instant.parse("2026-03-02T08:00:00Z");

    private static final String KEY = "jx3Lq6m0c1Zb8vJH2rT4yWfN5pK9aE7dQ0sUuV1xYzA=";
    private static Outcome outcome;
    private static String printed;

    @BeforeAll
    static void runTheApp() {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        try (PrintStream out = new PrintStream(buffer, true, StandardCharsets.UTF_8);
                PseudonymKey.Installation installed = CustomerServiceApp.pseudonymKey(KEY, out).install()) {
            outcome = CustomerServiceApp.run(Clock.fixed(NOW, ZoneOffset.UTC), out);
        }
        printed = buffer.toString(StandardCharsets.UTF_8);
    }

    @Test
    void namesCustomersByTheirPseudonymUnderTheConfiguredKey() {
        PseudonymKey key = PseudonymKey.fromBase64(KEY);
        assertTrue(printed.contains("Pseudonym key: " + key + " from REKISTERI_PSEUDONYM_KEY."), printed);
        assertTrue(printed.contains("customer SubjectId[~" + SubjectId.of("C-1002").pseudonym(key) + "]"), printed);
        assertFalse(printed.contains(KEY.substring(0, 12)), printed);
    }

    @Test
    void generatesAKeyForTheRunWhenNoneIsConfigured() {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        PseudonymKey generated;
        try (PrintStream out = new PrintStream(buffer, true, StandardCharsets.UTF_8)) {
            generated = CustomerServiceApp.pseudonymKey(null, out);
        }
        assertEquals("Pseudonym key: " + generated + " generated for this run (REKISTERI_PSEUDONYM_KEY is not set)."
                + System.lineSeparator(), buffer.toString(StandardCharsets.UTF_8));
        assertFalse(generated.equals(CustomerServiceApp.pseudonymKey("", new PrintStream(new ByteArrayOutputStream()))));
    }

    @Test
    void refusesTheNewsletterForTheCustomerWhoObjectedOnly() {
        PurposeViolationException newsletter = outcome.refusals().get(0);
        assertEquals("direct-marketing", newsletter.purpose());
        assertEquals(DenialReason.OBJECTED_TO_DIRECT_MARKETING, newsletter.code());
        assertEquals(List.of(new Outbox.Message("aino.asiakas@example.invalid", "Mainostakomon uutiskirje")),
                outcome.sent().stream().filter(m -> m.subject().contains("uutiskirje")).toList());
    }

    @Test
    void refusesSupportTheBillingHistory() {
        PurposeViolationException support = outcome.refusals().get(1);
        assertEquals("technical-support", support.purpose());
        assertEquals(DenialReason.NOT_COVERED, support.code());
        assertEquals(2, outcome.refusals().size());
    }

    @Test
    void recordsEveryAllowedAccessAndNoRefusedOne() {
        SubjectId aino = SubjectId.of("C-1001");
        SubjectId bertta = SubjectId.of("C-1002");
        List<ProcessingEntry> expected = List.of(
                new ProcessingEntry(aino, "customer-relationship", List.of("contact", "contact.email"), NOW,
                        "customer-service"),
                new ProcessingEntry(bertta, "customer-relationship", List.of("contact", "contact.email"), NOW,
                        "customer-service"),
                new ProcessingEntry(aino, "billing", List.of("contact", "contact.email"), NOW, "billing-run"),
                new ProcessingEntry(aino, "billing", List.of("history", "identifier"), NOW, "billing-run"),
                new ProcessingEntry(bertta, "billing", List.of("contact", "contact.email"), NOW, "billing-run"),
                new ProcessingEntry(bertta, "billing", List.of("history", "identifier"), NOW, "billing-run"),
                new ProcessingEntry(aino, "direct-marketing", List.of("contact", "contact.email"), NOW, "newsletter"));
        assertEquals(expected, outcome.log());
    }

    @Test
    void everyPersonalDataFieldIsDeclaredInTheRegister() {
        outcome.coverage().requireDeclared();
        assertEquals(List.of("contact-persons", "users", "technical-contacts"), outcome.coverage().unused());
    }

    @Test
    void listsTheFindingsItCountsWithSeverityRuleIdPathAndMessage() {
        List<Finding> findings = outcome.compliance().findings();
        assertTrue(findings.stream().anyMatch(f -> f.ruleId().equals("legacy.reference")), findings::toString);
        String counted = String.format("Compliance check (rekisteriseloste): %d finding(s), %d error(s).%n",
                findings.size(), outcome.compliance().errors().size());
        StringBuilder list = new StringBuilder(counted);
        for (Finding finding : findings) {
            list.append("  ").append(String.format("%-7s %s at %s: %s", finding.severity(), finding.ruleId(),
                    finding.path().isEmpty() ? "(register)" : finding.path(), finding.message(Language.EN)))
                    .append(System.lineSeparator());
        }
        assertTrue(printed.contains(list), printed);
        assertTrue(printed.contains("  WARNING legacy.reference at security.manual: The text (in Finnish) refers to the"
                + " outdated “DIN 32757”. Its current replacement is DIN 66399."), printed);
    }

    @Test
    void marksTheFindingsInTheStatementAsRenderDoes() {
        String statement = outcome.statement();
        int box = statement.indexOf("*** Tarkistuksen havainnot");
        int outdated = statement.indexOf("DIN 32757 -standardin");
        assertTrue(box > 0 && outdated > box, statement);
        assertTrue(statement.substring(box, outdated).contains("VAROITUS legacy.reference (security.manual)"),
                statement);
    }

    @Test
    void rendersTheRegisterAsAStatement() {
        assertTrue(outcome.statement().contains("Mainostakomon internetpalvelujen asiakastietorekisteri"),
                outcome.statement());
        assertTrue(printed.contains("REFUSED for customer SubjectId[~"
                + SubjectId.of("C-1002").pseudonym(PseudonymKey.fromBase64(KEY))), printed);
    }

    @Test
    void printsNoNameOrEmailAddressOfACustomer() {
        for (String personal : List.of("aino.asiakas@example.invalid", "bertta.bittinen@example.invalid",
                "Aino Asiakas", "Bertta Bittinen", "C-1001", "C-1002")) {
            assertFalse(printed.contains(personal), personal);
        }
    }
}
