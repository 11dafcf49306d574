package fi.rekisteri.core.internal;

import java.time.Duration;
import java.time.Period;

/**
 * The length of a period or duration in days, by the average Gregorian year and month: how the diff tells a longer
 * retention from a shorter one, and the organisation rules a retention over their maximum. Years and months weigh
 * the same whichever way a period writes them, so {@code P1Y} and {@code P12M} are equally long.
 */
public final class Lengths {

    private static final double DAYS_A_MONTH = 365.2425 / 12;
    private static final double SECONDS_A_DAY = 86_400;

    private Lengths() {}

    /** The period's length in days: its months (years counted as twelve) at the average month, and its days. */
    @SuppressWarnings("JavaPeriodGetDays") // the days are added to the months, which are counted separately
    public static double days(Period period) {
        return period.toTotalMonths() * DAYS_A_MONTH + period.getDays();
    }

    /** The duration's length in days. */
    public static double days(Duration duration) {
        return duration.toSeconds() / SECONDS_A_DAY;
    }
}
