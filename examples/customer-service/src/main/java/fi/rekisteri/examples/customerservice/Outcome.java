package fi.rekisteri.examples.customerservice;

import fi.rekisteri.core.compliance.ComplianceReport;
import fi.rekisteri.core.policy.ProcessingEntry;
import fi.rekisteri.core.policy.PurposeViolationException;
import fi.rekisteri.jpa.CoverageReport;
import java.util.List;

/**
 * What a run of the app did, for its smoke test.
 *
 * @param compliance the compliance check of the register as a rekisteriseloste
 * @param coverage how the entities match the register
 * @param log every entry of the processing log, oldest first
 * @param refusals every access the register refused, in order
 * @param sent every e-mail sent
 * @param statement the register rendered as a rekisteriseloste, the findings boxed before section 1
 */
record Outcome(ComplianceReport compliance, CoverageReport coverage, List<ProcessingEntry> log, List<PurposeViolationException> refusals,
        List<Outbox.Message> sent, String statement) {}
