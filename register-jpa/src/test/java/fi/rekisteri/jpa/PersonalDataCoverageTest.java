package fi.rekisteri.jpa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.rekisteri.core.Register;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceConfiguration;
import jakarta.persistence.PersistenceUnitTransactionType;
import java.util.List;
import org.junit.jupiter.api.Test;

class PersonalDataCoverageTest {

    private final Register register = GuardTestRegisters.customers();

    /** A mistake on purpose: "contact.mail" where the register says "contact.email". */
    static class MistypedContact {
        @PersonalData(category = "contact.mail")
        String email;
    }

    static class Person {
        @PersonalData(category = "contact")
        String phone;
    }

    @Embeddable
    static class Identity {
        @PersonalData(category = "identity-code")
        String code;
    }

    /** Visits of a subject, with no timestamp the visits' from-collection rule could count from. */
    static class UntimedVisit {
        @DataSubject
        String customer;

        @PersonalData(category = "visits")
        String page;
    }

    /** Only an e-mail address, under the contact rule, with no timestamp for the rule's event. */
    static class UntimedEmail {
        @DataSubject
        String customer;

        @PersonalData(category = "contact.email")
        String email;
    }

    static class Employee extends Person {
        Identity identity;
        private String email;

        @PersonalData(category = "contact.email")
        public String getEmail() {
            return email;
        }
    }

    static class Blank {
        @PersonalData(category = " ")
        String nothing;
    }

    @Test
    void reportsAFieldWhoseCategoryTheRegisterDoesNotDeclare() {
        CoverageReport report = PersonalDataCoverage.check(register, List.of(GuardedCustomer.class,
                MistypedContact.class));

        assertEquals(List.of(new PersonalDataField(MistypedContact.class, "email", "contact.mail")),
                report.undeclared());
        assertFalse(report.isComplete());
        AssertionError failure = assertThrows(AssertionError.class, report::requireDeclared);
        assertTrue(failure.getMessage().contains("MistypedContact.email → contact.mail"), failure.getMessage());
    }

    @Test
    void reportsDeclaredCategoriesNoEntityHolds() {
        CoverageReport report = PersonalDataCoverage.check(register, List.of(GuardedCustomer.class));

        // contact and contact.email are held; identity-code is not.
        assertEquals(List.of("identity-code"), report.unused());
        assertTrue(report.undeclared().isEmpty());
        report.requireDeclared();
        assertTrue(report.describe().contains("unused: identity-code"), report.describe());
    }

    @Test
    void countsACategoryAsHeldWhenAnEntityHoldsOneBelowIt() {
        CoverageReport report = PersonalDataCoverage.check(register, List.of(DefaultListenedContact.class));

        assertEquals(List.of("identity-code"), report.unused());
    }

    @Test
    void findsSuperclassFieldsGettersAndEmbeddedValues() {
        CoverageReport report = PersonalDataCoverage.check(register, List.of(Employee.class));

        assertTrue(report.isComplete(), report.describe());
        assertEquals(List.of("contact", "identity-code", "contact.email"),
                fi.rekisteri.jpa.internal.PersonalDataScan.fields(Employee.class).stream()
                        .map(PersonalDataField::category).toList());
        assertEquals(List.of("phone", "identity.code", "email"),
                fi.rekisteri.jpa.internal.PersonalDataScan.fields(Employee.class).stream()
                        .map(PersonalDataField::member).toList());
    }

    @Test
    void rejectsABlankCategoryNamingTheField() {
        IllegalArgumentException rejected = assertThrows(IllegalArgumentException.class,
                () -> PersonalDataCoverage.check(register, List.of(Blank.class)));

        assertTrue(rejected.getMessage().contains("Blank.nothing"), rejected.getMessage());
    }

    @Test
    void checksEveryEntityOfAPersistenceUnitsMetamodel() {
        PersistenceConfiguration config = new PersistenceConfiguration("coverage")
                .transactionType(PersistenceUnitTransactionType.RESOURCE_LOCAL)
                .property(PersistenceConfiguration.JDBC_URL, TestDatabase.H2.freshDatabase())
                .property(PersistenceConfiguration.JDBC_USER, TestDatabase.H2.user())
                .property(PersistenceConfiguration.JDBC_PASSWORD, "")
                .managedClass(GuardedCustomer.class)
                .managedClass(PlainOrder.class)
                .managedClass(DefaultListenedContact.class);
        try (EntityManagerFactory factory = config.createEntityManagerFactory()) {
            CoverageReport report = PersonalDataCoverage.check(register, factory.getMetamodel());

            report.requireDeclared();
            assertEquals(List.of("identity-code"), report.unused());
            assertEquals("guarded-customers", report.register());
        }
    }

    @Test
    void reportsEntitiesWithoutSubjectAndRetentionEventsNoEntityRecords() {
        Register swept = RetentionSweepContract.register(true);

        CoverageReport report = PersonalDataCoverage.check(swept, List.of(SweptCustomer.class, GuardedCustomer.class,
                PlainOrder.class, UntimedVisit.class));

        assertEquals(List.of(GuardedCustomer.class), report.withoutSubject());
        assertEquals(List.of("collection"), report.unrecordedEvents());
        assertFalse(report.isTraceable());
        AssertionError failure = assertThrows(AssertionError.class, report::requireTraceable);
        assertTrue(failure.getMessage().contains("no subject: GuardedCustomer holds personal data but marks no"
                + " @DataSubject"), failure.getMessage());
        assertTrue(report.describe().contains("unrecorded event: 'collection' is a retention rule's event key in"
                + " register 'swept' but no entity marks it @RetentionEvent"), report.describe());

        assertTrue(PersonalDataCoverage.check(swept, List.of(SweptCustomer.class, SweptVisit.class)).isTraceable());
    }

    @Test
    void aRuleWhoseCategoriesNoEntityHoldsHasNothingToSweepAndIsNotReported() {
        Register swept = RetentionSweepContract.register(true);

        CoverageReport report = PersonalDataCoverage.check(swept, List.of(SweptCustomer.class));

        assertEquals(List.of(), report.unrecordedEvents(), "no entity holds visits: their rule has nothing to sweep");
        report.requireTraceable();
    }

    @Test
    void aRuleAppliesToTheCategoriesBelowItsOwn() {
        Register swept = RetentionSweepContract.register(true);

        CoverageReport report = PersonalDataCoverage.check(swept, List.of(UntimedEmail.class));

        assertEquals(List.of("customer-relationship-end"), report.unrecordedEvents(),
                "contact.email falls under the contact rule");
        assertThrows(AssertionError.class, report::requireTraceable);
    }
}
