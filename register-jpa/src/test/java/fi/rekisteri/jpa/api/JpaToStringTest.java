package fi.rekisteri.jpa.api;

import static fi.rekisteri.core.api.PrintDecisions.Printing.NOT_A_VALUE;
import static fi.rekisteri.core.api.PrintDecisions.Printing.NO_PERSONAL_DATA;
import static fi.rekisteri.core.api.PrintDecisions.Printing.PERSONAL;
import static fi.rekisteri.core.api.PrintDecisions.assertHides;
import static org.junit.jupiter.api.Assertions.assertEquals;

import fi.rekisteri.core.api.PrintDecisions;
import fi.rekisteri.core.policy.ProcessingEntry;
import fi.rekisteri.core.policy.SubjectId;
import fi.rekisteri.core.policy.SubjectRequest;
import fi.rekisteri.core.seed.MainostakomoRegister;
import fi.rekisteri.jpa.Change;
import fi.rekisteri.jpa.ConsentRecordSource;
import fi.rekisteri.jpa.CoverageReport;
import fi.rekisteri.jpa.ErasureMethod;
import fi.rekisteri.jpa.JpaProcessingLog;
import fi.rekisteri.jpa.LegalHold;
import fi.rekisteri.jpa.LegalHolds;
import fi.rekisteri.jpa.MissingProcessingScopeException;
import fi.rekisteri.jpa.PersonalDataCoverage;
import fi.rekisteri.jpa.PersonalDataField;
import fi.rekisteri.jpa.PersonalDataGuard;
import fi.rekisteri.jpa.PersonalDataListener;
import fi.rekisteri.jpa.ProcessingLogCursor;
import fi.rekisteri.jpa.ProcessingLogPage;
import fi.rekisteri.jpa.PublishedRevision;
import fi.rekisteri.jpa.RegisterRevision;
import fi.rekisteri.jpa.RegisterStore;
import fi.rekisteri.jpa.RekisteriPersistence;
import fi.rekisteri.jpa.RetentionSweep;
import fi.rekisteri.jpa.RevisionSummary;
import fi.rekisteri.jpa.StaleRevisionException;
import fi.rekisteri.jpa.StoredRequest;
import fi.rekisteri.jpa.SubjectAccess;
import fi.rekisteri.jpa.SubjectEvent;
import fi.rekisteri.jpa.SubjectRequestStore;
import fi.rekisteri.jpa.SubjectStateStore;
import fi.rekisteri.jpa.SweepReport;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * register-jpa's public types, each with what its {@code toString()} may print (see {@link PrintDecisions}): the
 * stored requests, legal holds, sweep reports, revisions and log pages name subjects and authors by pseudonym and
 * free-text reasons and comments by their length.
 */
class JpaToStringTest {

    private static final String SUBJECT = "customer-4711";
    private static final String NAME = "Matti Meikäläinen";
    private static final String REASON = "Matti Meikäläinen soitti ja pyysi lisäaikaa";
    private static final Instant AT = Instant.parse("2026-02-01T10:00:00Z");

