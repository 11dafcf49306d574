package fi.rekisteri.core;

import java.time.Duration;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.Optional;

/**
 * How long a cookie or a similar technology stays on the subject's device: until the browser session ends, or a
 * period in ISO 8601 ({@code P13M}, or {@code PT30M} for one of hours and minutes). {@link #toString()} gives the
 * text {@link #parse(String)} reads.
 *
 * @param period a period of years, months or days; empty for a session or a time-based lifetime
 * @param duration a period of hours, minutes or seconds; empty for a session or a date-based lifetime
 */
public record CookieLifetime(Optional<Period> period, Optional<Duration> duration) {

    private static final String SESSION = "session";

    /**
     * Creates a lifetime: at most one of the two, and positive.
     *
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if both are given, or one is not positive or longer than
     *     {@link Retention.AfterEvent#MAX_YEARS} years
     */
    public CookieLifetime {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(duration, "duration");
        if (period.isPresent() && duration.isPresent()) {
            throw new IllegalArgumentException("a cookie lifetime is a period or a duration, not both");
        }
        // Bounded as a retention period is, so that a date computed from it cannot overflow.
        period.ifPresent(p -> Checks.requireBounded(p, "cookie lifetime"));
        duration.ifPresent(d -> Checks.requireBounded(d, "cookie lifetime"));
    }

    /** Until the browser session ends. */
    public static CookieLifetime session() {
        return new CookieLifetime(Optional.empty(), Optional.empty());
    }

    /**
     * A lifetime of years, months or days.
     *
     * @throws NullPointerException if {@code period} is null
     * @throws IllegalArgumentException if it is not positive or longer than
     *     {@link Retention.AfterEvent#MAX_YEARS} years
     */
    public static CookieLifetime of(Period period) {
        return new CookieLifetime(Optional.of(Objects.requireNonNull(period, "period")), Optional.empty());
    }

    /**
     * A lifetime of hours, minutes or seconds.
     *
     * @throws NullPointerException if {@code duration} is null
     * @throws IllegalArgumentException if it is not positive or longer than
     *     {@link Retention.AfterEvent#MAX_YEARS} years
     */
    public static CookieLifetime of(Duration duration) {
        return new CookieLifetime(Optional.empty(), Optional.of(Objects.requireNonNull(duration, "duration")));
    }

    /**
     * Reads {@code session}, an ISO 8601 period ({@code P13M}) or a duration with a time part ({@code PT30M}).
     *
     * @throws NullPointerException if {@code text} is null
     * @throws IllegalArgumentException naming the text, if it is none of these or not positive
     */
    public static CookieLifetime parse(String text) {
        Objects.requireNonNull(text, "text");
        if (text.equals(SESSION)) {
            return session();
        }
        try {
            return text.contains("T") ? of(Duration.parse(text)) : of(Period.parse(text));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'" + text + "' is not 'session' or an ISO 8601 period such as P13M"
                    + " or PT30M", e);
        }
    }

    /** Whether the cookie lasts only until the browser session ends. */
    public boolean isSession() {
        return period.isEmpty() && duration.isEmpty();
    }

    /** {@code session}, or the period in ISO 8601. */
    @Override
    public String toString() {
        return period.map(Period::toString).or(() -> duration.map(Duration::toString)).orElse(SESSION);
    }
}
