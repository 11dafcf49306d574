package fi.rekisteri.examples.customerservice;

import fi.rekisteri.core.Language;
import fi.rekisteri.core.Register;
import fi.rekisteri.core.compliance.Compliance;
import fi.rekisteri.core.compliance.ComplianceReport;
import fi.rekisteri.core.compliance.DocumentType;
import fi.rekisteri.core.compliance.Finding;
import fi.rekisteri.core.policy.InMemoryProcessingLog;
import fi.rekisteri.core.policy.ProcessingEntry;
import fi.rekisteri.core.policy.PseudonymKey;
import fi.rekisteri.core.policy.PurposeViolationException;
import fi.rekisteri.core.policy.SubjectId;
import fi.rekisteri.export.RegisterFormat;
import fi.rekisteri.export.RegisterReader;
import fi.rekisteri.export.document.DocumentFormat;
import fi.rekisteri.export.document.Documents;
import fi.rekisteri.jpa.CoverageReport;
import fi.rekisteri.jpa.PersonalDataGuard;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The example app's story, narrated on standard output: Mainostakomo's register read from YAML, customers taken on,
 * invoices sent for billing, a newsletter refused for the customer who objected, a support agent refused the billing
 * history, the processing log, and the register rendered as a statement with the compliance check's findings marked
 * in a box. Customers appear by pseudonym only; no name
 * or e-mail address is ever printed.
 */
public final class CustomerServiceApp {

    /** The app's own completed variant of examples/mainostakomo/register.yaml (see the file's header). */
    static final String REGISTER = "register.yaml";

    private CustomerServiceApp() {}

    /** The environment variable that holds the app's pseudonym key, in Base64 ({@code openssl rand -base64 32}). */
    static final String PSEUDONYM_KEY_VARIABLE = "REKISTERI_PSEUDONYM_KEY";

    /** Runs the story once on a fresh in-memory database. */
    @SuppressWarnings("try") // the key's installation is held for the run, never referenced
    public static void main(String[] args) {
        // Hibernate logs through SLF4J (slf4j-simple, warnings only) rather than java.util.logging.
        System.setProperty("org.jboss.logging.provider", "slf4j");
        PseudonymKey key = pseudonymKey(System.getenv(PSEUDONYM_KEY_VARIABLE), System.out);
        try (PseudonymKey.Installation installed = key.install()) {
            run(Clock.systemUTC(), System.out);
        }
    }

    /**
     * The key the app's pseudonyms are made with: the one in {@value #PSEUDONYM_KEY_VARIABLE}, or, when that is not
     * set, one generated for this run, so that pseudonyms match within the run only. A real deployment sets the
     * variable from its secret store and gives every instance the same key; rotating it makes new log lines
     * unlinkable to old ones.
     *
     * @throws IllegalArgumentException if the variable is set but not a Base64 key of at least 32 bytes
     */
    static PseudonymKey pseudonymKey(@Nullable String configured, PrintStream out) {
        if (configured == null || configured.isBlank()) {
            PseudonymKey generated = PseudonymKey.generate();
            out.printf("Pseudonym key: %s generated for this run (%s is not set).%n", generated,
                    PSEUDONYM_KEY_VARIABLE);
            return generated;
        }
        PseudonymKey key = PseudonymKey.fromBase64(configured);
        out.printf("Pseudonym key: %s from %s.%n", key, PSEUDONYM_KEY_VARIABLE);
        return key;
    }

