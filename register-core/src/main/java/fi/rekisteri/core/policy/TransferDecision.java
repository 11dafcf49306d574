package fi.rekisteri.core.policy;

import fi.rekisteri.core.Safeguard;
import java.util.Objects;
import java.util.Optional;

/**
 * Whether data may go to a country, and on which ground: freely inside the EU/EEA, on a safeguard outside it, or not
 * at all.
 */
public sealed interface TransferDecision {

    /** The ISO 3166-1 alpha-2 code of the destination asked about. */
    String country();

    /** Whether the transfer may be made (on {@link Permitted#condition()}, where there is one). */
    boolean isAllowed();

    /** The decision in words. */
    String reason();

    /**
     * The destination is an EU/EEA state: no transfer safeguard is needed.
     *
     * @param country the destination
     */
    record WithinEea(String country) implements TransferDecision {
        /** Creates the decision. */
        public WithinEea {
            Objects.requireNonNull(country, "country");
        }

        @Override
        public boolean isAllowed() {
            return true;
        }

        @Override
        public String reason() {
            return "'" + country + "' is in the EU/EEA";
        }
    }

    /**
     * The register declares the transfer, on a safeguard that holds.
     *
     * @param country the destination
     * @param safeguard the ground of the transfer
     * @param condition a limit the recipient must meet for the ground to hold, such as a partial adequacy decision's
     *     "organisations certified under the EU-US Data Privacy Framework"; empty when there is none
     */
    record Permitted(String country, Safeguard safeguard, Optional<String> condition) implements TransferDecision {
        /** Creates the decision. */
        public Permitted {
            Objects.requireNonNull(country, "country");
            Objects.requireNonNull(safeguard, "safeguard");
            Objects.requireNonNull(condition, "condition");
        }

        @Override
        public boolean isAllowed() {
            return true;
        }

        /** Whether the ground holds only for recipients that meet {@link #condition()}. */
        public boolean isConditional() {
            return condition.isPresent();
        }

        @Override
        public String reason() {
            return "transfer to '" + country + "' on " + safeguard.code() + " (GDPR Art. " + safeguard.article() + ")"
                    + condition.map(c -> ", only to " + c).orElse("");
        }
    }

    /**
     * The transfer may not be made.
     *
     * @param country the destination
     * @param reason why not
     */
    record Refused(String country, String reason) implements TransferDecision {
        /** Creates the decision. */
        public Refused {
            Objects.requireNonNull(country, "country");
            Objects.requireNonNull(reason, "reason");
        }

        @Override
        public boolean isAllowed() {
            return false;
        }
    }
}
