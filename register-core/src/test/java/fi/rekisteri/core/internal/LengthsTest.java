package fi.rekisteri.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Period;
import org.junit.jupiter.api.Test;

class LengthsTest {

    @Test
    void yearsAndMonthsWeighTheSameHoweverWritten() {
        assertEquals(Lengths.days(Period.ofYears(1)), Lengths.days(Period.ofMonths(12)));
        assertEquals(Lengths.days(Period.ofYears(6)), Lengths.days(Period.of(5, 12, 0)));
        assertEquals(365.2425, Lengths.days(Period.ofYears(1)), 1e-9);
    }

    @Test
    void daysAddToMonths() {
        assertEquals(Lengths.days(Period.ofMonths(1)) + 3, Lengths.days(Period.of(0, 1, 3)), 1e-9);
        assertTrue(Lengths.days(Period.ofMonths(1)) < Lengths.days(Period.ofDays(31)));
        assertTrue(Lengths.days(Period.ofMonths(1)) > Lengths.days(Period.ofDays(30)));
    }

    @Test
    void aDurationCountsItsSeconds() {
        assertEquals(1.0, Lengths.days(Duration.ofHours(24)));
        assertEquals(Lengths.days(Period.ofDays(1)), Lengths.days(Duration.ofDays(1)));
        assertEquals(0.5, Lengths.days(Duration.ofHours(12)));
    }
}
