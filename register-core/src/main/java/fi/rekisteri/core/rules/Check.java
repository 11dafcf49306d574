package fi.rekisteri.core.rules;

import fi.rekisteri.core.Language;
import fi.rekisteri.core.Safeguard;
import java.time.Period;
import java.util.Objects;
import java.util.Set;

/** What an organisation rule requires of a register: one of a closed set of kinds. */
public sealed interface Check {

    /**
     * No purpose may match: "no health data for marketing". A finding for each purpose that does.
     *
     * @param match the forbidden combination
     */
    record Deny(Match match) implements Check {
        /** Creates the check. */
        public Deny {
            Objects.requireNonNull(match, "match");
        }
    }

    /**
     * Every purpose that matches {@code when} must match {@code then}: "health data only on a legal obligation". A
     * finding for each purpose that does not.
     *
     * @param when which purposes the rule applies to; {@link Match#any()} for all
     * @param then what they must meet
     */
    record Require(Match when, Match then) implements Check {
        /** Creates the check. */
        public Require {
            Objects.requireNonNull(when, "when");
            Objects.requireNonNull(then, "then");
        }
    }

    /**
     * Third-country transfers only to these countries and on these mechanisms. A finding for each transfer that
     * goes elsewhere or rests on another mechanism (or on none).
     *
     * @param countries the allowed alpha-2 codes; empty allows every country
     * @param mechanisms the allowed safeguards; empty allows every one
     */
    record AllowedTransfers(Set<String> countries, Set<Safeguard> mechanisms) implements Check {
        /** Creates the check. */
        public AllowedTransfers {
            countries = Set.copyOf(Objects.requireNonNull(countries, "countries"));
            mechanisms = Set.copyOf(Objects.requireNonNull(mechanisms, "mechanisms"));
        }
    }

    /**
     * Data of a category (or under it) kept at most this long. A finding for each retention rule of such data whose
     * period is longer, or that gives criteria instead of a period.
     *
     * @param category the category key
     * @param maximum the longest period allowed; years and months count as 365.2425 and 30.436875 days
     */
    record MaxRetention(String category, Period maximum) implements Check {
        /** Creates the check. */
        public MaxRetention {
            Objects.requireNonNull(category, "category");
            Objects.requireNonNull(maximum, "maximum");
        }
    }

    /** The register must name a data protection officer. */
    record RequireDpo() implements Check {}

    /**
     * The notice must be given in these languages: the register's name and every purpose's and data category's
     * name must have a text in each. A finding for each text that lacks one.
     *
     * @param languages the languages required
     */
    record RequireLanguages(Set<Language> languages) implements Check {
        /** Creates the check. */
        public RequireLanguages {
            languages = Set.copyOf(Objects.requireNonNull(languages, "languages"));
        }
    }
}
