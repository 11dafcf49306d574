package fi.rekisteri.core.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fi.rekisteri.core.ContactDetails;
import fi.rekisteri.core.DataCategory;
import fi.rekisteri.core.LocalizedText;
import fi.rekisteri.core.Organisation;
import fi.rekisteri.core.Register;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RetentionScheduleTest {

    private static final LocalDate EVENT = LocalDate.of(2024, 12, 31);

    private final RetentionSchedule retention = PurposePolicy.compile(TestRegisters.customers()).retention();

    @Test
    void categoryWithItsOwnRuleIsDueThatPeriodAfterTheEvent() {
        Erasure.Due due = assertInstanceOf(Erasure.Due.class, retention.erasure("billing", EVENT));
        assertEquals(LocalDate.of(2030, 12, 31), due.dueOn());
        assertEquals(Period.ofYears(6), due.period());
        assertEquals(LocalizedText.fi("tilikauden päättyminen"), due.event());
    }

    @Test
    void nearestRuleWinsOverAnAncestorsRule() {
        Erasure.Due due = assertInstanceOf(Erasure.Due.class, retention.erasure("billing.invoices", EVENT));
        assertEquals(LocalDate.of(2025, 10, 31), due.dueOn());
    }

    @Test
    void categoryWithoutARuleInheritsTheNearestAncestorsRule() {
        Erasure.Due due = assertInstanceOf(Erasure.Due.class, retention.erasure("contact.email.work", EVENT));
        assertEquals(LocalDate.of(2026, 12, 31), due.dueOn());
        assertEquals(List.of("contact", "identity"), due.rule().categories());
    }

    @Test
    void criteriaRuleLeavesTheDateToAPerson() {
        Erasure.ByCriteria byCriteria =
                assertInstanceOf(Erasure.ByCriteria.class, retention.erasure("marketing", EVENT));
        assertEquals(LocalizedText.fi("kunnes henkilö kieltää"), byCriteria.criteria());
    }

    @Test
    void categoryNoRuleCoversIsReportedAsNotStated() {
        Register register = Register.builder("r", LocalizedText.fi("R"), Organisation.of("O", ContactDetails.none()))
                .dataCategory(DataCategory.of("notes", LocalizedText.fi("Muistiinpanot")))
                .build();
        assertEquals(new Erasure.NotStated("notes"),
                PurposePolicy.compile(register).retention().erasure("notes", EVENT));
    }

    @Test
    void listsWhatIsDueOnADateEarliestFirst() {
        Map<String, LocalDate> events = Map.of(
                "billing", EVENT,
                "billing.invoices", EVENT,
                "contact.email", LocalDate.of(2023, 6, 1),
                "marketing", EVENT);
        List<Erasure.Due> due = retention.dueOn(LocalDate.of(2025, 10, 31), events);
        assertEquals(List.of("contact.email", "billing.invoices"), due.stream().map(Erasure.Due::category).toList());
        assertEquals(List.of(), retention.dueOn(LocalDate.of(2025, 5, 31), events));
    }

    @Test
    void unknownCategoryIsRejected() {
        UnknownKeyException e = assertThrows(UnknownKeyException.class, () -> retention.erasure("health", EVENT));
        assertEquals("health", e.key());
    }
}
