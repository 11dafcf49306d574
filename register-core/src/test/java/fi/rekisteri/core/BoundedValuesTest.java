package fi.rekisteri.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Period;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Values that would break later are refused when made: country codes outside ISO 3166-1, endless periods. */
class BoundedValuesTest {

    private static final LocalizedText EVENT = LocalizedText.fi("asiakkuuden päättyminen");

    private static IllegalArgumentException transferTo(String country) {
        return assertThrows(IllegalArgumentException.class,
                () -> new Transfer(country, Optional.empty(), List.of(), Optional.empty(), Optional.empty()));
    }

    @Test
    void aCountryMustBeAnAssignedIsoCode() {
        assertEquals("country 'XX' is not an ISO 3166-1 alpha-2 code such as FI or US", transferTo("XX").getMessage());
        assertEquals("country 'fi' is not an ISO 3166-1 alpha-2 code such as FI or US", transferTo("fi").getMessage());
        assertEquals("country 'EL' is not an ISO 3166-1 alpha-2 code: Greece is GR (EL is the EU's own abbreviation)",
                transferTo("EL").getMessage());
        assertEquals("country 'UK' is not an ISO 3166-1 alpha-2 code: the United Kingdom is GB (UK is only reserved)",
                transferTo("UK").getMessage());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new PostalAddress("Katu 1", "00100", "Helsinki", "XX"));
        assertEquals("country 'XX' is not an ISO 3166-1 alpha-2 code such as FI or US", e.getMessage());
        for (String country : Locale.getISOCountries()) {
            assertEquals(country, new PostalAddress("Katu 1", "00100", "Helsinki", country).country());
        }
    }

    @Test
    void aRetentionPeriodIsAtMostAHundredYears() {
        assertEquals(Period.ofYears(100), ((Retention.AfterEvent) Retention.after(Period.ofYears(100), EVENT)).period());
        Retention.after(Period.ofMonths(1200), EVENT);
        Retention.after(Period.ofDays(36_524), EVENT);
        for (Period tooLong : List.of(Period.ofYears(101), Period.of(100, 0, 1), Period.ofDays(36_525),
                Period.ofMonths(1201), Period.ofYears(2_000_000_000), Period.of(Integer.MAX_VALUE, Integer.MAX_VALUE,
                        Integer.MAX_VALUE))) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> Retention.after(tooLong, EVENT));
            assertEquals("retention period " + tooLong + " is longer than 100 years, the longest a retention period"
                    + " may be", e.getMessage());
        }
    }

    @Test
    void aCookieLifetimeIsBoundedAsARetentionPeriodIs() {
        assertEquals(Optional.of(Period.ofYears(100)), CookieLifetime.of(Period.ofYears(100)).period());
        CookieLifetime.of(Duration.ofDays(36_600));
        for (Period tooLong : List.of(Period.ofYears(101), Period.ofYears(999_999_999), Period.ofDays(36_525))) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> CookieLifetime.of(tooLong));
            assertEquals("cookie lifetime " + tooLong + " is longer than 100 years, the longest a cookie lifetime"
                    + " may be", e.getMessage());
        }
        Duration tooLong = Duration.ofDays(36_601);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CookieLifetime.of(tooLong));
        assertEquals("cookie lifetime PT878424H is longer than 100 years, the longest a cookie lifetime may be",
                e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> CookieLifetime.of(Period.of(1, 0, -400)));
    }
}