    static final Map<Class<?>, PrintDecisions.Printing> DECISIONS = Map.ofEntries(
            Map.entry(Change.class, PERSONAL),
            Map.entry(ConsentRecordSource.class, NOT_A_VALUE),
            Map.entry(CoverageReport.class, NO_PERSONAL_DATA),
            Map.entry(ErasureMethod.Anonymise.class, NOT_A_VALUE),
            Map.entry(ErasureMethod.DeleteRows.class, NO_PERSONAL_DATA),
            Map.entry(ErasureMethod.NullFields.class, NO_PERSONAL_DATA),
            Map.entry(JpaProcessingLog.class, NOT_A_VALUE),
            Map.entry(LegalHold.class, PERSONAL),
            Map.entry(LegalHolds.class, NOT_A_VALUE),
            Map.entry(MissingProcessingScopeException.class, NOT_A_VALUE),
            Map.entry(PersonalDataCoverage.class, NOT_A_VALUE),
            Map.entry(PersonalDataField.class, NO_PERSONAL_DATA),
            Map.entry(PersonalDataGuard.class, NOT_A_VALUE),
            Map.entry(PersonalDataGuard.Installation.class, NOT_A_VALUE),
            Map.entry(PersonalDataListener.class, NOT_A_VALUE),
            Map.entry(ProcessingLogCursor.class, NO_PERSONAL_DATA),
            Map.entry(ProcessingLogPage.class, PERSONAL),
            Map.entry(PublishedRevision.class, NO_PERSONAL_DATA),
            Map.entry(RegisterRevision.class, PERSONAL),
            Map.entry(RegisterStore.class, NOT_A_VALUE),
            Map.entry(RekisteriPersistence.class, NOT_A_VALUE),
            Map.entry(RetentionSweep.class, NOT_A_VALUE),
            Map.entry(RetentionSweep.Builder.class, NOT_A_VALUE),
            Map.entry(RevisionSummary.class, PERSONAL),
            Map.entry(StaleRevisionException.class, NOT_A_VALUE),
            Map.entry(StoredRequest.class, PERSONAL),
            Map.entry(SubjectAccess.class, NOT_A_VALUE),
            // The events of a subject's state name no subject: the store keeps them under the subject's id.
            Map.entry(SubjectEvent.ConsentGiven.class, NO_PERSONAL_DATA),
            Map.entry(SubjectEvent.ConsentWithdrawn.class, NO_PERSONAL_DATA),
            Map.entry(SubjectEvent.ObjectedToDirectMarketing.class, NO_PERSONAL_DATA),
            Map.entry(SubjectEvent.Restricted.class, NO_PERSONAL_DATA),
            Map.entry(SubjectEvent.RestrictionLifted.class, NO_PERSONAL_DATA),
            Map.entry(SubjectRequestStore.class, NOT_A_VALUE),
            Map.entry(SubjectStateStore.class, NOT_A_VALUE),
            Map.entry(SweepReport.class, PERSONAL),
            Map.entry(SweepReport.Line.class, NO_PERSONAL_DATA));

    @Test
    void everyPublicTypeHasADecision() {
        PrintDecisions.assertEveryTypeDecided(LegalHold.class, DECISIONS);
    }

    @Test
    void noValueThatMayCarryPersonalDataPrintsIt() {
        SubjectId subject = SubjectId.of(SUBJECT);
        SubjectRequest request = SubjectRequest.received(subject, SubjectRequest.Kind.ERASURE,
                LocalDate.of(2026, 1, 5)).extended(LocalDate.of(2026, 1, 20), REASON);
        LegalHold hold = new LegalHold(7, Optional.of(subject), Optional.empty(), Optional.empty(), REASON, AT);
        Map<Class<?>, Object> samples = Map.of(
                Change.class, new Change(Optional.of(NAME), Optional.of(REASON)),
                LegalHold.class, hold,
                ProcessingLogPage.class, new ProcessingLogPage(List.of(new ProcessingEntry(subject, "billing",
                        List.of("contact"), AT, NAME)), Optional.empty()),
                RegisterRevision.class, new RegisterRevision("mainostakomo-customers", 1, AT, Optional.of(NAME),
                        Optional.of(REASON), MainostakomoRegister.create()),
                RevisionSummary.class, new RevisionSummary("r", 1, AT, Optional.of(NAME), Optional.of(REASON)),
                StoredRequest.class, new StoredRequest(3, request),
                SweepReport.class, new SweepReport(false, AT, List.of(), List.of(hold)));
        assertEquals(PrintDecisions.decided(DECISIONS, PERSONAL),
                samples.keySet().stream().sorted((a, b) -> a.getName().compareTo(b.getName())).toList());
        samples.values().forEach(value -> assertHides(value, SUBJECT, NAME, REASON));
    }
}
