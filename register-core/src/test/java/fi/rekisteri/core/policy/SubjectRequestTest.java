package fi.rekisteri.core.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Art. 12(3) deadlines, counted as Regulation 1182/71 counts periods of months. */
class SubjectRequestTest {

    private static final SubjectId SUBJECT = SubjectId.of("customer-4711");

    private static SubjectRequest received(String day) {
        return SubjectRequest.received(SUBJECT, SubjectRequest.Kind.ACCESS, LocalDate.parse(day));
    }

    @ParameterizedTest
    @CsvSource({
        "2026-01-31, 2026-02-28",   // February has no 31st: its last day
        "2028-01-31, 2028-02-29",   // leap year
        "2026-01-30, 2026-02-28",
        "2026-03-15, 2026-04-15",   // the same day of the month
        "2026-03-31, 2026-04-30",
        "2026-12-31, 2027-01-31",   // over the year's end
    })
    void aMonthFromReceiptEndsOnTheSameDayOrTheMonthsLastDay(String receipt, String due) {
        assertEquals(LocalDate.parse(due), received(receipt).deadline());
    }

    @Test
    void anExtensionAddsTwoMonthsCountedFromReceipt() {
        SubjectRequest request = received("2026-01-31").extended(LocalDate.parse("2026-02-10"), "many requests");

        assertEquals(LocalDate.parse("2026-02-28"), request.firstDeadline());
        assertEquals(LocalDate.parse("2026-04-30"), request.deadline());
        assertEquals("many requests", request.extension().orElseThrow().reason());
    }

    @Test
    void anExtensionToldAfterTheFirstMonthIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> received("2026-01-31").extended(LocalDate.parse("2026-03-01"), "complex"));
        assertTrue(e.getMessage().contains("after the first month ended on 2026-02-28"), e.getMessage());
    }

    @Test
    void anExtensionNeedsAReasonAndHappensOnce() {
        assertThrows(IllegalArgumentException.class,
                () -> received("2026-01-31").extended(LocalDate.parse("2026-02-01"), " "));
        SubjectRequest extended = received("2026-01-31").extended(LocalDate.parse("2026-02-01"), "complex");
        assertThrows(IllegalStateException.class, () -> extended.extended(LocalDate.parse("2026-02-02"), "again"));
    }

    @Test
    void overdueIsOpenAfterTheDeadlineDay() {
        SubjectRequest request = received("2026-01-31");

        assertFalse(request.isOverdueOn(LocalDate.parse("2026-02-28")));
        assertTrue(request.isOverdueOn(LocalDate.parse("2026-03-01")));
        assertFalse(request.answered(LocalDate.parse("2026-03-02")).isOverdueOn(LocalDate.parse("2026-03-05")));
    }

    @Test
    void answeredInTimeOnOrBeforeTheDeadline() {
        SubjectRequest request = received("2026-01-31").identityVerified(LocalDate.parse("2026-02-02"));

        assertTrue(request.answered(LocalDate.parse("2026-02-28")).answeredInTime());
        assertFalse(request.answered(LocalDate.parse("2026-03-01")).answeredInTime());
        assertFalse(request.answeredInTime());
    }

    @Test
    void daysBeforeReceiptAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> received("2026-01-31").answered(LocalDate.parse("2026-01-30")));
        assertThrows(IllegalArgumentException.class,
                () -> received("2026-01-31").identityVerified(LocalDate.parse("2026-01-01")));
    }

    @Test
    void kindsHaveStableCodes() {
        assertEquals("portability", SubjectRequest.Kind.PORTABILITY.code());
        assertEquals(SubjectRequest.Kind.RECTIFICATION, SubjectRequest.Kind.ofCode("rectification"));
    }

    @Test
    void printsNoSubjectId() {
        String text = received("2026-01-31").toString();
        assertFalse(text.contains("customer-4711"), text);
        assertTrue(text.contains("due 2026-02-28, open"), text);
    }
}
