package fi.rekisteri.core;

import java.util.Objects;

/**
 * What a register says of automated decision-making, including profiling (GDPR Art. 22, 13(2)(f)). Each variant says
 * which {@link Kind} it is; code that handles every statement switches over the kind, so that a new kind is a
 * compile error wherever it is not handled.
 */
public sealed interface AutomatedDecisionMaking extends Variant<AutomatedDecisionMaking.Kind> {

    /** The kinds of statement, one for each variant, with their stable codes. */
    enum Kind implements Coded {
        /** {@link None}. */
        NONE,
        /** {@link Used}. */
        USED;

        /**
         * The kind of a stable code.
         *
         * @throws NullPointerException if {@code code} is null
         * @throws IllegalArgumentException naming the code and the codes that exist
         */
        public static Kind ofCode(String code) {
            return Coded.ofCode(Kind.class, code, "automated decision-making kind");
        }
    }

    /** No decisions based solely on automated processing are made. */
    static AutomatedDecisionMaking none() {
        return new None();
    }

    /**
     * Automated decisions are made; {@code description} gives their logic, significance and consequences.
     *
     * @throws NullPointerException if {@code description} is null
     */
    static AutomatedDecisionMaking used(LocalizedText description) {
        return new Used(description);
    }

    /** No automated decision-making. */
    record None() implements AutomatedDecisionMaking {
        @Override
        public Kind kind() {
            return Kind.NONE;
        }
    }

    /**
     * Automated decision-making is used.
     *
     * @param description meaningful information on the logic involved, its significance and its consequences
     */
    record Used(LocalizedText description) implements AutomatedDecisionMaking {
        /**
         * Creates the statement.
         *
         * @throws NullPointerException if {@code description} is null
         */
        public Used {
            Objects.requireNonNull(description, "description");
        }

        @Override
        public Kind kind() {
            return Kind.USED;
        }
    }
}
