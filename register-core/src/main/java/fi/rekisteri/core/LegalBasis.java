package fi.rekisteri.core;

import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The lawful basis of a purpose: one of the six of GDPR Art. 6(1).
 *
 * <p>The texts a basis carries (how to withdraw consent, which law obliges, which interest is pursued) are optional
 * in the model so that an incomplete register can still be built; the compliance check reports what is missing.
 * Each variant says which {@link Kind} it is; code that handles every basis switches over the kind, so that a new
 * kind is a compile error wherever it is not handled.
 */
public sealed interface LegalBasis extends Variant<LegalBasis.Kind> {

    /** The six bases, one for each variant, with their stable codes, provisions and names. */
    enum Kind implements Coded {
        /** {@link Consent}. */
        CONSENT("6(1)(a)", "withdrawal", "suostumus", "samtycke", "consent"),
        /** {@link Contract}. */
        CONTRACT("6(1)(b)", null, "sopimus", "avtal", "contract"),
        /** {@link LegalObligation}. */
        LEGAL_OBLIGATION("6(1)(c)", "law",
                "lakisääteinen velvoite", "rättslig förpliktelse", "legal obligation"),
        /** {@link VitalInterests}. */
        VITAL_INTERESTS("6(1)(d)", null,
                "elintärkeät edut", "grundläggande intressen", "vital interests"),
        /** {@link PublicTask}. */
        PUBLIC_TASK("6(1)(e)", "law", "yleinen etu tai julkinen valta",
                "allmänt intresse eller myndighetsutövning", "public interest or official authority"),
        /** {@link LegitimateInterests}. */
        LEGITIMATE_INTERESTS("6(1)(f)", "interests",
                "oikeutettu etu", "berättigat intresse", "legitimate interests");

        private final String article;

        private final @Nullable String detailName;
        @SuppressWarnings("ImmutableEnumChecker") // a LocalizedText: a record of an unmodifiable map, made once here
        private final LocalizedText label;

        Kind(String article, @Nullable String detailName, String finnish, String swedish, String english) {
            this.article = article;
            this.detailName = detailName;
            this.label = LocalizedText.of(finnish, swedish, english);
        }

        /** The provision: {@code 6(1)(a)} … {@code 6(1)(f)}. */
        public String article() {
            return article;
        }

        /**
         * The name of the one text this kind of basis carries, as its variant's component is named:
         * {@code withdrawal}, {@code law} or {@code interests}; empty for contract and vital interests, which carry
         * none. Files and paths use the same name.
         */
        public Optional<String> detailName() {
            return Optional.ofNullable(detailName);
        }

        /** The basis in words, as documents name it: {@code sopimus}, {@code avtal}, {@code contract}. */
        public LocalizedText label() {
            return label;
        }

        /**
         * The kind of a stable code.
         *
         * @throws NullPointerException if {@code code} is null
         * @throws IllegalArgumentException naming the code and the codes that exist
         */
        public static Kind ofCode(String code) {
            return Coded.ofCode(Kind.class, code, "legal basis");
        }
    }

    /** The provision: {@code 6(1)(a)} … {@code 6(1)(f)}. */
    default String article() {
        return kind().article();
    }

    /**
     * The basis's one text, named by {@link Kind#detailName()}: how to withdraw consent, the law, or the interests
     * pursued; empty when not stated or when the kind carries none.
     */
    Optional<LocalizedText> detail();

    /**
     * The basis of a kind with its one text.
     *
     * @param kind which basis
     * @param detail the text its {@link Kind#detailName()} names; must be empty for a kind that carries none
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if a text is given to a kind that carries none
     */
    static LegalBasis of(Kind kind, Optional<LocalizedText> detail) {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(detail, "detail");
        if (detail.isPresent() && kind.detailName().isEmpty()) {
            throw new IllegalArgumentException("the legal basis '" + kind.code() + "' carries no text");
        }
        return switch (kind) {
            case CONSENT -> new Consent(detail);
            case CONTRACT -> new Contract();
            case LEGAL_OBLIGATION -> new LegalObligation(detail);
            case VITAL_INTERESTS -> new VitalInterests();
            case PUBLIC_TASK -> new PublicTask(detail);
            case LEGITIMATE_INTERESTS -> new LegitimateInterests(detail);
        };
    }

    /**
     * The basis of a stable code, with none of its optional texts.
     *
     * @throws NullPointerException if {@code code} is null
     * @throws IllegalArgumentException naming the code and the codes that exist
     */
    static LegalBasis ofCode(String code) {
        return of(Kind.ofCode(code), Optional.empty());
    }

