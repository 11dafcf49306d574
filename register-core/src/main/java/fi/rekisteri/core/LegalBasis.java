package fi.rekisteri.core;

import java.util.Objects;
import java.util.Optional;

/**
 * The lawful basis of a purpose: one of the six of GDPR Art. 6(1).
 *
 * <p>The texts a basis carries (how to withdraw consent, which law obliges, which interest is pursued) are optional
 * in the model so that an incomplete register can still be built; the compliance check reports what is missing.
 */
public sealed interface LegalBasis {

    /** The stable code used in files and databases: {@code consent}, {@code contract}, … */
    String code();

    /** The provision: {@code 6(1)(a)} … {@code 6(1)(f)}. */
    String article();

    /**
     * The basis of a stable code, with none of its optional texts.
     *
     * @throws IllegalArgumentException naming the code and the codes that exist
     */
    static LegalBasis ofCode(String code) {
        return switch (code) {
            case Consent.CODE -> new Consent(Optional.empty());
            case Contract.CODE -> new Contract();
            case LegalObligation.CODE -> new LegalObligation(Optional.empty());
            case VitalInterests.CODE -> new VitalInterests();
            case PublicTask.CODE -> new PublicTask(Optional.empty());
            case LegitimateInterests.CODE -> new LegitimateInterests(Optional.empty());
            default -> throw new IllegalArgumentException("unknown legal basis '" + code + "'; expected one of "
                    + String.join(", ", Consent.CODE, Contract.CODE, LegalObligation.CODE, VitalInterests.CODE,
                            PublicTask.CODE, LegitimateInterests.CODE));
        };
    }

    /**
     * Art. 6(1)(a): the data subject's consent.
     *
     * @param withdrawal how the subject withdraws consent (Art. 7(3), 13(2)(c))
     */
    record Consent(Optional<LocalizedText> withdrawal) implements LegalBasis {
        static final String CODE = "consent";

        /** Creates the basis. */
        public Consent {
            Objects.requireNonNull(withdrawal, "withdrawal");
        }

        @Override
        public String code() {
            return CODE;
        }

        @Override
        public String article() {
            return "6(1)(a)";
        }
    }

    /** Art. 6(1)(b): performance of a contract with the subject, or steps before entering one. */
    record Contract() implements LegalBasis {
        static final String CODE = "contract";

        @Override
        public String code() {
            return CODE;
        }

        @Override
        public String article() {
            return "6(1)(b)";
        }
    }

    /**
     * Art. 6(1)(c): a legal obligation of the controller.
     *
     * @param law the law that lays down the obligation ({@code Kirjanpitolaki 1336/1997})
     */
    record LegalObligation(Optional<LocalizedText> law) implements LegalBasis {
        static final String CODE = "legal-obligation";

        /** Creates the basis. */
        public LegalObligation {
            Objects.requireNonNull(law, "law");
        }

        @Override
        public String code() {
            return CODE;
        }

        @Override
        public String article() {
            return "6(1)(c)";
        }
    }

    /** Art. 6(1)(d): the vital interests of the subject or another person. */
    record VitalInterests() implements LegalBasis {
        static final String CODE = "vital-interests";

        @Override
        public String code() {
            return CODE;
        }

        @Override
        public String article() {
            return "6(1)(d)";
        }
    }

    /**
     * Art. 6(1)(e): a task in the public interest or the exercise of official authority.
     *
     * @param law the law that lays down the task
     */
    record PublicTask(Optional<LocalizedText> law) implements LegalBasis {
        static final String CODE = "public-task";

        /** Creates the basis. */
        public PublicTask {
            Objects.requireNonNull(law, "law");
        }

        @Override
        public String code() {
            return CODE;
        }

        @Override
        public String article() {
            return "6(1)(e)";
        }
    }

    /**
     * Art. 6(1)(f): the legitimate interests of the controller or a third party.
     *
     * @param interests the interests pursued (Art. 13(1)(d))
     */
    record LegitimateInterests(Optional<LocalizedText> interests) implements LegalBasis {
        static final String CODE = "legitimate-interests";

        /** Creates the basis. */
        public LegitimateInterests {
            Objects.requireNonNull(interests, "interests");
        }

        @Override
        public String code() {
            return CODE;
        }

        @Override
        public String article() {
            return "6(1)(f)";
        }
    }

    /** Consent, with how to withdraw it. */
    static LegalBasis consent(LocalizedText withdrawal) {
        return new Consent(Optional.of(withdrawal));
    }

    /** Contract. */
    static LegalBasis contract() {
        return new Contract();
    }

    /** Legal obligation under the given law. */
    static LegalBasis legalObligation(LocalizedText law) {
        return new LegalObligation(Optional.of(law));
    }

    /** Vital interests. */
    static LegalBasis vitalInterests() {
        return new VitalInterests();
    }

    /** Public task laid down by the given law. */
    static LegalBasis publicTask(LocalizedText law) {
        return new PublicTask(Optional.of(law));
    }

    /** Legitimate interests, with the interests described. */
    static LegalBasis legitimateInterests(LocalizedText interests) {
        return new LegitimateInterests(Optional.of(interests));
    }
}
