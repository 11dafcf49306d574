package fi.rekisteri.jpa;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fi.rekisteri.core.policy.ProcessingEntry;
import fi.rekisteri.core.policy.SubjectId;
import fi.rekisteri.core.policy.SubjectState;
import jakarta.persistence.EntityManagerFactory;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The processing log and the subject-state store work on the tables of the shipped scripts, which the mapping
 * validates against; on PostgreSQL the log is the month-partitioned table.
 */
class ShippedScriptLogAndSubjectsTest {

    private static final Instant T0 = Instant.parse("2026-11-02T08:00:00Z");

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void appendsInBatchesAndReadsBackTheLogAndSubjectStateOnTheScriptsSchema(TestDatabase database) throws Exception {
        String url = ShippedScripts.freshDatabase(database);
        try (EntityManagerFactory factory = database.factory(url, Map.of(
                "hibernate.hbm2ddl.auto", "validate", "hibernate.jdbc.batch_size", "50"))) {
            JpaProcessingLog log = JpaProcessingLog.of(factory);
            SubjectStateStore subjects = SubjectStateStore.of(factory);
            SubjectId subject = SubjectId.of("customer-4711");
            List<ProcessingEntry> entries = new ArrayList<>();
            for (int i = 0; i < 130; i++) {
                entries.add(new ProcessingEntry(subject, "billing", List.of("contact", "contact.email"),
                        T0.plusSeconds(i), "invoicing-job"));
            }

            log.recordAll(entries);
            subjects.giveConsent(subject, "newsletter", T0, "newsletter-v3");
            subjects.objectToDirectMarketing(subject, T0.plusSeconds(5));

            assertEquals(entries, log.about(subject, 1000).entries());
            assertEquals(SubjectState.builder(subject).consentGiven("newsletter", T0, "newsletter-v3")
                    .objectedToDirectMarketing(T0.plusSeconds(5)).build(), subjects.load(subject));
        }
    }
}
