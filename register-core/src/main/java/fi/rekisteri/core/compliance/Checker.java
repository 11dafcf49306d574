package fi.rekisteri.core.compliance;

import fi.rekisteri.core.CategoryHierarchy;
import fi.rekisteri.core.ContactDetails;
import fi.rekisteri.core.ContactPoint;
import fi.rekisteri.core.Cookie;
import fi.rekisteri.core.DataCategory;
import fi.rekisteri.core.DataSubjectCategory;
import fi.rekisteri.core.Disclosure;
import fi.rekisteri.core.DocumentMetadata;
import fi.rekisteri.core.JointControl;
import fi.rekisteri.core.Language;
import fi.rekisteri.core.LegalBasis;
import fi.rekisteri.core.LegalFramework;
import fi.rekisteri.core.LocalizedText;
import fi.rekisteri.core.Organisation;
import fi.rekisteri.core.PostalAddress;
import fi.rekisteri.core.Purpose;
import fi.rekisteri.core.Register;
import fi.rekisteri.core.RegisterPath;
import fi.rekisteri.core.RetentionRule;
import fi.rekisteri.core.RightsRestriction;
import fi.rekisteri.core.Safeguard;
import fi.rekisteri.core.SecurityMeasures;
import fi.rekisteri.core.Sensitivity;
import fi.rekisteri.core.Source;
import fi.rekisteri.core.Topic;
import fi.rekisteri.core.Transfer;
import fi.rekisteri.core.Transfers;
import fi.rekisteri.core.compliance.internal.OpenEndedWords;
import fi.rekisteri.core.compliance.internal.RegisterStrings;
import fi.rekisteri.core.compliance.internal.RegisterTexts;
import fi.rekisteri.core.identifier.PersonalIdentityCodeFinder;
import fi.rekisteri.core.law.LegacyReference;
import fi.rekisteri.core.law.TransferCountries;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * One run of the compliance check. Sections are checked in the order of the statement (controller, contacts,
 * purposes, data content, sources, disclosures, transfers, security, the Art. 13(2) items), then every text is
 * scanned for legacy references; within a section findings follow the register's order.
 */
final class Checker {

    /** "in Finnish", "in Swedish", "in English", for telling which translation of a text a finding is about. */
    private static final Map<Language, LocalizedText> IN_LANGUAGE = Map.of(
            Language.FI, LocalizedText.of("suomeksi", "på finska", "in Finnish"),
            Language.SV, LocalizedText.of("ruotsiksi", "på svenska", "in Swedish"),
            Language.EN, LocalizedText.of("englanniksi", "på engelska", "in English"));

    /** "in every language", for a plain string, which every translation of a document shows as it is. */
    private static final LocalizedText IN_EVERY_LANGUAGE =
            LocalizedText.of("kaikilla kielillä", "på alla språk", "in every language");

    private static final DateTimeFormatter FINNISH_DATE = DateTimeFormatter.ofPattern("d.M.yyyy");

    private final Register register;
    private final DocumentType type;
    private final TransferCountries countries;
    /** Whether the notice is checked as published with its short first layer, which points to it. */
    private final boolean firstLayer;
    private final List<Finding> findings = new ArrayList<>();
    private final CategoryHierarchy hierarchy;
    /** Each category's parent by index, -1 for a top-level one: the hierarchy as the walks below read it. */
    private final int[] parent;
    /** By category index: the sensitivities of the category and of its ancestors, as {@link #bits bits}. */
    private final int[] inherited;
    /** By category index: the inherited sensitivities of the category and of everything under it. */
    private final int[] inheritedUnder;

    Checker(Register register, DocumentType type, TransferCountries countries) {
        this(register, type, countries, false);
    }

