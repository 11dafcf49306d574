package fi.rekisteri.jpa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.rekisteri.core.Acknowledgement;
import fi.rekisteri.core.ContactDetails;
import fi.rekisteri.core.ContactPoint;
import fi.rekisteri.core.DataCategory;
import fi.rekisteri.core.DataSubjectCategory;
import fi.rekisteri.core.Disclosure;
import fi.rekisteri.core.Language;
import fi.rekisteri.core.LegalBasis;
import fi.rekisteri.core.LocalizedText;
import fi.rekisteri.core.NoDisclosures;
import fi.rekisteri.core.Organisation;
import fi.rekisteri.core.Purpose;
import fi.rekisteri.core.RecipientRole;
import fi.rekisteri.core.Register;
import fi.rekisteri.core.Retention;
import fi.rekisteri.core.RetentionRule;
import fi.rekisteri.core.SecurityMeasures;
import fi.rekisteri.core.policy.ProcessingEntry;
import fi.rekisteri.core.policy.SubjectId;
import jakarta.persistence.EntityManagerFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The migrations move a database made by the earlier scripts to the current schema: from texts as
 * {@code _fi/_sv/_en} columns (the CHANGELOG's script, then the shipped ones after it), and from the schema before
 * acknowledgements (the shipped {@code migrate-acknowledgements.sql}). The mapping validates against the result, and
 * a revision saved before reads back as it was; and from the processing log keyed by id (the shipped
 * {@code migrate-log-key.sql}), whose entries read back in the log's order.
 */
class SchemaMigrationTest {

    private static final String MIGRATION = "fi/rekisteri/jpa/migration/";
    /** The shipped migration of a schema made before acknowledgements. */
    private static final String ACKNOWLEDGEMENTS = "fi/rekisteri/jpa/schema/migrate-acknowledgements.sql";
    /** The shipped migration of the processing log's key. */
    private static final String LOG_KEY = "fi/rekisteri/jpa/schema/migrate-log-key.sql";
    private static final String REVISION = "(select revision_id from rk_register_revision where register_key = 'migrated')";

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void movesTheTextsOfARevisionSavedBeforeIntoRowsAndValidates(TestDatabase database) throws Exception {
        String url = database.freshDatabase();
        try (Connection c = database.connect(url); Statement s = c.createStatement()) {
            run(database, s, resource(MIGRATION + "registers-before-texts.sql"));
            run(database, s, logAndSubjects(database));
            run(database, s, String.join(";\n",
                    "insert into rk_register (register_key, current_revision, row_version) values ('migrated', 1, 0)",
                    "insert into rk_register_revision (register_key, revision_no, saved_at, name_fi, name_sv,"
                            + " joint_control, security_general_en)"
                            + " values ('migrated', 1, timestamp '2026-01-01 00:00:00', 'Jäsenrekisteri',"
                            + " 'Medlemsregister', false, 'Locked')",
                    "insert into rk_revision_party (revision_id, party_role, party_name) values (" + REVISION
                            + ", 'controller', 'Yhdistys ry')",
                    "insert into rk_revision_subject (revision_id, item_index, subject_key, name_fi, description_en)"
                            + " values (" + REVISION + ", 0, 'members', 'Jäsenet', 'Members')",
                    "insert into rk_revision_data_category (revision_id, item_index, category_key, name_fi,"
                            + " special_category, criminal_offence, personal_identity_code)"
                            + " values (" + REVISION + ", 0, 'contact', 'Yhteystiedot', false, false, false)",
                    "insert into rk_revision_purpose (revision_id, item_index, purpose_key, name_fi, legal_basis,"
                            + " legal_basis_text_fi, direct_marketing) values (" + REVISION
                            + ", 0, 'membership', 'Jäsenyys', 'legitimate-interests', 'Yhdistyksen toiminta', false)",
                    "insert into rk_revision_disclosure (revision_id, item_index, disclosure_key, recipient_fi,"
                            + " recipient_role) values (" + REVISION + ", 0, 'federation', 'Liitto', 'third-party')",
                    "insert into rk_revision_retention (revision_id, item_index, retention_kind, retention_period,"
                            + " text_fi) values (" + REVISION + ", 0, 'after-event', 'P2Y', 'jäsenyyden päättymisestä')",
                    "insert into rk_revision_key_ref (revision_id, list_code, item_index, ref_position, ref_key)"
                            + " values (" + REVISION + ", 'retention.categories', 0, 0, 'contact')",
                    "insert into rk_revision_key_ref (revision_id, list_code, item_index, ref_position, ref_key)"
                            + " values (" + REVISION + ", 'purpose.categories', 0, 0, 'contact')"));
            run(database, s, resource(MIGRATION + "to-revision-texts.sql"));
            run(database, s, resource(ACKNOWLEDGEMENTS));
        }

        Register before = Register.builder("migrated",
                        LocalizedText.fi("Jäsenrekisteri").with(Language.SV, "Medlemsregister"),
                        Organisation.of("Yhdistys ry", ContactDetails.none()))
                .subjectCategory(DataSubjectCategory.of("members", LocalizedText.fi("Jäsenet"))
                        .withDescription(LocalizedText.en("Members")))
                .dataCategory(DataCategory.of("contact", LocalizedText.fi("Yhteystiedot")))
                .purpose(Purpose.builder("membership", LocalizedText.fi("Jäsenyys"))
                        .legalBasis(LegalBasis.legitimateInterests(LocalizedText.fi("Yhdistyksen toiminta")))
                        .categories("contact").build())
                .disclosure(Disclosure.of("federation", LocalizedText.fi("Liitto")).withRole(RecipientRole.THIRD_PARTY))
                .retention(RetentionRule.of(Retention.after(Period.ofYears(2),
                        LocalizedText.fi("jäsenyyden päättymisestä")), "contact"))
                .security(SecurityMeasures.none().withGeneral(LocalizedText.en("Locked")))
                .build();
        try (EntityManagerFactory factory = database.factory(url, Map.of("hibernate.hbm2ddl.auto", "validate"))) {
            RegisterStore store = RegisterStore.of(factory);
            assertEquals(before, store.find("migrated").orElseThrow().register());

            Register full = SampleRegisters.full("after-migration");
            store.save(full, 0);
            assertEquals(full, store.find("after-migration").orElseThrow().register());
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void addsAcknowledgementsAndTheNoDpoStatementToASchemaMadeBeforeThemAndValidates(TestDatabase database)
            throws Exception {
        String url = database.freshDatabase();
        try (Connection c = database.connect(url); Statement s = c.createStatement()) {
            run(database, s, resource(MIGRATION + "registers-before-acknowledgements.sql"));
            run(database, s, logAndSubjects(database));
            run(database, s, String.join(";\n",
                    "insert into rk_register (register_key, current_revision, row_version) values ('migrated', 1, 0)",
                    "insert into rk_register_revision (register_key, revision_no, saved_at, joint_control,"
                            + " no_disclosures) values ('migrated', 1, timestamp '2026-01-01 00:00:00', false, true)",
                    "insert into rk_revision_party (revision_id, party_role, party_name) values (" + REVISION
                            + ", 'controller', 'Yhdistys ry')",
                    "insert into rk_revision_party (revision_id, party_role, party_name, email) values (" + REVISION
                            + ", 'data-protection-officer', 'Tietosuojavastaava', 'dpo@yhdistys.example')",
                    "insert into rk_revision_text (revision_id, text_code, item_index, text_position, text_fi,"
                            + " text_sv) values (" + REVISION + ", 'register.name', 0, 0, 'Jäsenrekisteri',"
                            + " 'Medlemsregister')"));
            run(database, s, resource(ACKNOWLEDGEMENTS));
        }

        Register before = Register.builder("migrated",
                        LocalizedText.fi("Jäsenrekisteri").with(Language.SV, "Medlemsregister"),
                        Organisation.of("Yhdistys ry", ContactDetails.none()))
                .dataProtectionOfficer(ContactPoint.of("Tietosuojavastaava",
                        ContactDetails.none().withEmail("dpo@yhdistys.example")))
                .noDisclosures(NoDisclosures.stated())
                .build();
        try (EntityManagerFactory factory = database.factory(url, Map.of("hibernate.hbm2ddl.auto", "validate"))) {
            RegisterStore store = RegisterStore.of(factory);
            assertEquals(before, store.find("migrated").orElseThrow().register());

            Register settled = before.toBuilder()
                    .noDataProtectionOfficer("Art. 37 does not apply: no large-scale monitoring")
                    .acknowledgement(Acknowledgement.of("disclosure.missing", "Nothing is disclosed", "board",
                            LocalDate.of(2026, 12, 1)))
                    .build();
            store.save(settled, 1);
            assertEquals(before, store.find("migrated", 1).orElseThrow().register());
            assertEquals(settled, store.find("migrated", 2).orElseThrow().register());
            Register full = SampleRegisters.full("after-migration");
            store.save(full, 0);
            assertEquals(full, store.find("after-migration").orElseThrow().register());
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void keysTheProcessingLogByTimeThenIdKeepingItsEntriesInOrder(TestDatabase database) throws Exception {
        String url = database.freshDatabase();
        String shipped = resource(script(database));
        String oldLog = resource(MIGRATION + "log-before-key." + database.name().toLowerCase(Locale.ROOT) + ".sql");
        try (Connection c = database.connect(url); Statement s = c.createStatement()) {
            run(database, s, shipped.substring(0, shipped.indexOf("-- The processing log")) + oldLog + "\n"
                    + shipped.substring(shipped.indexOf("create sequence rk_subject_event_seq")));
        }
        Instant earlier = Instant.parse("2026-11-02T08:00:00Z");
        Instant later = Instant.parse("2026-11-03T08:00:00Z");
        ProcessingEntry first = entry("customer-1", later);
        ProcessingEntry second = entry("customer-2", earlier);
        ProcessingEntry third = entry("customer-1", earlier);
        try (EntityManagerFactory factory = database.factory(url, Map.of("hibernate.hbm2ddl.auto", "validate"))) {
            JpaProcessingLog.of(factory).recordAll(List.of(first, second, third));
        }

        try (Connection c = database.connect(url); Statement s = c.createStatement()) {
            run(database, s, resource(LOG_KEY));
            assertEquals(List.of("processed_at", "entry_id"), primaryKey(s));
            String timeIndex = database == TestDatabase.H2
                    ? "select count(*) from information_schema.indexes where lower(index_name) = 'rk_processing_entry_time_ix'"
                    : "select count(*) from pg_indexes where indexname = 'rk_processing_entry_time_ix'";
            try (ResultSet r = s.executeQuery(timeIndex)) {
                assertTrue(r.next());
                assertEquals(0, r.getInt(1), "the separate time index is gone");
            }
        }
        try (EntityManagerFactory factory = database.factory(url, Map.of("hibernate.hbm2ddl.auto", "validate"))) {
            JpaProcessingLog log = JpaProcessingLog.of(factory);
            ProcessingEntry fourth = entry("customer-2", later);
            log.record(fourth);
            Instant end = later.plusSeconds(1);
            assertEquals(List.of(second, third, first, fourth), log.between(earlier, end, 10).entries(),
                    "by time, then in the order recorded");
            ProcessingLogPage page = log.between(earlier, end, 2);
            assertEquals(List.of(first, fourth), log.between(earlier, end, page.next().orElseThrow(), 2).entries());
            assertEquals(List.of(third, first), log.about(SubjectId.of("customer-1"), 10).entries());
        }
    }

    private static ProcessingEntry entry(String subject, Instant at) {
        return new ProcessingEntry(SubjectId.of(subject), "billing", List.of("contact"), at, "migration-test");
    }

    /** The processing log's primary key columns, in order, lower case. */
    private static List<String> primaryKey(Statement s) throws SQLException {
        List<String> columns = new ArrayList<>();
        try (ResultSet r = s.executeQuery("select k.column_name from information_schema.key_column_usage k"
                + " where lower(k.table_name) = 'rk_processing_entry'"
                + " and lower(k.constraint_name) = 'rk_processing_entry_pk' order by k.ordinal_position")) {
            while (r.next()) {
                columns.add(r.getString(1).toLowerCase(Locale.ROOT));
            }
        }
        return columns;
    }

    private static String script(TestDatabase database) {
        return database == TestDatabase.H2 ? RekisteriPersistence.H2_SCRIPT : RekisteriPersistence.POSTGRESQL_SCRIPT;
    }

    /** The shipped script's processing log and subjects' events, which the migration leaves as they are. */
    private static String logAndSubjects(TestDatabase database) throws IOException {
        String script = resource(script(database));
        return script.substring(script.indexOf("-- The processing log"));
    }

    /** PostgreSQL runs a whole script as one statement; H2 is given its statements one by one. */
    private static void run(TestDatabase database, Statement s, String script) throws SQLException {
        if (database == TestDatabase.POSTGRESQL) {
            s.execute(script);
            return;
        }
        for (String statement : script.split(";\\s*\\n")) {
            if (!statement.lines().allMatch(line -> line.isBlank() || line.startsWith("--"))) {
                s.execute(statement);
            }
        }
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = SchemaMigrationTest.class.getClassLoader().getResourceAsStream(name)) {
            assertNotNull(in, name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
