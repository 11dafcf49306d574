package fi.rekisteri.core;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

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
    private final List<ContactPoint> contactPoints;
    private final Optional<JointControl> jointControl;
    private final List<DataSubjectCategory> subjectCategories;
    private final List<DataCategory> dataCategories;
    private final List<Purpose> purposes;
    private final List<Source> sources;
    private final List<Disclosure> disclosures;
    private final Optional<NoDisclosures> noDisclosures;
    private final Optional<Transfers> transfers;
    private final List<RetentionRule> retention;
    private final SecurityMeasures security;
    private final Optional<AutomatedDecisionMaking> automatedDecisionMaking;
    private final Optional<LocalizedText> provisionRequirement;
    private final List<RightsRestriction> rightsRestrictions;
    private final DocumentMetadata metadata;
    private final Map<Topic, LocalizedText> introductions;
    private final List<Cookie> cookies;
    private final Optional<String> noDataProtectionOfficerReason;
    private final List<Acknowledgement> acknowledgements;

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
        this.contactPoints = b.contactPoints.toList();
        this.jointControl = b.jointControl;
        this.subjectCategories = b.subjectCategories.toList();
        this.dataCategories = b.dataCategories.toList();
        this.purposes = b.purposes.toList();
        this.sources = b.sources.toList();
        this.disclosures = b.disclosures.toList();
        this.noDisclosures = b.noDisclosures;
        this.transfers = b.transfers;
        this.retention = b.retention.toList();
        this.security = b.security;
        this.automatedDecisionMaking = b.automatedDecisionMaking;
        this.provisionRequirement = b.provisionRequirement;
        this.rightsRestrictions = b.rightsRestrictions.toList();
        this.metadata = b.metadata;
        this.introductions = b.introductions.isEmpty()
                ? Map.of()
                : Collections.unmodifiableMap(new EnumMap<>(b.introductions));
        this.cookies = b.cookies.toList();
        this.noDataProtectionOfficerReason = b.noDataProtectionOfficerReason;
        this.acknowledgements = b.acknowledgements.toList();
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
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the key is not a valid key
     */
    public static Builder builder(String key, LocalizedText name, Organisation controller) {
        return new Builder(key, name, controller);
    }

    /** A builder holding this register's parts, to derive a changed register. */
    public Builder toBuilder() {
        Builder b = new Builder(key, name, controller);
        b.representative = representative;
        b.dataProtectionOfficer = dataProtectionOfficer;
        b.contactPoints.addAll(contactPoints);
        b.jointControl = jointControl;
        b.subjectCategories.addAll(subjectCategories);
        b.dataCategories.addAll(dataCategories);
        b.purposes.addAll(purposes);
        b.sources.addAll(sources);
        b.disclosures.addAll(disclosures);
        b.noDisclosures = noDisclosures;
        b.transfers = transfers;
        b.retention.addAll(retention);
        b.security = security;
        b.automatedDecisionMaking = automatedDecisionMaking;
        b.provisionRequirement = provisionRequirement;
        b.rightsRestrictions.addAll(rightsRestrictions);
        b.metadata = metadata;
        b.introductions.putAll(introductions);
        b.cookies.addAll(cookies);
        b.noDataProtectionOfficerReason = noDataProtectionOfficerReason;
        b.acknowledgements.addAll(acknowledgements);
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

    /**
     * Why no data protection officer is designated, when the register states that none is; empty when it names one
     * or says nothing. The statement settles the check's {@code dpo.missing}; documents then say that no officer has
     * been designated, and the reason stays in the register.
     */
    public Optional<String> noDataProtectionOfficerReason() {
        return noDataProtectionOfficerReason;
    }

    /** The team's acknowledgements of compliance findings, in the register's order. */
    public List<Acknowledgement> acknowledgements() {
        return acknowledgements;
    }

    /**
     * The first contact for register matters (yhteyshenkilö rekisteriä koskevissa asioissa): the only one, when the
     * register names one.
     */
    public Optional<ContactPoint> contactPoint() {
        return contactPoints.stream().findFirst();
    }

    /** The contacts for register matters, each with its role where several are given, in the register's order. */
    public List<ContactPoint> contactPoints() {
        return contactPoints;
    }

    /** The joint controllers and their arrangement (Art. 26), where the register has them. */
    public Optional<JointControl> jointControl() {
        return jointControl;
    }

    /** The restrictions of the data subject's rights the controller states (Art. 23), in the register's order. */
    public List<RightsRestriction> rightsRestrictions() {
        return rightsRestrictions;
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

    /**
     * The register's explicit statement that it discloses no data; empty when it lists disclosures or says
     * nothing of them. A register never has both this and {@link #disclosures()}.
     */
    public Optional<NoDisclosures> noDisclosures() {
        return noDisclosures;
    }

    /** The cookies and similar technologies the register's service uses, in the register's order. */
    public List<Cookie> cookies() {
        return cookies;
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
        return Optional.ofNullable(introductions.get(Objects.requireNonNull(topic, "topic")));
    }

    /** The subject category of a key. */
    public Optional<DataSubjectCategory> subjectCategory(String key) {
        return Optional.ofNullable(subjectsByKey.get(Objects.requireNonNull(key, "key")));
    }

    /** The data category of a key. */
    public Optional<DataCategory> dataCategory(String key) {
        return Optional.ofNullable(categoriesByKey.get(Objects.requireNonNull(key, "key")));
    }

    /** The purpose of a key. */
    public Optional<Purpose> purpose(String key) {
        return Optional.ofNullable(purposesByKey.get(Objects.requireNonNull(key, "key")));
    }

    /** The disclosure of a recipient key. */
    public Optional<Disclosure> disclosure(String key) {
        return Optional.ofNullable(disclosuresByKey.get(Objects.requireNonNull(key, "key")));
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
        return categoryHierarchy.coveredBy(Objects.requireNonNull(purpose, "purpose").categories());
    }

    /**
     * The direct sub-categories of a category, in the register's order. The same as {@code
     * categoryHierarchy().childrenOf(categoryKey)}.
     */
    public List<DataCategory> childrenOf(String categoryKey) {
        return categoryHierarchy.childrenOf(Objects.requireNonNull(categoryKey, "categoryKey"));
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
        return List.of(key, name, controller, representative, dataProtectionOfficer, contactPoints, jointControl,
                subjectCategories, dataCategories, purposes, sources, disclosures, transfers, retention, security,
                automatedDecisionMaking, provisionRequirement, rightsRestrictions, metadata, introductions,
                noDisclosures, cookies, noDataProtectionOfficerReason, acknowledgements);
    }

    /** {@code Register[key, n purposes, m data categories]}: a summary, never personal data. */
    @Override
    public String toString() {
        return "Register[" + key + ", " + purposes.size() + " purposes, " + dataCategories.size()
                + " data categories]";
    }

    /**
     * Builds a {@link Register}, checking it whole; not thread-safe.
     *
     * <p>Parts are added in order with {@link #purpose(Purpose)} and its kin. A builder from {@link
     * Register#toBuilder()} edits a register in place: a part with a key is replaced where it stands
     * ({@link #replacePurpose(Purpose)}) or removed by its key ({@link #removePurpose(String)}); the sources and
     * retention rules, which have no key, are replaced as a whole list or removed by a predicate; an optional part is
     * cleared ({@link #clearTransfers()}). Adding a part of a key that is already there does not replace it: {@link
     * #build()} reports the duplicate, as it reports references that a removal left dangling.
     */
    public static final class Builder {
        private final String key;
        private LocalizedText name;
        private Organisation controller;
        private Optional<Organisation> representative = Optional.empty();
        private Optional<ContactPoint> dataProtectionOfficer = Optional.empty();
        private final Parts<ContactPoint> contactPoints = new Parts<>();
        private Optional<JointControl> jointControl = Optional.empty();
        private final KeyedParts<DataSubjectCategory> subjectCategories =
                new KeyedParts<>(DataSubjectCategory::key, "subject category");
        private final KeyedParts<DataCategory> dataCategories =
                new KeyedParts<>(DataCategory::key, "data category");
        private final KeyedParts<Purpose> purposes = new KeyedParts<>(Purpose::key, "purpose");
        private final Parts<Source> sources = new Parts<>();
        private final KeyedParts<Disclosure> disclosures = new KeyedParts<>(Disclosure::key, "disclosure");
        private Optional<NoDisclosures> noDisclosures = Optional.empty();
        private final KeyedParts<Cookie> cookies = new KeyedParts<>(Cookie::key, "cookie");
        private Optional<Transfers> transfers = Optional.empty();
        private final Parts<RetentionRule> retention = new Parts<>();
        private SecurityMeasures security = SecurityMeasures.none();
        private Optional<AutomatedDecisionMaking> automatedDecisionMaking = Optional.empty();
        private Optional<LocalizedText> provisionRequirement = Optional.empty();
        private final Parts<RightsRestriction> rightsRestrictions = new Parts<>();
        private DocumentMetadata metadata = DocumentMetadata.none();
        private final Map<Topic, LocalizedText> introductions = new EnumMap<>(Topic.class);
        private Optional<String> noDataProtectionOfficerReason = Optional.empty();
        private final Parts<Acknowledgement> acknowledgements = new Parts<>();

        private Builder(String key, LocalizedText name, Organisation controller) {
            Checks.requireKey(key, "key");
            this.key = key;
            this.name = Objects.requireNonNull(name, "name");
            this.controller = Objects.requireNonNull(controller, "controller");
        }

        /**
         * Renames the register.
         *
         * @throws NullPointerException if {@code name} is null
         */
        public Builder name(LocalizedText name) {
            this.name = Objects.requireNonNull(name, "name");
            return this;
        }

        /**
         * Sets the controller.
         *
         * @throws NullPointerException if {@code controller} is null
         */
        public Builder controller(Organisation controller) {
            this.controller = Objects.requireNonNull(controller, "controller");
            return this;
        }

        /**
         * Sets the controller's representative.
         *
         * @throws NullPointerException if {@code representative} is null
         */
        public Builder representative(Organisation representative) {
            this.representative = Optional.of(Objects.requireNonNull(representative, "representative"));
            return this;
        }

        /** Removes the controller's representative, if one is set. */
        public Builder clearRepresentative() {
            this.representative = Optional.empty();
            return this;
        }

        /**
         * Sets the data protection officer.
         *
         * @throws NullPointerException if {@code dpo} is null
         */
        public Builder dataProtectionOfficer(ContactPoint dpo) {
            this.dataProtectionOfficer = Optional.of(Objects.requireNonNull(dpo, "dpo"));
            this.noDataProtectionOfficerReason = Optional.empty();
            return this;
        }

        /**
         * States that no data protection officer is designated, and why (Art. 37 does not require one, say);
         * removes a data protection officer that was set.
         *
         * @throws NullPointerException if {@code reason} is null
         * @throws IllegalArgumentException if {@code reason} is blank
         */
        public Builder noDataProtectionOfficer(String reason) {
            Objects.requireNonNull(reason, "reason");
            if (reason.isBlank()) {
                throw new IllegalArgumentException("the reason for having no data protection officer is blank");
            }
            this.noDataProtectionOfficerReason = Optional.of(reason);
            this.dataProtectionOfficer = Optional.empty();
            return this;
        }

        /**
         * Removes the data protection officer, or the statement that there is none, so that the register says
         * nothing of one.
         */
        public Builder clearDataProtectionOfficer() {
            this.dataProtectionOfficer = Optional.empty();
            this.noDataProtectionOfficerReason = Optional.empty();
            return this;
        }

        /**
         * Adds a contact for register matters after those already added.
         *
         * @throws NullPointerException if {@code contactPoint} is null
         */
        public Builder contactPoint(ContactPoint contactPoint) {
            contactPoints.add(contactPoint, "contactPoint");
            return this;
        }

        /**
         * Replaces all contacts for register matters with the given ones, in their order.
         *
         * @throws NullPointerException if {@code contactPoints} or one of its elements is null
         */
        public Builder replaceContactPoints(List<ContactPoint> contactPoints) {
            this.contactPoints.replaceAll(contactPoints, "contactPoints");
            return this;
        }

        /** Removes every contact for register matters. */
        public Builder clearContactPoints() {
            contactPoints.removeIf(point -> true);
            return this;
        }

        /**
         * States the joint controllers and their arrangement.
         *
         * @throws NullPointerException if {@code jointControl} is null
         */
        public Builder jointControl(JointControl jointControl) {
            this.jointControl = Optional.of(Objects.requireNonNull(jointControl, "jointControl"));
            return this;
        }

        /** Removes the joint controllers, so that the controller is the only one. */
        public Builder clearJointControl() {
            this.jointControl = Optional.empty();
            return this;
        }

        /**
         * Adds a restriction of the data subject's rights after those already added.
         *
         * @throws NullPointerException if {@code restriction} is null
         */
        public Builder rightsRestriction(RightsRestriction restriction) {
            rightsRestrictions.add(restriction, "restriction");
            return this;
        }

        /**
         * Replaces all restrictions of rights with the given ones, in their order.
         *
         * @throws NullPointerException if {@code restrictions} or one of its elements is null
         */
        public Builder replaceRightsRestrictions(List<RightsRestriction> restrictions) {
            rightsRestrictions.replaceAll(restrictions, "restrictions");
            return this;
        }

        /**
         * Adds a group of data subjects after those already added.
         *
         * @throws NullPointerException if {@code category} is null
         */
        public Builder subjectCategory(DataSubjectCategory category) {
            subjectCategories.add(category, "category");
            return this;
        }

        /**
         * Puts a group of data subjects in the place of the one of the same key.
         *
         * @throws NullPointerException if {@code category} is null
         * @throws IllegalArgumentException naming the key, if the builder has no subject category of that key
         */
        public Builder replaceSubjectCategory(DataSubjectCategory category) {
            subjectCategories.replace(category, "category");
            return this;
        }

        /**
         * Removes the group of data subjects of a key; what refers to it is left for {@link #build()} to report.
         *
         * @throws NullPointerException if {@code key} is null
         * @throws IllegalArgumentException naming the key, if the builder has no subject category of that key
         */
        public Builder removeSubjectCategory(String key) {
            subjectCategories.remove(key);
            return this;
        }

        /**
         * Adds a data category after those already added.
         *
         * @throws NullPointerException if {@code category} is null
         */
        public Builder dataCategory(DataCategory category) {
            dataCategories.add(category, "category");
            return this;
        }

        /**
         * Puts a data category in the place of the one of the same key.
         *
         * @throws NullPointerException if {@code category} is null
         * @throws IllegalArgumentException naming the key, if the builder has no data category of that key
         */
        public Builder replaceDataCategory(DataCategory category) {
            dataCategories.replace(category, "category");
            return this;
        }

        /**
         * Removes the data category of a key, but not its sub-categories; what refers to it, sub-categories
         * included, is left for {@link #build()} to report.
         *
         * @throws NullPointerException if {@code key} is null
         * @throws IllegalArgumentException naming the key, if the builder has no data category of that key
         */
        public Builder removeDataCategory(String key) {
            dataCategories.remove(key);
            return this;
        }

        /**
         * Adds a purpose after those already added.
         *
         * @throws NullPointerException if {@code purpose} is null
         */
        public Builder purpose(Purpose purpose) {
            purposes.add(purpose, "purpose");
            return this;
        }

        /**
         * Puts a purpose in the place of the one of the same key.
         *
         * @throws NullPointerException if {@code purpose} is null
         * @throws IllegalArgumentException naming the key, if the builder has no purpose of that key
         */
        public Builder replacePurpose(Purpose purpose) {
            purposes.replace(purpose, "purpose");
            return this;
        }

        /**
         * Removes the purpose of a key; disclosures that serve it are left for {@link #build()} to report.
         *
         * @throws NullPointerException if {@code key} is null
         * @throws IllegalArgumentException naming the key, if the builder has no purpose of that key
         */
        public Builder removePurpose(String key) {
            purposes.remove(key);
            return this;
        }

        /**
         * Adds a regular source after those already added.
         *
         * @throws NullPointerException if {@code source} is null
         */
        public Builder source(Source source) {
            sources.add(source, "source");
            return this;
        }

        /**
         * Replaces all regular sources with the given ones, in their order.
         *
         * @throws NullPointerException if {@code sources} or one of its elements is null
         */
        public Builder replaceSources(List<Source> sources) {
            this.sources.replaceAll(sources, "sources");
            return this;
        }

        /**
         * Removes the regular sources the predicate accepts; removing none is no error.
         *
         * @throws NullPointerException if {@code filter} is null
         */
        public Builder removeSourcesIf(Predicate<? super Source> filter) {
            sources.removeIf(filter);
            return this;
        }

        /**
         * Adds a regular disclosure after those already added.
         *
         * @throws NullPointerException if {@code disclosure} is null
         */
        public Builder disclosure(Disclosure disclosure) {
            disclosures.add(disclosure, "disclosure");
            return this;
        }

        /**
         * Puts a disclosure in the place of the one of the same recipient key.
         *
         * @throws NullPointerException if {@code disclosure} is null
         * @throws IllegalArgumentException naming the key, if the builder has no disclosure of that key
         */
        public Builder replaceDisclosure(Disclosure disclosure) {
            disclosures.replace(disclosure, "disclosure");
            return this;
        }

        /**
         * Removes the disclosure of a recipient key.
         *
         * @throws NullPointerException if {@code key} is null
         * @throws IllegalArgumentException naming the key, if the builder has no disclosure of that key
         */
        public Builder removeDisclosure(String key) {
            disclosures.remove(key);
            return this;
        }

        /**
         * States explicitly that no data is disclosed; {@link #build()} reports it if disclosures are listed too.
         *
         * @throws NullPointerException if {@code statement} is null
         */
        public Builder noDisclosures(NoDisclosures statement) {
            this.noDisclosures = Optional.of(Objects.requireNonNull(statement, "statement"));
            return this;
        }

        /** Removes the statement that no data is disclosed, if one is set. */
        public Builder clearNoDisclosures() {
            this.noDisclosures = Optional.empty();
            return this;
        }

        /**
         * Adds a cookie or similar technology after those already added.
         *
         * @throws NullPointerException if {@code cookie} is null
         */
        public Builder cookie(Cookie cookie) {
            cookies.add(cookie, "cookie");
            return this;
        }

        /**
         * Puts a cookie in the place of the one of the same key.
         *
         * @throws NullPointerException if {@code cookie} is null
         * @throws IllegalArgumentException naming the key, if the builder has no cookie of that key
         */
        public Builder replaceCookie(Cookie cookie) {
            cookies.replace(cookie, "cookie");
            return this;
        }

        /**
         * Removes the cookie of a key.
         *
         * @throws NullPointerException if {@code key} is null
         * @throws IllegalArgumentException naming the key, if the builder has no cookie of that key
         */
        public Builder removeCookie(String key) {
            cookies.remove(key);
            return this;
        }

        /**
         * States the transfers outside the EU/EEA, or that there are none.
         *
         * @throws NullPointerException if {@code transfers} is null
         */
        public Builder transfers(Transfers transfers) {
            this.transfers = Optional.of(Objects.requireNonNull(transfers, "transfers"));
            return this;
        }

        /** Removes the statement on transfers, so that the register says nothing of them. */
        public Builder clearTransfers() {
            this.transfers = Optional.empty();
            return this;
        }

        /**
         * Adds a retention rule after those already added.
         *
         * @throws NullPointerException if {@code rule} is null
         */
        public Builder retention(RetentionRule rule) {
            retention.add(rule, "rule");
            return this;
        }

        /**
         * Replaces all retention rules with the given ones, in their order.
         *
         * @throws NullPointerException if {@code rules} or one of its elements is null
         */
        public Builder replaceRetention(List<RetentionRule> rules) {
            retention.replaceAll(rules, "rules");
            return this;
        }

        /**
         * Removes the retention rules the predicate accepts; removing none is no error.
         *
         * @throws NullPointerException if {@code filter} is null
         */
        public Builder removeRetentionIf(Predicate<? super RetentionRule> filter) {
            retention.removeIf(filter);
            return this;
        }

        /**
         * Sets the security measures; {@link SecurityMeasures#none()} removes them.
         *
         * @throws NullPointerException if {@code security} is null
         */
        public Builder security(SecurityMeasures security) {
            this.security = Objects.requireNonNull(security, "security");
            return this;
        }

        /**
         * States whether automated decision-making is used.
         *
         * @throws NullPointerException if {@code statement} is null
         */
        public Builder automatedDecisionMaking(AutomatedDecisionMaking statement) {
            this.automatedDecisionMaking = Optional.of(Objects.requireNonNull(statement, "statement"));
            return this;
        }

        /** Removes the statement on automated decision-making, so that the register says nothing of it. */
        public Builder clearAutomatedDecisionMaking() {
            this.automatedDecisionMaking = Optional.empty();
            return this;
        }

        /**
         * States whether providing the data is required, and what follows from not providing it.
         *
         * @throws NullPointerException if {@code statement} is null
         */
        public Builder provisionRequirement(LocalizedText statement) {
            this.provisionRequirement = Optional.of(Objects.requireNonNull(statement, "statement"));
            return this;
        }

        /** Removes the statement on the provision requirement, if one is set. */
        public Builder clearProvisionRequirement() {
            this.provisionRequirement = Optional.empty();
            return this;
        }

        /**
         * Sets facts about the statement itself; {@link DocumentMetadata#none()} removes them.
         *
         * @throws NullPointerException if {@code metadata} is null
         */
        public Builder metadata(DocumentMetadata metadata) {
            this.metadata = Objects.requireNonNull(metadata, "metadata");
            return this;
        }

        /**
         * Sets the register's own lead-in text for a topic, replacing any it had.
         *
         * @throws NullPointerException if {@code topic} or {@code text} is null
         */
        public Builder introduction(Topic topic, LocalizedText text) {
            introductions.put(Objects.requireNonNull(topic, "topic"), Objects.requireNonNull(text, "text"));
            return this;
        }

        /**
         * Removes the register's own lead-in text for a topic, if it has one.
         *
         * @throws NullPointerException if {@code topic} is null
         */
        public Builder clearIntroduction(Topic topic) {
            introductions.remove(Objects.requireNonNull(topic, "topic"));
            return this;
        }

        /**
         * Adds an acknowledgement of a compliance finding after those already added.
         *
         * @throws NullPointerException if {@code acknowledgement} is null
         */
        public Builder acknowledgement(Acknowledgement acknowledgement) {
            acknowledgements.add(acknowledgement, "acknowledgement");
            return this;
        }

        /**
         * Replaces all acknowledgements with the given ones, in their order.
         *
         * @throws NullPointerException if {@code acknowledgements} or one of its elements is null
         */
        public Builder replaceAcknowledgements(List<Acknowledgement> acknowledgements) {
            this.acknowledgements.replaceAll(acknowledgements, "acknowledgements");
            return this;
        }

        /**
         * Removes the acknowledgements the predicate accepts; removing none is no error.
         *
         * @throws NullPointerException if {@code filter} is null
         */
        public Builder removeAcknowledgementsIf(Predicate<? super Acknowledgement> filter) {
            acknowledgements.removeIf(filter);
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