    /** Runs the story with the pseudonym key the caller has installed. */
    @SuppressWarnings("try") // the guard's installation is held for its scope, never referenced
    static Outcome run(Clock clock, PrintStream out) {
        Register register = readRegister();
        out.printf("Register '%s' read from %s: %d data categories, %d purposes.%n", register.key(), REGISTER,
                register.dataCategories().size(), register.purposes().size());
        ComplianceReport compliance = Compliance.check(register, DocumentType.REKISTERISELOSTE);
        out.printf("Compliance check (rekisteriseloste): %d finding(s), %d error(s).%n", compliance.findings().size(),
                compliance.errors().size());
        for (Finding finding : compliance.findings()) {
            out.println("  " + findingLine(finding));
        }

        InMemoryProcessingLog log = new InMemoryProcessingLog();
        Outbox outbox = new Outbox();
        List<PurposeViolationException> refusals = new ArrayList<>();
        try (PersonalDataGuard.Installation guard = PersonalDataGuard.recordingTo(log).withClock(clock).install();
                CustomerService service = CustomerService.start(register, clock, outbox)) {

            CoverageReport coverage = service.coverage();
            coverage.requireDeclared();
            out.println();
            out.println("Coverage of the register by the app's entities:");
            out.print(indent(coverage.describe()));

            out.println();
            out.println("Taking on customers (purpose customer-relationship):");
            service.onboard("C-1001", "Aino Asiakas", "aino.asiakas@example.invalid");
            service.onboard("C-1002", "Bertta Bittinen", "bertta.bittinen@example.invalid");
            out.printf("  %s and %s are customers.%n", subject("C-1001"), subject("C-1002"));
            service.objectToDirectMarketing("C-1002");
            out.printf("  %s objects to direct marketing.%n", subject("C-1002"));

            out.println();
            out.println("Billing run (purpose billing):");
            for (String[] bill : List.of(new String[] {"INV-2026-001", "C-1001", "12900", "2135102-9"},
                    new String[] {"INV-2026-002", "C-1002", "4900", "0112038-9"})) {
                Invoice invoice = service.sendInvoice(bill[0], bill[1], Long.parseLong(bill[2]), bill[3]);
                out.printf("  invoice %s e-mailed to %s.%n", invoice.invoiceNumber(), subject(bill[1]));
            }

            out.println();
            out.println("Newsletter (purpose direct-marketing):");
            for (String customer : List.of("C-1001", "C-1002")) {
                try {
                    service.sendNewsletter(customer);
                    out.printf("  sent to %s.%n", subject(customer));
                } catch (PurposeViolationException refused) {
                    refusals.add(refused);
                    out.printf("  REFUSED for %s: %s%n", subject(customer), refused.getMessage());
                }
            }

            out.println();
            out.println("Support desk opens an invoice (purpose technical-support):");
            try {
                service.openInvoiceForSupport("C-1001", "INV-2026-001");
                out.println("  opened.");
            } catch (PurposeViolationException refused) {
                refusals.add(refused);
                out.printf("  REFUSED: %s%n", refused.getMessage());
            }

            out.println();
            out.printf("Processing log (%d entries; each names the subject by pseudonym):%n", log.entries().size());
            for (ProcessingEntry entry : log.entries()) {
                out.printf("  %s  %s  %-22s %-13s %s%n", entry.at(), entry.subject(), entry.purpose(), entry.actor(),
                        entry.categories());
            }

            // As `rekisteri render` does: the findings in a marked box before section 1, never a bare statement.
            String statement = Documents.renderToString(
                    Documents.checkedOutline(register, DocumentType.REKISTERISELOSTE, Language.FI),
                    DocumentFormat.TEXT);
            out.println();
            out.println("The register as a statement (rekisteriseloste, fi), the findings boxed before section 1:");
            out.println();
            out.println(statement);
            return new Outcome(compliance, coverage, log.entries(), List.copyOf(refusals), outbox.sent(), statement);
        }
    }

    /** Reads the register the app ships. */
    static Register readRegister() {
        try (InputStream in = CustomerServiceApp.class.getResourceAsStream(REGISTER)) {
            if (in == null) {
                throw new IllegalStateException(REGISTER + " is missing from the class path next to "
                        + CustomerServiceApp.class.getName());
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return RegisterReader.create().read(text, REGISTER, RegisterFormat.YAML);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + REGISTER, e);
        }
    }

    /** {@code WARNING legacy.reference at security.manual: …}: severity, rule id, path and message, as {@code check}. */
    static String findingLine(Finding finding) {
        String path = finding.path().isEmpty() ? "(register)" : finding.path();
        return String.format(Locale.ROOT, "%-7s %s at %s: %s", finding.severity(), finding.ruleId(), path,
                finding.message(Language.EN));
    }

    private static String subject(String customerNumber) {
        return "customer " + SubjectId.of(customerNumber);
    }

    private static String indent(String text) {
        return text.lines().map(line -> "  " + line + System.lineSeparator()).reduce("", String::concat);
    }
}
