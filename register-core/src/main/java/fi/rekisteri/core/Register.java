package fi.rekisteri.core;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * A register of personal data and everything its privacy statement says: the aggregate root of the model.
 *
 * <p>A register is immutable and consistent: {@link Builder#build()} checks every key and every reference between
 * parts and reports all problems together in a {@link RegisterValidationException}. What the law requires a
 * statement to say is not enforced here — an incomplete register is a draft — but reported by the compliance check
 * ({@code fi.rekisteri.core.compliance}).
 *
 * <pre>{@code
 * Register register = Register.builder("customers", LocalizedText.fi("Asiakasrekisteri"), controller)
 *         .dataCategory(DataCategory.of("contact", LocalizedText.fi("Yhteystiedot")))
 *         .purpose(Purpose.builder("billing", LocalizedText.fi("Laskutus"))
 *                 .legalBasis(LegalBasis.contract()).categories("contact").build())
 *         .build();
 * }</pre>
 */
public final class Register {

    private final String key;
    private final LocalizedText name;
    private final Organisation controller;
    private final Optional<Organisation> representative;
    private final Optional<ContactPoint> dataProtectionOfficer;
    private final Optional<ContactPoint> contactPoint;
    private final List<DataSubjectCategory> subjectCategories;
    private final List<DataCategory> dataCategories;
    private final List<Purpose> purposes;
    private final List<Source> sources;
    private final List<Disclosure> disclosures;
    private final Optional<Transfers> transfers;
    private final List<RetentionRule> retention;
    private final SecurityMeasures security;
    private final Optional<AutomatedDecisionMaking> automatedDecisionMaking;
    private final Optional<LocalizedText> provisionRequirement;
    private final DocumentMetadata metadata;
    private final Map<Topic, LocalizedText> introductions;

    private final Map<String, DataSubjectCategory> subjectsByKey;
    private final Map<String, DataCategory> categoriesByKey;
    private final Map<String, Purpose> purposesByKey;
    private final Map<String, Disclosure> disclosuresByKey;
    private final CategoryHierarchy categoryHierarchy;

    private Register(Builder b) {
        this.key = b.key;
        this.name = b.name;
        this.controller = b.controller;
        this.representative = b.representative;
        this.dataProtectionOfficer = b.dataProtectionOfficer;
        this.contactPoint = b.contactPoint;
        this.subjectCategories = List.copyOf(b.subjectCategories);
        this.dataCategories = List.copyOf(b.dataCategories);
        this.purposes = List.copyOf(b.purposes);
        this.sources = List.copyOf(b.sources);
        this.disclosures = List.copyOf(b.disclosures);
        this.transfers = b.transfers;
        this.retention = List.copyOf(b.retention);
        this.security = b.security;
        this.automatedDecisionMaking = b.automatedDecisionMaking;
        this.provisionRequirement = b.provisionRequirement;
        this.metadata = b.metadata;
        this.introductions = b.introductions.isEmpty()
                ? Map.of()
                : Collections.unmodifiableMap(new EnumMap<>(b.introductions));
        this.subjectsByKey = index(subjectCategories, DataSubjectCategory::key);
        this.categoriesByKey = index(dataCategories, DataCategory::key);
        this.purposesByKey = index(purposes, Purpose::key);
        this.disclosuresByKey = index(disclosures, Disclosure::key);
        this.categoryHierarchy = new CategoryHierarchy(dataCategories);
    }

    private static <T> Map<String, T> index(List<T> parts, Function<T, String> key) {
        Map<String, T> map = new LinkedHashMap<>();
        parts.forEach(part -> map.put(key.apply(part), part));
        return Collections.unmodifiableMap(map);
    }

    /**
     * A builder for a register.
     *
     * @param key stable key of the register, such as {@code mainostakomo-customers}
     * @param name the register's name (rekisterin nimi)
     * @param controller the controller (rekisterinpitäjä)
     */
    public static Builder builder(String key, LocalizedText name, Organisation controller) {
        return new Builder(key, name, controller);
    }

    /** A builder holding this register's parts, to derive a changed register. */
    public Builder toBuilder() {
        Builder b = new Builder(key, name, controller);
        b.representative = representative;
        b.dataProtectionOfficer = dataProtectionOfficer;
        b.contactPoint = contactPoint;
        b.subjectCategories.addAll(subjectCategories);
        b.dataCategories.addAll(dataCategories);
        b.purposes.addAll(purposes);
        b.sources.addAll(sources);
        b.disclosures.addAll(disclosures);
        b.transfers = transfers;
        b.retention.addAll(retention);
        b.security = security;
        b.automatedDecisionMaking = automatedDecisionMaking;
        b.provisionRequirement = provisionRequirement;
        b.metadata = metadata;
        b.introductions.putAll(introductions);
        return b;
    }

    /** The register's stable key. */
    public String key() {
        return key;
    }

    /** The register's name (rekisterin nimi). */
    public LocalizedText name() {
        return name;
    }

    /** The controller (rekisterinpitäjä). */
    public Organisation controller() {
        return controller;
    }

    /** The controller's representative in the Union (Art. 27), where there is one. */
    public Optional<Organisation> representative() {
        return representative;
    }

    /** The data protection officer, where one is designated. */
    public Optional<ContactPoint> dataProtectionOfficer() {
        return dataProtectionOfficer;
    }

    /** The contact for register matters (yhteyshenkilö rekisteriä koskevissa asioissa). */
    public Optional<ContactPoint> contactPoint() {
        return contactPoint;
    }

    /** The groups of data subjects, in the register's order. */
    public List<DataSubjectCategory> subjectCategories() {
        return subjectCategories;
    }

    /** The data categories, in the register's order; parents precede or follow their children as given. */
    public List<DataCategory> dataCategories() {
        return dataCategories;
    }

    /** The purposes, in the register's order. */
    public List<Purpose> purposes() {
        return purposes;
    }

    /** The regular sources, in the register's order. */
    public List<Source> sources() {
        return sources;
    }

    /** The regular disclosures, in the register's order. */
    public List<Disclosure> disclosures() {
        return disclosures;
    }

    /** What the register says of transfers outside the EU/EEA; empty when it says nothing. */
    public Optional<Transfers> transfers() {
        return transfers;
    }

    /** The retention rules, in the register's order. */
    public List<RetentionRule> retention() {
        return retention;
    }

    /** The security measures. */
    public SecurityMeasures security() {
        return security;
    }

    /** What the register says of automated decision-making; empty when it says nothing. */
    public Optional<AutomatedDecisionMaking> automatedDecisionMaking() {
        return automatedDecisionMaking;
    }

    /**
     * Whether providing the data is a statutory or contractual requirement, whether the subject must provide it, and
     * what follows from not providing it (Art. 13(2)(e)).
     */
    public Optional<LocalizedText> provisionRequirement() {
        return provisionRequirement;
    }

    /** Facts about the statement itself. */
    public DocumentMetadata metadata() {
        return metadata;
    }

    /** The register's own lead-in texts, by topic. */
    public Map<Topic, LocalizedText> introductions() {
        return introductions;
    }

    /** The register's own lead-in text for a topic, if it has one. */
    public Optional<LocalizedText> introduction(Topic topic) {
        return Optional.ofNullable(introductions.get(topic));
    }

    /** The subject category of a key. */
    public Optional<DataSubjectCategory> subjectCategory(String key) {
        return Optional.ofNullable(subjectsByKey.get(key));
    }

    /** The data category of a key. */
    public Optional<DataCategory> dataCategory(String key) {
        return Optional.ofNullable(categoriesByKey.get(key));
    }

    /** The purpose of a key. */
    public Optional<Purpose> purpose(String key) {
        return Optional.ofNullable(purposesByKey.get(key));
    }

    /** The disclosure of a recipient key. */
    public Optional<Disclosure> disclosure(String key) {
        return Optional.ofNullable(disclosuresByKey.get(key));
    }

    /**
     * The hierarchy of the data categories, indexed when the register was built: parents, children, ancestors,
     * descendants and depths.
     */
    public CategoryHierarchy categoryHierarchy() {
        return categoryHierarchy;
    }

    /**
     * The categories a purpose may use: those it names and everything under them, in the register's order. The same
     * as {@code categoryHierarchy().coveredBy(purpose.categories())}.
     */
    public List<DataCategory> categoriesCoveredBy(Purpose purpose) {
        return categoryHierarchy.coveredBy(purpose.categories());
    }

    /**
     * The direct sub-categories of a category, in the register's order. The same as {@code
     * categoryHierarchy().childrenOf(categoryKey)}.
     */
    public List<DataCategory> childrenOf(String categoryKey) {
        return categoryHierarchy.childrenOf(categoryKey);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Register r && components().equals(r.components());
    }

    @Override
    public int hashCode() {
        return components().hashCode();
    }

    private List<Object> components() {
        return List.of(key, name, controller, representative, dataProtectionOfficer, contactPoint, subjectCategories,
                dataCategories, purposes, sources, disclosures, transfers, retention, security, automatedDecisionMaking,
                provisionRequirement, metadata, introductions);
    }

    /** {@code Register[key, n purposes, m data categories]}: a summary, never personal data. */
    @Override
    public String toString() {
        return "Register[" + key + ", " + purposes.size() + " purposes, " + dataCategories.size()
                + " data categories]";
    }

    /** Builds a {@link Register}, checking it whole; not thread-safe. */
    public static final class Builder {
        private final String key;
        private final LocalizedText name;
        private final Organisation controller;
        private Optional<Organisation> representative = Optional.empty();
        private Optional<ContactPoint> dataProtectionOfficer = Optional.empty();
        private Optional<ContactPoint> contactPoint = Optional.empty();
        private final List<DataSubjectCategory> subjectCategories = new ArrayList<>();
        private final List<DataCategory> dataCategories = new ArrayList<>();
        private final List<Purpose> purposes = new ArrayList<>();
        private final List<Source> sources = new ArrayList<>();
        private final List<Disclosure> disclosures = new ArrayList<>();
        private Optional<Transfers> transfers = Optional.empty();
        private final List<RetentionRule> retention = new ArrayList<>();
        private SecurityMeasures security = SecurityMeasures.none();
        private Optional<AutomatedDecisionMaking> automatedDecisionMaking = Optional.empty();
        private Optional<LocalizedText> provisionRequirement = Optional.empty();
        private DocumentMetadata metadata = DocumentMetadata.none();
        private final Map<Topic, LocalizedText> introductions = new EnumMap<>(Topic.class);

        private Builder(String key, LocalizedText name, Organisation controller) {
            Checks.requireKey(key, "key");
            this.key = key;
            this.name = Objects.requireNonNull(name, "name");
            this.controller = Objects.requireNonNull(controller, "controller");
        }

        /** Sets the controller's representative. */
        public Builder representative(Organisation representative) {
            this.representative = Optional.of(representative);
            return this;
        }

        /** Sets the data protection officer. */
        public Builder dataProtectionOfficer(ContactPoint dpo) {
            this.dataProtectionOfficer = Optional.of(dpo);
            return this;
        }

        /** Sets the contact for register matters. */
        public Builder contactPoint(ContactPoint contactPoint) {
            this.contactPoint = Optional.of(contactPoint);
            return this;
        }

        /** Adds a group of data subjects. */
        public Builder subjectCategory(DataSubjectCategory category) {
            subjectCategories.add(Objects.requireNonNull(category, "category"));
            return this;
        }

        /** Adds a data category. */
        public Builder dataCategory(DataCategory category) {
            dataCategories.add(Objects.requireNonNull(category, "category"));
            return this;
        }

        /** Adds a purpose. */
        public Builder purpose(Purpose purpose) {
            purposes.add(Objects.requireNonNull(purpose, "purpose"));
            return this;
        }

        /** Adds a regular source. */
        public Builder source(Source source) {
            sources.add(Objects.requireNonNull(source, "source"));
            return this;
        }

        /** Adds a regular disclosure. */
        public Builder disclosure(Disclosure disclosure) {
            disclosures.add(Objects.requireNonNull(disclosure, "disclosure"));
            return this;
        }

        /** States the transfers outside the EU/EEA, or that there are none. */
        public Builder transfers(Transfers transfers) {
            this.transfers = Optional.of(transfers);
            return this;
        }

        /** Adds a retention rule. */
        public Builder retention(RetentionRule rule) {
            retention.add(Objects.requireNonNull(rule, "rule"));
            return this;
        }

        /** Sets the security measures. */
        public Builder security(SecurityMeasures security) {
            this.security = Objects.requireNonNull(security, "security");
            return this;
        }

        /** States whether automated decision-making is used. */
        public Builder automatedDecisionMaking(AutomatedDecisionMaking statement) {
            this.automatedDecisionMaking = Optional.of(statement);
            return this;
        }

        /** States whether providing the data is required, and what follows from not providing it. */
        public Builder provisionRequirement(LocalizedText statement) {
            this.provisionRequirement = Optional.of(statement);
            return this;
        }

        /** Sets facts about the statement itself. */
        public Builder metadata(DocumentMetadata metadata) {
            this.metadata = Objects.requireNonNull(metadata, "metadata");
            return this;
        }

        /** Sets the register's own lead-in text for a topic. */
        public Builder introduction(Topic topic, LocalizedText text) {
            introductions.put(Objects.requireNonNull(topic, "topic"), Objects.requireNonNull(text, "text"));
            return this;
        }

        /**
         * Checks the register whole and builds it.
         *
         * @throws RegisterValidationException listing every unknown or duplicate key, missing parent category and
         *     other inconsistency, each with its path
         */
        public Register build() {
            Register register = new Register(this);
            List<Problem> problems = new RegisterConsistency(register).problems();
            if (!problems.isEmpty()) {
                throw new RegisterValidationException(problems);
            }
            return register;
        }
    }
}
