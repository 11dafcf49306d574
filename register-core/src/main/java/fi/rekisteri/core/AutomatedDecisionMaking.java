package fi.rekisteri.core;

import java.util.Objects;

/** What a register says of automated decision-making, including profiling (GDPR Art. 22, 13(2)(f)). */
public sealed interface AutomatedDecisionMaking {

    /** No decisions based solely on automated processing are made. */
    static AutomatedDecisionMaking none() {
        return new None();
    }

    /** Automated decisions are made; {@code description} gives their logic, significance and consequences. */
    static AutomatedDecisionMaking used(LocalizedText description) {
        return new Used(description);
    }

    /** No automated decision-making. */
    record None() implements AutomatedDecisionMaking {}

    /**
     * Automated decision-making is used.
     *
     * @param description meaningful information on the logic involved, its significance and its consequences
     */
    record Used(LocalizedText description) implements AutomatedDecisionMaking {
        /** Creates the statement. */
        public Used {
            Objects.requireNonNull(description, "description");
        }
    }
}
