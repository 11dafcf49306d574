package fi.rekisteri.core.policy;

import java.util.Objects;
import java.util.Optional;

/**
 * The answer to a check: allowed, or denied with a reason a person can read.
 *
 * <p>Allowed is one shared constant, so the allowed path never allocates. A denial keeps only its keys and builds
 * the text when {@link Denied#reason()} is asked; the policy also reuses its denials, so a repeated denial does not
 * allocate either.
 */
public sealed interface Decision permits Decision.Allowed, Decision.Denied {

    /** The allowed decision. */
    static Decision allowed() {
        return Allowed.INSTANCE;
    }

    /** Whether the check passed. */
    boolean isAllowed();

    /** Whether the check failed. */
    default boolean isDenied() {
        return !isAllowed();
    }

    /** The reason in words: {@code "allowed"}, or why it was denied. */
    String reason();

    /** The one allowed decision. */
    final class Allowed implements Decision {
        static final Allowed INSTANCE = new Allowed();

        private Allowed() {}

        @Override
        public boolean isAllowed() {
            return true;
        }

        @Override
        public String reason() {
            return "allowed";
        }

        @Override
        public String toString() {
            return "Allowed";
        }
    }

    /** A denial: which purpose, which category (where one was asked about), and why. */
    final class Denied implements Decision {
        private final DenialReason code;
        private final String register;
        private final String purpose;
        private final String category;
        private final String recipient;

        Denied(DenialReason code, String register, String purpose, String category, String recipient) {
            this.code = Objects.requireNonNull(code, "code");
            this.register = register;
            this.purpose = purpose;
            this.category = category;
            this.recipient = recipient;
        }

        @Override
        public boolean isAllowed() {
            return false;
        }

        /** Why, as a stable code. */
        public DenialReason code() {
            return code;
        }

        /** The key of the purpose asked about. */
        public String purpose() {
            return purpose;
        }

        /** The key of the data category asked about; empty when the denial concerns the purpose as a whole. */
        public Optional<String> category() {
            return category.isEmpty() ? Optional.empty() : Optional.of(category);
        }

        /** The key of the recipient asked about; empty unless this denies a disclosure. */
        public Optional<String> recipient() {
            return recipient.isEmpty() ? Optional.empty() : Optional.of(recipient);
        }

        @Override
        public String reason() {
            return switch (code) {
                case UNKNOWN_PURPOSE -> "purpose '" + purpose + "' is not declared in register '" + register + "'";
                case UNKNOWN_CATEGORY -> "data category '" + category + "' is not declared in register '" + register
                        + "'";
                case UNKNOWN_RECIPIENT -> "register '" + register + "' declares no disclosure to '" + recipient + "'";
                case NOT_COVERED -> "purpose '" + purpose + "' does not cover '" + category + "'";
                case NO_CONSENT -> "purpose '" + purpose + "' is based on consent and the subject has not given it";
                case CONSENT_WITHDRAWN -> "purpose '" + purpose
                        + "' is based on consent and the subject has withdrawn it";
                case OBJECTED_TO_DIRECT_MARKETING -> "purpose '" + purpose
                        + "' is direct marketing and the subject has objected to direct marketing";
                case RESTRICTED -> "the subject has restricted processing (GDPR Art. 18): purpose '" + purpose
                        + "' may only store the data";
                case NOT_DISCLOSED -> "the disclosure to '" + recipient + "' does not include '" + category + "'";
                case PURPOSE_NOT_SERVED -> "the disclosure to '" + recipient + "' does not serve purpose '" + purpose
                        + "'";
            };
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Denied d && code == d.code && register.equals(d.register) && purpose.equals(d.purpose)
                    && category.equals(d.category) && recipient.equals(d.recipient);
        }

        @Override
        public int hashCode() {
            return Objects.hash(code, register, purpose, category, recipient);
        }

        @Override
        public String toString() {
            return "Denied[" + code.code() + ": " + reason() + "]";
        }
    }
}