    Checker(Register register, DocumentType type, TransferCountries countries, boolean firstLayer) {
        this.register = register;
        this.type = type;
        this.countries = countries;
        this.firstLayer = firstLayer;
        this.hierarchy = register.categoryHierarchy();
        int n = hierarchy.size();
        this.parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = hierarchy.parentIndex(i);
        }
        int[] own = new int[n];
        for (int i = 0; i < n; i++) {
            Set<Sensitivity> sensitivities = hierarchy.categories().get(i).sensitivities();
            own[i] = sensitivities.isEmpty() ? 0 : bits(sensitivities);
        }
        // Walks up the hierarchy, at most MAX_DEPTH steps each: linear in the number of categories.
        this.inherited = new int[n];
        for (int i = 0; i < n; i++) {
            for (int j = i; j >= 0; j = parent[j]) {
                inherited[i] |= own[j];
            }
        }
        this.inheritedUnder = new int[n];
        for (int i = 0; i < n; i++) {
            // A walk stops where the bits are already there: they are then in every ancestor too.
            for (int j = i; j >= 0 && (inheritedUnder[j] & inherited[i]) != inherited[i]; j = parent[j]) {
                inheritedUnder[j] |= inherited[i];
            }
        }
    }

    private static int bits(Set<Sensitivity> sensitivities) {
        int bits = 0;
        for (Sensitivity sensitivity : sensitivities) {
            bits |= bit(sensitivity);
        }
        return bits;
    }

    private static int bit(Sensitivity sensitivity) {
        return switch (sensitivity) {
            case PERSONAL_IDENTITY_CODE -> 1;
            case SPECIAL_CATEGORY -> 2;
            case CRIMINAL_OFFENCE -> 4;
        };
    }

    List<Finding> findings() {
        add(Rule.DOCUMENT_SUPERSEDED, RegisterPath.root());
        framework();
        if (firstLayer && register.metadata().noticeUrl().isEmpty()) {
            add(Rule.FIRST_LAYER_NOTICE_URL, RegisterPath.of("metadata", "noticeUrl"));
        }
        controllerAndContacts();
        purposes();
        dataContent();
        sources();
        disclosures();
        transfers();
        cookies();
        security();
        noticeItems();
        rightsRestrictions();
        openEndedLists();
        legacyReferences();
        identityCodesInTexts();
        return List.copyOf(findings);
    }

    /** The day the GDPR applied: a statement dated from it on cannot present itself as one under the repealed act. */
    private static final LocalDate GDPR_APPLIES = LocalDate.of(2018, 5, 25);

    private void framework() {
        DocumentMetadata metadata = register.metadata();
        if (metadata.framework().filter(f -> f == LegalFramework.PERSONAL_DATA_ACT).isEmpty()) {
            return;
        }
        RegisterPath path = RegisterPath.of("metadata", "framework");
        Optional<LocalDate> latest = metadata.latestDate();
        if (latest.isPresent() && !latest.get().isBefore(GDPR_APPLIES)) {
            add(Rule.DOCUMENT_FRAMEWORK_REPEALED, path, dates(latest.get()));
        } else {
            add(Rule.DOCUMENT_FRAMEWORK_OUTDATED, path);
        }
    }

    private static LocalizedText dates(LocalDate date) {
        return LocalizedText.of(FINNISH_DATE.format(date), FINNISH_DATE.format(date), date.toString());
    }

    private void controllerAndContacts() {
        Organisation controller = register.controller();
        if (controller.contact().isEmpty()) {
            boolean reachable = register.contactPoints().stream().anyMatch(point -> !point.contact().isEmpty());
            add(reachable ? Rule.CONTROLLER_CONTACT_INDIRECT : Rule.CONTROLLER_CONTACT,
                    RegisterPath.of("controller", "contact"), controller.name());
        }
        controller.unitOf().ifPresent(body -> add(Rule.CONTROLLER_UNIT, RegisterPath.of("controller", "unitOf"),
                controller.name(), body));
        organisation(RegisterPath.of("controller"), controller);
        register.representative().ifPresent(r -> organisation(RegisterPath.of("representative"), r));
        register.jointControl().ifPresent(this::jointControl);
        List<ContactPoint> points = register.contactPoints();
        for (int i = 0; i < points.size(); i++) {
            contactDetails(RegisterPath.of("contactPoints").index(i), points.get(i).contact());
        }
        register.dataProtectionOfficer()
                .ifPresent(d -> contactDetails(RegisterPath.of("dataProtectionOfficer"), d.contact()));
        register.controller().contact().address()
                .map(PostalAddress::country)
                .filter(country -> !countries.isEea(country))
                .filter(country -> register.representative().isEmpty())
                .ifPresent(country -> add(Rule.REPRESENTATIVE_MISSING, RegisterPath.of("representative"),
                        LocalizedText.fi(country)));
        if (register.contactPoints().isEmpty()) {
            add(Rule.CONTACT_POINT_MISSING, RegisterPath.of("contactPoint"));
        }
        Optional<ContactPoint> dpo = register.dataProtectionOfficer();
        if (dpo.isEmpty() && controller.isPublicBody()) {
            // A public body must designate one (Art. 37(1)(a)): stating that there is none settles nothing.
            add(Rule.DPO_PUBLIC_AUTHORITY, RegisterPath.of("dataProtectionOfficer"), controller.name());
        } else if (dpo.isEmpty() && register.noDataProtectionOfficerReason().isEmpty()) {
            add(Rule.DPO_MISSING, RegisterPath.of("dataProtectionOfficer"));
        } else if (dpo.isPresent() && dpo.get().contact().isEmpty()) {
            add(Rule.DPO_CONTACT, RegisterPath.of("dataProtectionOfficer", "contact"),
                    LocalizedText.fi(dpo.get().name()));
        }
    }

    private void jointControl(JointControl joint) {
        List<Organisation> others = joint.controllers();
        for (int i = 0; i < others.size(); i++) {
            RegisterPath path = RegisterPath.of("jointControl", "controllers").index(i);
            Organisation other = others.get(i);
            if (other.contact().isEmpty()) {
                add(Rule.JOINT_CONTROLLER_CONTACT, path.property("contact"), other.name());
            }
            organisation(path, other);
        }
        if (joint.essence().isEmpty()) {
            add(Rule.JOINT_CONTROL_ESSENCE, RegisterPath.of("jointControl", "essence"));
        }
        joint.contactPoint().ifPresent(point -> contactDetails(RegisterPath.of("jointControl", "contactPoint"),
                point.contact()));
    }

    /** What every organisation's own facts can get wrong: its business ID, its contact details. */
    private void organisation(RegisterPath path, Organisation organisation) {
        organisation.invalidBusinessId().ifPresent(written -> add(Rule.BUSINESS_ID_CHECK, path.property("businessId"),
                LocalizedText.fi(written), organisation.name()));
        contactDetails(path, organisation.contact());
    }

    private void contactDetails(RegisterPath owner, ContactDetails contact) {
        RegisterPath path = owner.property("contact");
        contact.address().filter(a -> a.postalCode().isEmpty())
                .ifPresent(a -> add(Rule.ADDRESS_POSTAL_CODE, path.property("address").property("postalCode"),
                        LocalizedText.fi(a.oneLine())));
        contact.visitingAddress().filter(a -> a.postalCode().isEmpty())
                .ifPresent(a -> add(Rule.ADDRESS_POSTAL_CODE, path.property("visitingAddress").property("postalCode"),
                        LocalizedText.fi(a.oneLine())));
        if (contact.emailIsSpeltOut()) {
            add(Rule.EMAIL_SPELT_OUT, path.property("email"), LocalizedText.fi(contact.email().orElseThrow()));
        }
    }

    private void purposes() {
        List<Purpose> purposes = register.purposes();
        if (purposes.isEmpty()) {
            add(Rule.PURPOSE_MISSING, RegisterPath.of("purposes"));
        }
        for (int i = 0; i < purposes.size(); i++) {
            Purpose purpose = purposes.get(i);
            RegisterPath path = RegisterPath.of("purposes").index(i);
            LegalBasis basis = purpose.legalBasis().orElse(null);
            if (basis == null) {
                add(Rule.PURPOSE_LEGAL_BASIS, path.property("legalBasis"), purpose.name());
            } else if (basis instanceof LegalBasis.LegitimateInterests && register.controller().isPublicBody()) {
                add(Rule.PURPOSE_PUBLIC_AUTHORITY_INTERESTS, path.property("legalBasis"), purpose.name(),
                        register.controller().name());
            } else if (basis instanceof LegalBasis.LegitimateInterests interests && interests.interests().isEmpty()) {
                add(Rule.PURPOSE_LEGITIMATE_INTERESTS, path.property("legalBasis").property("interests"),
                        purpose.name());
            } else if ((basis instanceof LegalBasis.LegalObligation obligation && obligation.law().isEmpty())
                    || (basis instanceof LegalBasis.PublicTask task && task.law().isEmpty())) {
                add(Rule.PURPOSE_LAW, path.property("legalBasis").property("law"), purpose.name(),
                        LocalizedText.fi(basis.article()));
            } else if (basis instanceof LegalBasis.Consent consent && consent.withdrawal().isEmpty()) {
                add(Rule.PURPOSE_CONSENT_WITHDRAWAL, path.property("legalBasis").property("withdrawal"),
                        purpose.name());
            }
            if (!purpose.alternativeLegalBases().isEmpty()) {
                add(Rule.PURPOSE_ALTERNATIVE_BASES, path.property("alternativeLegalBases"), purpose.name(),
                        bases(purpose));
            }
            if (isConsent(purpose)) {
                childrenConsent(purpose);
            }
            if (purpose.directMarketing() && purpose.objection().isEmpty()) {
                add(Rule.PURPOSE_DIRECT_MARKETING_OBJECTION, path.property("objection"), purpose.name());
            }
            // The sensitivities of every category the purpose covers, with what each inherits from its ancestors.
            int used = 0;
            for (String key : purpose.categories()) {
                int index = hierarchy.indexOf(key);
                if (index >= 0) {
                    used |= inheritedUnder[index];
                }
            }
            if ((used & bit(Sensitivity.PERSONAL_IDENTITY_CODE)) != 0 && purpose.identityCodeGround().isEmpty()) {
                add(Rule.IDENTITY_CODE_GROUND, path.property("identityCodeGround"), purpose.name());
            }
            if ((used & bit(Sensitivity.SPECIAL_CATEGORY)) != 0 && purpose.specialCategoryCondition().isEmpty()) {
                add(Rule.SPECIAL_CATEGORY_CONDITION, path.property("specialCategoryCondition"), purpose.name());
            }
            if ((used & bit(Sensitivity.CRIMINAL_OFFENCE)) != 0 && purpose.criminalDataAuthorisation().isEmpty()) {
                add(Rule.CRIMINAL_DATA_AUTHORISATION, path.property("criminalDataAuthorisation"), purpose.name());
            }
        }
    }

    /** Whether consent is the basis of the purpose, alone or as one of its alternatives. */
    private static boolean isConsent(Purpose purpose) {
        return purpose.legalBasis().filter(LegalBasis.Consent.class::isInstance).isPresent()
                || purpose.alternativeLegalBases().stream().anyMatch(LegalBasis.Consent.class::isInstance);
    }

    /** The purpose's legal bases in words, {@code sopimus tai oikeutettu etu}, in each language. */
    private static LocalizedText bases(Purpose purpose) {
        List<LocalizedText> labels = new ArrayList<>();
        purpose.legalBasis().ifPresent(basis -> labels.add(basis.kind().label()));
        purpose.alternativeLegalBases().forEach(basis -> labels.add(basis.kind().label()));
        return LocalizedText.of(joined(labels, Language.FI, " tai "), joined(labels, Language.SV, " eller "),
                joined(labels, Language.EN, " or "));
    }

    private static String joined(List<LocalizedText> labels, Language language, String or) {
        return String.join(or, labels.stream().map(label -> label.text(language)).toList());
    }

    /**
     * Art. 8(1): where consent is the basis for a service offered to a child under 13, the holder of parental
     * responsibility gives or authorises it. The purpose concerns a group it names, or every group when it names none.
     */
    private void childrenConsent(Purpose purpose) {
        List<DataSubjectCategory> subjects = register.subjectCategories();
        for (int i = 0; i < subjects.size(); i++) {
            DataSubjectCategory subject = subjects.get(i);
            boolean concerned = purpose.subjects().isEmpty() || purpose.subjects().contains(subject.key());
            if (concerned && subject.includesChildren() && subject.guardianConsent().isEmpty()) {
                add(Rule.SUBJECT_CHILDREN_CONSENT, RegisterPath.of("subjectCategories").index(i)
                        .property("guardianConsent"), subject.name(), purpose.name());
            }
        }
    }

    private void dataContent() {
        if (register.subjectCategories().isEmpty()) {
            add(Rule.SUBJECT_CATEGORY_MISSING, RegisterPath.of("subjectCategories"));
        }
        List<DataSubjectCategory> subjects = register.subjectCategories();
        for (int i = 0; i < subjects.size(); i++) {
            if (subjects.get(i).includesChildren()) {
                add(Rule.SUBJECT_CHILDREN_LANGUAGE, RegisterPath.of("subjectCategories").index(i)
                        .property("includesChildren"), subjects.get(i).name());
            }
        }
        List<DataCategory> list = register.dataCategories();
        if (list.isEmpty()) {
            add(Rule.DATA_CATEGORY_MISSING, RegisterPath.of("dataCategories"));
        }
        boolean[] used = usedByPurposes();
        boolean[] withoutRetention = withoutRetention();
        for (int i = 0; i < list.size(); i++) {
            DataCategory category = list.get(i);
            RegisterPath path = RegisterPath.of("dataCategories").index(i);
            // A sensitive category no purpose uses, in whole or in part, has no ground anywhere; flagged
            // sub-categories of a flagged parent are reported through the parent only.
            if (!used[i]) {
                int fromAncestors = parent[i] < 0 ? 0 : inherited[parent[i]];
                for (Sensitivity sensitivity : category.sensitivities()) {
                    if ((fromAncestors & bit(sensitivity)) == 0) {
                        add(ruleFor(sensitivity), path, category.name());
                    }
                }
            }
            if (withoutRetention[i]) {
                add(Rule.DATA_CATEGORY_RETENTION, path, category.name());
            }
            category.provision().filter(provision -> provision.required() && provision.consequence().isEmpty())
                    .ifPresent(provision -> add(Rule.DATA_CATEGORY_PROVISION_CONSEQUENCE,
                            path.property("provision").property("consequence"), category.name()));
        }
    }

    /**
     * By category index: whether some purpose uses the category or anything under it. A purpose uses what it names
     * and everything under that, so a category is used in part when it lies under a named key or a named key lies
     * under it.
     */
    private boolean[] usedByPurposes() {
        boolean[] named = namedIn(register.purposes().stream().map(Purpose::categories));
        int n = parent.length;
        boolean[] used = new boolean[n];
        for (int i = 0; i < n; i++) {
            if (named[i]) {
                markSelfAndAncestors(used, i);
            }
        }
        for (int i = 0; i < n; i++) {
            used[i] |= selfOrAncestorIn(i, named);
        }
        return used;
    }

    /**
     * By category index: whether the category lacks retention. A category has retention when a rule names it or an
     * ancestor, or when it has sub-categories and every one of them has retention (a grouping heading needs no period
     * of its own). So it lacks retention exactly when some category without sub-categories at or under it has no rule
     * of its own or of an ancestor.
     */
    private boolean[] withoutRetention() {
        boolean[] named = namedIn(register.retention().stream().map(RetentionRule::categories));
        int n = parent.length;
        boolean[] hasChildren = new boolean[n];
        for (int i = 0; i < n; i++) {
            if (parent[i] >= 0) {
                hasChildren[parent[i]] = true;
            }
        }
        boolean[] without = new boolean[n];
        for (int i = 0; i < n; i++) {
            if (!hasChildren[i] && !selfOrAncestorIn(i, named)) {
                markSelfAndAncestors(without, i);
            }
        }
        return without;
    }

    /** Marks a category and its ancestors; a walk stops at a mark, since every ancestor of a mark is marked. */
    private void markSelfAndAncestors(boolean[] marks, int index) {
        for (int j = index; j >= 0 && !marks[j]; j = parent[j]) {
            marks[j] = true;
        }
    }

    /** By category index: whether one of the lists of keys names the category. */
    private boolean[] namedIn(Stream<List<String>> keyLists) {
        boolean[] named = new boolean[parent.length];
        keyLists.flatMap(List::stream).forEach(key -> {
            int index = hierarchy.indexOf(key);
            if (index >= 0) {
                named[index] = true;
            }
        });
        return named;
    }

    private boolean selfOrAncestorIn(int index, boolean[] marks) {
        for (int j = index; j >= 0; j = parent[j]) {
            if (marks[j]) {
                return true;
            }
        }
        return false;
    }

    private static Rule ruleFor(Sensitivity sensitivity) {
        return switch (sensitivity) {
            case PERSONAL_IDENTITY_CODE -> Rule.IDENTITY_CODE_GROUND;
            case SPECIAL_CATEGORY -> Rule.SPECIAL_CATEGORY_CONDITION;
            case CRIMINAL_OFFENCE -> Rule.CRIMINAL_DATA_AUTHORISATION;
        };
    }

    private void sources() {
        List<Source> sources = register.sources();
        if (sources.isEmpty()) {
            add(Rule.SOURCE_MISSING, RegisterPath.of("sources"));
        } else if (sources.stream().noneMatch(source -> source instanceof Source.External)) {
            add(Rule.SOURCE_EXTERNAL, RegisterPath.of("sources"));
        }
    }

    private void disclosures() {
        List<Disclosure> disclosures = register.disclosures();
        for (int i = 0; i < disclosures.size(); i++) {
            if (disclosures.get(i).role().isEmpty()) {
                add(Rule.DISCLOSURE_ROLE_UNSTATED, RegisterPath.of("disclosures").index(i).property("role"),
                        disclosures.get(i).recipient());
            }
        }
        if (register.disclosures().isEmpty() && register.noDisclosures().isEmpty()) {
            if (register.introduction(Topic.DISCLOSURES).isPresent()) {
                add(Rule.DISCLOSURE_RECIPIENTS_UNNAMED, RegisterPath.of("disclosures"));
            } else {
                add(Rule.DISCLOSURE_MISSING, RegisterPath.of("disclosures"));
            }
        }
    }

    private void transfers() {
        Optional<Transfers> stated = register.transfers();
        if (stated.isEmpty()) {
            add(Rule.TRANSFER_STATEMENT, RegisterPath.of("transfers"));
        } else {
            undeclaredTransfers(stated.get());
        }
        if (stated.isPresent() && stated.get() instanceof Transfers.MayOccur may) {
            mayOccur(may);
        }
        if (stated.isEmpty() || !(stated.get() instanceof Transfers.ThirdCountries third)) {
            return;
        }
        LocalizedText asOf = LocalizedText.of(
                FINNISH_DATE.format(countries.asOf()), FINNISH_DATE.format(countries.asOf()),
                countries.asOf().toString());
        for (int i = 0; i < third.transfers().size(); i++) {
            Transfer transfer = third.transfers().get(i);
            RegisterPath path = RegisterPath.of("transfers", "transfers").index(i);
            LocalizedText country = LocalizedText.fi(transfer.country());
            if (transfer.safeguard().isEmpty()) {
                add(Rule.TRANSFER_SAFEGUARD, path.property("safeguard"), country);
                continue;
            }
            Safeguard safeguard = transfer.safeguard().get();
            if (safeguard.isInvalidated()) {
                add(Rule.TRANSFER_INVALIDATED, path.property("safeguard"), country, mechanism(safeguard));
                continue;
            }
            if (safeguard == Safeguard.ADEQUACY_DECISION) {
                Optional<TransferCountries.Adequacy> adequacy = countries.adequacy(transfer.country());
                if (adequacy.isEmpty()) {
                    add(Rule.TRANSFER_ADEQUACY, path.property("safeguard"), country, asOf);
                } else if (adequacy.get().isPartial() && !transfer.dataPrivacyFramework()) {
                    add(Rule.TRANSFER_ADEQUACY_SCOPE, path.property("country"), country, asOf);
                }
            } else {
                boolean compelling = safeguard == Safeguard.COMPELLING_LEGITIMATE_INTERESTS;
                // 13(1)(f) asks for a copy of Art. 46/47 safeguards and of those of 49(1) second subparagraph.
                if ((compelling || !safeguard.isDerogation()) && transfer.safeguardCopy().isEmpty()) {
                    add(Rule.TRANSFER_SAFEGUARD_COPY, path.property("safeguardCopy"), country);
                }
                if (compelling) {
                    add(Rule.TRANSFER_COMPELLING_INTERESTS, path.property("safeguard"), country);
                }
            }
        }
    }

    /** "May process data outside the EU/EEA": the subject learns neither where nor, without a safeguard, how. */
    private void mayOccur(Transfers.MayOccur may) {
        if (may.safeguards().isEmpty()) {
            add(Rule.TRANSFER_UNSPECIFIED_SAFEGUARD, RegisterPath.of("transfers", "safeguards"));
        } else {
            add(Rule.TRANSFER_UNSPECIFIED, RegisterPath.of("transfers"));
        }
        for (int i = 0; i < may.safeguards().size(); i++) {
            Safeguard safeguard = may.safeguards().get(i);
            if (safeguard.isInvalidated()) {
                add(Rule.TRANSFER_INVALIDATED, RegisterPath.of("transfers", "safeguards").index(i),
                        LocalizedText.of("määrittelemättömät maat", "ospecificerade länder", "unnamed countries"),
                        mechanism(safeguard));
            }
        }
    }

    /** The invalidated mechanism by its usual name. */
    private static LocalizedText mechanism(Safeguard safeguard) {
        return LocalizedText.fi(safeguard == Safeguard.SAFE_HARBOR ? "Safe Harbor" : "Privacy Shield");
    }

    /**
     * Cookies and similar technologies: consent unless strictly necessary (L 917/2014 §205), what the subject must be
     * told, and a third party's provider in a third country among the transfers.
     */
    private void cookies() {
        Set<String> declared = declaredCountries();
        List<Cookie> cookies = register.cookies();
        for (int i = 0; i < cookies.size(); i++) {
            Cookie cookie = cookies.get(i);
            RegisterPath path = RegisterPath.of("cookies").index(i);
            LocalizedText name = LocalizedText.fi(cookie.name());
            if (!cookie.strictlyNecessary() && !restsOnConsent(cookie)) {
                add(Rule.COOKIE_CONSENT, path.property("purposes"), name);
            }
            if (cookie.lifetime().isEmpty()) {
                add(Rule.COOKIE_LIFETIME, path.property("lifetime"), name);
            }
            if (cookie.thirdParty() && cookie.provider().isEmpty()) {
                add(Rule.COOKIE_PROVIDER, path.property("provider"), name);
            }
            Optional<String> country = cookie.providerCountry()
                    .filter(code -> cookie.thirdParty() && !countries.isEea(code) && !declared.contains(code));
            if (country.isPresent()) {
                add(Rule.COOKIE_TRANSFER_UNDECLARED, path.property("providerCountry"), name,
                        LocalizedText.fi(country.get()));
            }
        }
    }

    /** Whether the cookie serves at least one purpose and each of them has consent as its legal basis. */
    private boolean restsOnConsent(Cookie cookie) {
        return !cookie.purposes().isEmpty() && cookie.purposes().stream()
                .map(register::purpose)
                .allMatch(purpose -> purpose.flatMap(Purpose::legalBasis)
                        .filter(LegalBasis.Consent.class::isInstance).isPresent());
    }

    /** The countries the register's transfers name. */
    private Set<String> declaredCountries() {
        Set<String> declared = new HashSet<>();
        if (register.transfers().orElse(null) instanceof Transfers.ThirdCountries third) {
            third.transfers().forEach(transfer -> declared.add(transfer.country()));
        }
        return declared;
    }

    /**
     * Lists of data, purposes and recipients that say they are not exhaustive ("mm.", "e.g."), in their lead-in or in
     * an item: the subject cannot learn which data is processed, for what and by whom.
     */
    private void openEndedLists() {
        if (!Rule.LIST_OPEN_ENDED.appliesTo(type)) {
            return;
        }
        for (Topic topic : List.of(Topic.PURPOSES, Topic.DATA_CONTENT, Topic.DISCLOSURES)) {
            register.introduction(topic).ifPresent(text ->
                    openEnded(RegisterPath.of("introductions", topic.code()), text));
        }
        List<DataCategory> categories = register.dataCategories();
        for (int i = 0; i < categories.size(); i++) {
            RegisterPath path = RegisterPath.of("dataCategories").index(i);
            openEnded(path.property("name"), categories.get(i).name());
            categories.get(i).description().ifPresent(text -> openEnded(path.property("description"), text));
        }
        List<Purpose> purposes = register.purposes();
        for (int i = 0; i < purposes.size(); i++) {
            RegisterPath path = RegisterPath.of("purposes").index(i);
            openEnded(path.property("name"), purposes.get(i).name());
            purposes.get(i).description().ifPresent(text -> openEnded(path.property("description"), text));
        }
        List<Disclosure> disclosures = register.disclosures();
        for (int i = 0; i < disclosures.size(); i++) {
            openEnded(RegisterPath.of("disclosures").index(i).property("recipient"), disclosures.get(i).recipient());
        }
    }

    private void openEnded(RegisterPath path, LocalizedText text) {
        text.values().forEach((language, value) -> OpenEndedWords.firstIn(value).ifPresent(word ->
                add(Rule.LIST_OPEN_ENDED, path, LocalizedText.fi(word),
                        Objects.requireNonNull(IN_LANGUAGE.get(language), "every language has its phrase"))));
    }

    /** Disclosures to recipients in third countries are transfers, and must be listed as such. */
    private void undeclaredTransfers(Transfers transfers) {
        Set<String> declared = new HashSet<>();
        if (transfers instanceof Transfers.ThirdCountries third) {
            third.transfers().forEach(transfer -> declared.add(transfer.country()));
        }
        List<Disclosure> disclosures = register.disclosures();
        for (int i = 0; i < disclosures.size(); i++) {
            Disclosure disclosure = disclosures.get(i);
            Optional<String> country = disclosure.country()
                    .filter(code -> !countries.isEea(code) && !declared.contains(code));
            if (country.isPresent()) {
                add(Rule.TRANSFER_UNDECLARED, RegisterPath.of("disclosures").index(i).property("country"),
                        LocalizedText.fi(country.get()), disclosure.recipient());
            }
        }
    }

    private void security() {
        SecurityMeasures security = register.security();
        if (security.isEmpty()) {
            add(Rule.SECURITY_MISSING, RegisterPath.of("security"));
            return;
        }
        if (security.manual().isEmpty()) {
            add(Rule.SECURITY_INCOMPLETE, RegisterPath.of("security", "manual"), LocalizedText.of(
                    "manuaalinen aineisto", "manuellt material", "manual material"));
        }
        if (security.electronic().isEmpty()) {
            add(Rule.SECURITY_INCOMPLETE, RegisterPath.of("security", "electronic"), LocalizedText.of(
                    "sähköisesti käsiteltävät tiedot", "elektroniskt behandlade uppgifter",
                    "electronically processed data"));
        }
    }

    private void noticeItems() {
        if (register.automatedDecisionMaking().isEmpty()) {
            add(Rule.AUTOMATED_DECISION_STATEMENT, RegisterPath.of("automatedDecisionMaking"));
        }
        // Item by item answers 13(2)(e) as well as one statement for all the data does.
        boolean everyCategoryTells = !register.dataCategories().isEmpty()
                && register.dataCategories().stream().allMatch(category -> category.provision().isPresent());
        if (register.provisionRequirement().isEmpty() && !everyCategoryTells) {
            add(Rule.PROVISION_REQUIREMENT_MISSING, RegisterPath.of("provisionRequirement"));
        }
    }

    private void rightsRestrictions() {
        List<RightsRestriction> restrictions = register.rightsRestrictions();
        for (int i = 0; i < restrictions.size(); i++) {
            RightsRestriction restriction = restrictions.get(i);
            if (restriction.law().isEmpty()) {
                add(Rule.RIGHTS_RESTRICTION_LAW, RegisterPath.of("rightsRestrictions").index(i).property("law"),
                        LocalizedText.fi(restriction.right().article()));
            }
        }
    }

    private void legacyReferences() {
        if (!Rule.LEGACY_REFERENCE.appliesTo(type)) {
            return;
        }
        RegisterTexts.forEach(register, (path, text) -> text.values().forEach((language, value) -> {
            for (LegacyReference.Occurrence found : LegacyReference.occurrencesIn(value)) {
                add(Rule.LEGACY_REFERENCE, path, LocalizedText.fi(found.words()), replacement(found.reference()),
                        Objects.requireNonNull(IN_LANGUAGE.get(language), "every language has its phrase"));
            }
        }));
    }

    /** A personal identity code in any text, in any form a person types; the finding shows it masked only. */
    private void identityCodesInTexts() {
        if (!Rule.IDENTITY_CODE_IN_TEXT.appliesTo(type)) {
            return;
        }
        RegisterTexts.forEach(register, (path, text) -> text.values().forEach((language, value) -> {
            for (String masked : PersonalIdentityCodeFinder.inText().maskedCodesIn(value)) {
                add(Rule.IDENTITY_CODE_IN_TEXT, path, LocalizedText.fi(masked),
                        Objects.requireNonNull(IN_LANGUAGE.get(language), "every language has its phrase"));
            }
        }));
        // A plain string (a key, a name, an e-mail address, a reason) is the same in every language of a document.
        RegisterStrings.forEach(register, (path, value) -> {
            for (String masked : PersonalIdentityCodeFinder.inText().maskedCodesIn(value)) {
                add(Rule.IDENTITY_CODE_IN_TEXT, path, LocalizedText.fi(masked), IN_EVERY_LANGUAGE);
            }
        });
    }

    private static LocalizedText replacement(LegacyReference reference) {
        return LocalizedText.of(reference.replacementFi(), reference.replacementSv(), reference.replacementEn());
    }

    private void add(Rule rule, RegisterPath path, LocalizedText... arguments) {
        rule.severity(type).ifPresent(severity -> findings.add(new Finding(rule, severity, path, List.of(arguments))));
    }
}