    /**
     * Art. 6(1)(a): the data subject's consent.
     *
     * @param withdrawal how the subject withdraws consent (Art. 7(3), 13(2)(c))
     */
    record Consent(Optional<LocalizedText> withdrawal) implements LegalBasis {
        /**
         * Creates the basis.
         *
         * @throws NullPointerException if {@code withdrawal} is null
         */
        public Consent {
            Objects.requireNonNull(withdrawal, "withdrawal");
        }

        @Override
        public Kind kind() {
            return Kind.CONSENT;
        }

        @Override
        public Optional<LocalizedText> detail() {
            return withdrawal;
        }
    }

    /** Art. 6(1)(b): performance of a contract with the subject, or steps before entering one. */
    record Contract() implements LegalBasis {
        @Override
        public Kind kind() {
            return Kind.CONTRACT;
        }

        @Override
        public Optional<LocalizedText> detail() {
            return Optional.empty();
        }
    }

    /**
     * Art. 6(1)(c): a legal obligation of the controller.
     *
     * @param law the law that lays down the obligation ({@code Kirjanpitolaki 1336/1997})
     */
    record LegalObligation(Optional<LocalizedText> law) implements LegalBasis {
        /**
         * Creates the basis.
         *
         * @throws NullPointerException if {@code law} is null
         */
        public LegalObligation {
            Objects.requireNonNull(law, "law");
        }

        @Override
        public Kind kind() {
            return Kind.LEGAL_OBLIGATION;
        }

        @Override
        public Optional<LocalizedText> detail() {
            return law;
        }
    }

    /** Art. 6(1)(d): the vital interests of the subject or another person. */
    record VitalInterests() implements LegalBasis {
        @Override
        public Kind kind() {
            return Kind.VITAL_INTERESTS;
        }

        @Override
        public Optional<LocalizedText> detail() {
            return Optional.empty();
        }
    }

    /**
     * Art. 6(1)(e): a task in the public interest or the exercise of official authority.
     *
     * @param law the law that lays down the task
     */
    record PublicTask(Optional<LocalizedText> law) implements LegalBasis {
        /**
         * Creates the basis.
         *
         * @throws NullPointerException if {@code law} is null
         */
        public PublicTask {
            Objects.requireNonNull(law, "law");
        }

        @Override
        public Kind kind() {
            return Kind.PUBLIC_TASK;
        }

        @Override
        public Optional<LocalizedText> detail() {
            return law;
        }
    }

    /**
     * Art. 6(1)(f): the legitimate interests of the controller or a third party.
     *
     * @param interests the interests pursued (Art. 13(1)(d))
     */
    record LegitimateInterests(Optional<LocalizedText> interests) implements LegalBasis {
        /**
         * Creates the basis.
         *
         * @throws NullPointerException if {@code interests} is null
         */
        public LegitimateInterests {
            Objects.requireNonNull(interests, "interests");
        }

        @Override
        public Kind kind() {
            return Kind.LEGITIMATE_INTERESTS;
        }

        @Override
        public Optional<LocalizedText> detail() {
            return interests;
        }
    }

    /**
     * Consent, with how to withdraw it.
     *
     * @throws NullPointerException if {@code withdrawal} is null
     */
    static LegalBasis consent(LocalizedText withdrawal) {
        return new Consent(Optional.of(Objects.requireNonNull(withdrawal, "withdrawal")));
    }

    /** Contract. */
    static LegalBasis contract() {
        return new Contract();
    }

    /**
     * Legal obligation under the given law.
     *
     * @throws NullPointerException if {@code law} is null
     */
    static LegalBasis legalObligation(LocalizedText law) {
        return new LegalObligation(Optional.of(Objects.requireNonNull(law, "law")));
    }

    /** Vital interests. */
    static LegalBasis vitalInterests() {
        return new VitalInterests();
    }

    /**
     * Public task laid down by the given law.
     *
     * @throws NullPointerException if {@code law} is null
     */
    static LegalBasis publicTask(LocalizedText law) {
        return new PublicTask(Optional.of(Objects.requireNonNull(law, "law")));
    }

    /**
     * Legitimate interests, with the interests described.
     *
     * @throws NullPointerException if {@code interests} is null
     */
    static LegalBasis legitimateInterests(LocalizedText interests) {
        return new LegitimateInterests(Optional.of(Objects.requireNonNull(interests, "interests")));
    }
}
