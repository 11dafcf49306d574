package fi.rekisteri.jpa.internal;

import fi.rekisteri.core.Acknowledgement;
import fi.rekisteri.core.AutomatedDecisionMaking;
import fi.rekisteri.core.ContactDetails;
import fi.rekisteri.core.ContactPoint;
import fi.rekisteri.core.Cookie;
import fi.rekisteri.core.CookieLifetime;
import fi.rekisteri.core.DataCategory;
import fi.rekisteri.core.DataSubjectCategory;
import fi.rekisteri.core.DataSubjectRight;
import fi.rekisteri.core.Disclosure;
import fi.rekisteri.core.DocumentMetadata;
import fi.rekisteri.core.IdentityCodeGround;
import fi.rekisteri.core.JointControl;
import fi.rekisteri.core.Language;
import fi.rekisteri.core.LegalBasis;
import fi.rekisteri.core.LegalFramework;
import fi.rekisteri.core.LocalizedText;
import fi.rekisteri.core.NoDisclosures;
import fi.rekisteri.core.Organisation;
import fi.rekisteri.core.OrganisationKind;
import fi.rekisteri.core.PostalAddress;
import fi.rekisteri.core.Provision;
import fi.rekisteri.core.Purpose;
import fi.rekisteri.core.RecipientRole;
import fi.rekisteri.core.Register;
import fi.rekisteri.core.RegisterPath;
import fi.rekisteri.core.Retention;
import fi.rekisteri.core.RetentionRule;
import fi.rekisteri.core.RightsRestriction;
import fi.rekisteri.core.Safeguard;
import fi.rekisteri.core.SecurityMeasures;
import fi.rekisteri.core.Sensitivity;
import fi.rekisteri.core.Source;
import fi.rekisteri.core.SpecialCategoryCondition;
import fi.rekisteri.core.Topic;
import fi.rekisteri.core.Transfer;
import fi.rekisteri.core.Transfers;
import fi.rekisteri.core.identifier.BusinessId;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Turns a {@link Register} into a {@link RevisionEntity} snapshot and back; enums and variants go by stable code. */
public final class RegisterMapping {

    private static final String CONTROLLER = "controller";
    private static final String REPRESENTATIVE = "representative";
    private static final String DPO = "data-protection-officer";
    private static final String CONTACT = "contact-point";
    private static final String JOINT_CONTROLLER = "joint-controller";
    private static final String JOINT_CONTACT = "joint-contact-point";

    private static final String DATA_CATEGORY_SUBJECTS = "data-category.subjects";
    private static final String PURPOSE_CATEGORIES = "purpose.categories";
    private static final String PURPOSE_SUBJECTS = "purpose.subjects";
    private static final String PURPOSE_ALTERNATIVE_BASES = "purpose.alternative-legal-bases";
    private static final String SOURCE_CATEGORIES = "source.categories";
    private static final String DISCLOSURE_CATEGORIES = "disclosure.categories";
    private static final String DISCLOSURE_PURPOSES = "disclosure.purposes";
    private static final String TRANSFERS_SAFEGUARDS = "transfers.safeguards";
    private static final String TRANSFER_CATEGORIES = "transfer.categories";
    private static final String RETENTION_CATEGORIES = "retention.categories";
    private static final String COOKIE_PURPOSES = "cookie.purposes";

    // The text codes of rk_revision_text: the register's own texts (item 0), then each part's.
    private static final String NAME = "register.name";
    private static final String CHANGE_NOTICE = "metadata.change-notice";
    private static final String NOTICE_URL = "metadata.notice-url";
    private static final String JOINT_ESSENCE = "joint-control.essence";
    private static final String TRANSFERS_STATEMENT = "transfers.statement";
    private static final String SECURITY_GENERAL = "security.general";
    private static final String SECURITY_MANUAL = "security.manual";
    private static final String SECURITY_ELECTRONIC = "security.electronic";
    private static final String AUTOMATED_DECISIONS = "automated-decisions.description";
    private static final String PROVISION_REQUIREMENT = "provision-requirement";
    private static final String NO_DISCLOSURES = "no-disclosures.statement";
    private static final String SUBJECT_NAME = "subject.name";
    private static final String SUBJECT_DESCRIPTION = "subject.description";
    private static final String SUBJECT_GUARDIAN_CONSENT = "subject.guardian-consent";
    private static final String CATEGORY_NAME = "data-category.name";
    private static final String CATEGORY_DESCRIPTION = "data-category.description";
    private static final String CATEGORY_PROVISION = "data-category.provision-consequence";
    private static final String PURPOSE_NAME = "purpose.name";
    private static final String PURPOSE_DESCRIPTION = "purpose.description";
    private static final String PURPOSE_BASIS = "purpose.legal-basis";
    private static final String PURPOSE_OBJECTION = "purpose.objection";
    private static final String PURPOSE_CRIMINAL = "purpose.criminal-authorisation";
    private static final String PURPOSE_ALTERNATIVE_BASIS = "purpose.alternative-legal-basis";
    private static final String SOURCE_TEXT = "source.text";
    private static final String SOURCE_SUPPLIES = "source.supplies";
    private static final String SOURCE_REASON = "source.reason";
    private static final String DISCLOSURE_RECIPIENT = "disclosure.recipient";
    private static final String DISCLOSURE_BASIS = "disclosure.basis";
    private static final String TRANSFER_RECIPIENT = "transfer.recipient";
    private static final String TRANSFER_SAFEGUARD_COPY = "transfer.safeguard-copy";
    private static final String RETENTION_TEXT = "retention.text";
    private static final String RESTRICTION_DESCRIPTION = "rights-restriction.description";
    private static final String RESTRICTION_LAW = "rights-restriction.law";
    private static final String COOKIE_DESCRIPTION = "cookie.description";
    private static final String COOKIE_PROVIDER = "cookie.provider";

    private RegisterMapping() {}

    /** A new revision of a register: the whole register as rows, not yet persisted. */
    public static RevisionEntity toRevision(RegisterEntity head, int number, Instant savedAt,
            Optional<String> author, Optional<String> comment, Register register) {
        RevisionEntity r = new RevisionEntity(head, number, savedAt);
        r.author = author.orElse(null);
        r.comment = comment.orElse(null);
        RevisionTexts.put(r, NAME, 0, register.name());
        r.documentVersion = register.metadata().version().orElse(null);
        r.documentDate = register.metadata().date().orElse(null);
        r.documentLastChanged = register.metadata().lastChanged().orElse(null);
        r.documentInForceFrom = register.metadata().inForceFrom().orElse(null);
        r.documentFramework = register.metadata().framework().map(LegalFramework::code).orElse(null);
        RevisionTexts.put(r, CHANGE_NOTICE, 0, register.metadata().changeNotice());
        RevisionTexts.put(r, NOTICE_URL, 0, register.metadata().noticeUrl());

        r.parties.put(CONTROLLER, party(register.controller()));
        register.representative().ifPresent(o -> r.parties.put(REPRESENTATIVE, party(o)));
        register.dataProtectionOfficer().ifPresent(c -> r.parties.put(DPO, party(c)));
        r.noDpoReason = register.noDataProtectionOfficerReason().orElse(null);
        List<ContactPoint> points = register.contactPoints();
        for (int i = 0; i < points.size(); i++) {
            r.parties.put(listRole(CONTACT, i), party(points.get(i)));
        }
        register.jointControl().ifPresent(joint -> {
            r.jointControl = true;
            RevisionTexts.put(r, JOINT_ESSENCE, 0, joint.essence());
            for (int i = 0; i < joint.controllers().size(); i++) {
                r.parties.put(listRole(JOINT_CONTROLLER, i), party(joint.controllers().get(i)));
            }
            joint.contactPoint().ifPresent(c -> r.parties.put(JOINT_CONTACT, party(c)));
        });
        for (RightsRestriction restriction : register.rightsRestrictions()) {
            RightsRestrictionColumns row = new RightsRestrictionColumns();
            row.right = restriction.right().code();
            RevisionTexts.put(r, RESTRICTION_DESCRIPTION, r.rightsRestrictions.size(), restriction.description());
            RevisionTexts.put(r, RESTRICTION_LAW, r.rightsRestrictions.size(), restriction.law());
            r.rightsRestrictions.add(row);
        }

        for (DataSubjectCategory s : register.subjectCategories()) {
            SubjectCategoryColumns row = new SubjectCategoryColumns();
            row.key = s.key();
            row.includesChildren = s.includesChildren();
            int item = r.subjectCategories.size();
            RevisionTexts.put(r, SUBJECT_NAME, item, s.name());
            RevisionTexts.put(r, SUBJECT_DESCRIPTION, item, s.description());
            RevisionTexts.put(r, SUBJECT_GUARDIAN_CONSENT, item, s.guardianConsent());
            r.subjectCategories.add(row);
        }
        for (DataCategory c : register.dataCategories()) {
            DataCategoryColumns row = new DataCategoryColumns();
            row.key = c.key();
            int item = r.dataCategories.size();
            RevisionTexts.put(r, CATEGORY_NAME, item, c.name());
            RevisionTexts.put(r, CATEGORY_DESCRIPTION, item, c.description());
            row.specialCategory = c.is(Sensitivity.SPECIAL_CATEGORY);
            row.criminalOffence = c.is(Sensitivity.CRIMINAL_OFFENCE);
            row.personalIdentityCode = c.is(Sensitivity.PERSONAL_IDENTITY_CODE);
            c.provision().ifPresent(provision -> {
                row.provisionRequired = provision.required();
                RevisionTexts.put(r, CATEGORY_PROVISION, item, provision.consequence());
            });
            refs(r, DATA_CATEGORY_SUBJECTS, item, c.subjects());
            r.dataCategories.add(row);
        }
        for (Purpose p : register.purposes()) {
            r.purposes.add(purpose(r, p));
        }
        for (Source s : register.sources()) {
            refs(r, SOURCE_CATEGORIES, r.sources.size(), s.categories());
            r.sources.add(source(r, s));
        }
        for (Disclosure d : register.disclosures()) {
            DisclosureColumns row = new DisclosureColumns();
            row.key = d.key();
            int item = r.disclosures.size();
            RevisionTexts.put(r, DISCLOSURE_RECIPIENT, item, d.recipient());
            row.role = d.role().map(RecipientRole::code).orElse(null);
            RevisionTexts.put(r, DISCLOSURE_BASIS, item, d.basis());
            row.country = d.country().orElse(null);
            refs(r, DISCLOSURE_CATEGORIES, item, d.categories());
            refs(r, DISCLOSURE_PURPOSES, item, d.purposes());
            r.disclosures.add(row);
        }
        register.noDisclosures().ifPresent(none -> {
            r.noDisclosures = true;
            RevisionTexts.put(r, NO_DISCLOSURES, 0, none.statement());
        });
        register.transfers().ifPresent(t -> transfers(r, t));
        for (RetentionRule rule : register.retention()) {
            refs(r, RETENTION_CATEGORIES, r.retention.size(), rule.categories());
            RetentionColumns row = retention(r, rule.retention());
            row.event = rule.event().orElse(null);
            r.retention.add(row);
        }
        SecurityMeasures security = register.security();
        RevisionTexts.put(r, SECURITY_GENERAL, 0, security.general());
        RevisionTexts.put(r, SECURITY_MANUAL, 0, security.manual());
        RevisionTexts.put(r, SECURITY_ELECTRONIC, 0, security.electronic());
        register.automatedDecisionMaking().ifPresent(adm -> {
            r.automatedDecisions = adm.code();
            if (adm instanceof AutomatedDecisionMaking.Used used) {
                RevisionTexts.put(r, AUTOMATED_DECISIONS, 0, used.description());
            }
        });
        RevisionTexts.put(r, PROVISION_REQUIREMENT, 0, register.provisionRequirement());
        register.introductions().forEach((topic, text) -> r.introductions.put(topic.code(), TextColumns.of(text)));
        for (Cookie cookie : register.cookies()) {
            r.cookies.add(cookie(r, cookie));
        }
        for (Acknowledgement a : register.acknowledgements()) {
            r.acknowledgements.add(new AcknowledgementColumns(a.ruleId(),
                    a.path().isRoot() ? null : a.path().toString(), a.reason(), a.by(), a.on()));
        }
        return r;
    }

    private static PurposeColumns purpose(RevisionEntity r, Purpose p) {
        PurposeColumns row = new PurposeColumns();
        int item = r.purposes.size();
        row.key = p.key();
        RevisionTexts.put(r, PURPOSE_NAME, item, p.name());
        RevisionTexts.put(r, PURPOSE_DESCRIPTION, item, p.description());
        p.legalBasis().ifPresent(basis -> {
            row.legalBasis = basis.code();
            RevisionTexts.put(r, PURPOSE_BASIS, item, basis.detail());
        });
        row.directMarketing = p.directMarketing();
        RevisionTexts.put(r, PURPOSE_OBJECTION, item, p.objection());
        row.specialCategoryCondition = p.specialCategoryCondition().map(SpecialCategoryCondition::code).orElse(null);
        row.identityCodeGround = p.identityCodeGround().map(IdentityCodeGround::code).orElse(null);
        RevisionTexts.put(r, PURPOSE_CRIMINAL, item, p.criminalDataAuthorisation());
        refs(r, PURPOSE_CATEGORIES, item, p.categories());
        refs(r, PURPOSE_SUBJECTS, item, p.subjects());
        List<LegalBasis> alternatives = p.alternativeLegalBases();
        refs(r, PURPOSE_ALTERNATIVE_BASES, item, alternatives.stream().map(LegalBasis::code).toList());
        for (int i = 0; i < alternatives.size(); i++) {
            RevisionTexts.put(r, PURPOSE_ALTERNATIVE_BASIS, item, i, alternatives.get(i).detail());
        }
        return row;
    }

    private static SourceColumns source(RevisionEntity r, Source s) {
        SourceColumns row = new SourceColumns();
        int item = r.sources.size();
        row.kind = s.code();
        RevisionTexts.put(r, SOURCE_TEXT, item, switch (s.kind()) {
            case DATA_SUBJECT -> ((Source.DataSubject) s).description();
            case INTERNAL -> ((Source.Internal) s).description();
            case EXTERNAL -> ((Source.External) s).name();
        });
        if (s instanceof Source.External external) {
            row.businessId = external.businessId().map(BusinessId::toString).orElse(null);
            RevisionTexts.put(r, SOURCE_SUPPLIES, item, external.supplies());
            RevisionTexts.put(r, SOURCE_REASON, item, external.reason());
            row.publiclyAccessible = external.publiclyAccessible();
        }
        return row;
    }

    private static void transfers(RevisionEntity r, Transfers transfers) {
        r.transfersKind = transfers.code();
        List<Transfer> listed = switch (transfers.kind()) {
            case NONE -> {
                RevisionTexts.put(r, TRANSFERS_STATEMENT, 0, ((Transfers.None) transfers).statement());
                yield List.of();
            }
            case THIRD_COUNTRIES -> ((Transfers.ThirdCountries) transfers).transfers();
            case MAY_OCCUR -> {
                Transfers.MayOccur mayOccur = (Transfers.MayOccur) transfers;
                RevisionTexts.put(r, TRANSFERS_STATEMENT, 0, mayOccur.statement());
                refs(r, TRANSFERS_SAFEGUARDS, 0, mayOccur.safeguards().stream().map(Safeguard::code).toList());
                yield List.of();
            }
        };
        for (Transfer t : listed) {
            TransferColumns row = new TransferColumns();
            int item = r.transfers.size();
            row.country = t.country();
            RevisionTexts.put(r, TRANSFER_RECIPIENT, item, t.recipient());
            row.safeguard = t.safeguard().map(Safeguard::code).orElse(null);
            RevisionTexts.put(r, TRANSFER_SAFEGUARD_COPY, item, t.safeguardCopy());
            row.dataPrivacyFramework = t.dataPrivacyFramework();
            refs(r, TRANSFER_CATEGORIES, item, t.categories());
            r.transfers.add(row);
        }
    }

    private static RetentionColumns retention(RevisionEntity r, Retention retention) {
        RetentionColumns row = new RetentionColumns();
        row.kind = retention.code();
        Optional<LocalizedText> text = switch (retention.kind()) {
            case AFTER_EVENT -> {
                Retention.AfterEvent after = (Retention.AfterEvent) retention;
                row.period = after.period().toString();
                yield Optional.of(after.event());
            }
            case CRITERIA -> Optional.of(((Retention.Criteria) retention).criteria());
            case FROM_COLLECTION -> {
                row.period = ((Retention.FromCollection) retention).period().toString();
                yield Optional.empty();
            }
            case TIMED -> {
                Retention.Timed timed = (Retention.Timed) retention;
                row.period = timed.duration().toString();
                yield timed.event();
            }
            case UNTIL -> {
                Retention.Until until = (Retention.Until) retention;
                row.condition = until.condition().code();
                yield until.description();
            }
        };
        RevisionTexts.put(r, RETENTION_TEXT, r.retention.size(), text);
        return row;
    }

    private static CookieColumns cookie(RevisionEntity r, Cookie cookie) {
        CookieColumns row = new CookieColumns();
        int item = r.cookies.size();
        row.key = cookie.key();
        row.name = cookie.name();
        RevisionTexts.put(r, COOKIE_DESCRIPTION, item, cookie.description());
        row.strictlyNecessary = cookie.strictlyNecessary();
        row.lifetime = cookie.lifetime().map(CookieLifetime::toString).orElse(null);
        row.thirdParty = cookie.thirdParty();
        RevisionTexts.put(r, COOKIE_PROVIDER, item, cookie.provider());
        row.providerCountry = cookie.providerCountry().orElse(null);
        refs(r, COOKIE_PURPOSES, item, cookie.purposes());
        return row;
    }

    /** The party rows of a list role in order: {@code role}, {@code role.1} and on, up to the first missing. */
    private static List<PartyColumns> listed(RevisionEntity r, String role) {
        List<PartyColumns> rows = new ArrayList<>();
        for (int i = 0; ; i++) {
            PartyColumns row = r.parties.get(listRole(role, i));
            if (row == null) {
                return rows;
            }
            rows.add(row);
        }
    }

    /** The first of a list keeps the role's plain code, as the one contact point always had it. */
    private static String listRole(String role, int index) {
        return index == 0 ? role : role + "." + index;
    }

    private static PartyColumns party(Organisation organisation) {
        PartyColumns row = party(organisation.contact());
        row.name = organisation.name().in(Language.FI).orElse(null);
        row.nameSv = organisation.name().in(Language.SV).orElse(null);
        row.nameEn = organisation.name().in(Language.EN).orElse(null);
        row.kind = organisation.kind().map(OrganisationKind::code).orElse(null);
        organisation.unitOf().ifPresent(unit -> {
            row.unitOfFi = unit.in(Language.FI).orElse(null);
            row.unitOfSv = unit.in(Language.SV).orElse(null);
            row.unitOfEn = unit.in(Language.EN).orElse(null);
        });
        row.businessId = organisation.businessId().map(BusinessId::toString)
                .or(organisation::invalidBusinessId).orElse(null);
        return row;
    }

    private static PartyColumns party(ContactPoint contactPoint) {
        PartyColumns row = party(contactPoint.contact());
        row.name = contactPoint.name();
        contactPoint.role().ifPresent(role -> {
            row.roleFi = role.in(Language.FI).orElse(null);
            row.roleSv = role.in(Language.SV).orElse(null);
            row.roleEn = role.in(Language.EN).orElse(null);
        });
        return row;
    }

    private static PartyColumns party(ContactDetails contact) {
        PartyColumns row = new PartyColumns();
        contact.address().ifPresent(a -> {
            row.street = a.street().orElse(null);
            row.poBox = a.poBox().orElse(null);
            row.postalCode = a.postalCode().orElse(null);
            row.city = a.city();
            row.country = a.country();
        });
        contact.visitingAddress().ifPresent(a -> {
            row.visitStreet = a.street().orElse(null);
            row.visitPoBox = a.poBox().orElse(null);
            row.visitPostalCode = a.postalCode().orElse(null);
            row.visitCity = a.city();
            row.visitCountry = a.country();
        });
        row.phone = contact.phone().orElse(null);
        row.email = contact.email().orElse(null);
        row.website = contact.website().orElse(null);
        return row;
    }

    private static void refs(RevisionEntity r, String list, int item, List<String> keys) {
        for (int i = 0; i < keys.size(); i++) {
            r.keyRefs.add(new KeyRefColumns(list, item, i, keys.get(i)));
        }
    }

    /**
     * The register a revision holds. Touches every collection of the revision: call it while its persistence
     * context is open.
     *
     * @throws fi.rekisteri.core.RegisterValidationException if the stored rows no longer form a consistent register
     */
    public static Register toRegister(RevisionEntity r) {
        KeyLists keys = new KeyLists(r.keyRefs);
        RevisionTexts texts = new RevisionTexts(r.texts);
        PartyColumns controllerRow = r.parties.get(CONTROLLER);
        if (controllerRow == null) {
            throw new IllegalStateException("revision " + r.number + " of register '" + r.registerKey
                    + "' has no controller row; the rows were not written by RegisterStore");
        }
        Register.Builder b = Register.builder(r.registerKey, texts.require(NAME, 0), organisation(controllerRow));
        Optional.ofNullable(r.parties.get(REPRESENTATIVE)).map(RegisterMapping::organisation)
                .ifPresent(b::representative);
        Optional.ofNullable(r.parties.get(DPO)).map(RegisterMapping::contactPoint).ifPresent(b::dataProtectionOfficer);
        Optional.ofNullable(r.noDpoReason).ifPresent(b::noDataProtectionOfficer);
        for (PartyColumns row : listed(r, CONTACT)) {
            b.contactPoint(contactPoint(row));
        }
        if (r.jointControl) {
            List<Organisation> others = new ArrayList<>();
            for (PartyColumns row : listed(r, JOINT_CONTROLLER)) {
                others.add(organisation(row));
            }
            b.jointControl(new JointControl(others, texts.get(JOINT_ESSENCE, 0),
                    Optional.ofNullable(r.parties.get(JOINT_CONTACT)).map(RegisterMapping::contactPoint)));
        }
        for (int i = 0; i < r.rightsRestrictions.size(); i++) {
            b.rightsRestriction(new RightsRestriction(DataSubjectRight.ofCode(r.rightsRestrictions.get(i).right),
                    texts.require(RESTRICTION_DESCRIPTION, i), texts.get(RESTRICTION_LAW, i)));
        }

        for (int i = 0; i < r.subjectCategories.size(); i++) {
            SubjectCategoryColumns row = r.subjectCategories.get(i);
            b.subjectCategory(new DataSubjectCategory(row.key, texts.require(SUBJECT_NAME, i),
                    texts.get(SUBJECT_DESCRIPTION, i), row.includesChildren, texts.get(SUBJECT_GUARDIAN_CONSENT, i)));
        }
        for (int i = 0; i < r.dataCategories.size(); i++) {
            b.dataCategory(dataCategory(r.dataCategories.get(i), i, texts, keys));
        }
        for (int i = 0; i < r.purposes.size(); i++) {
            b.purpose(purpose(r.purposes.get(i), i, texts, keys));
        }
        for (int i = 0; i < r.sources.size(); i++) {
            b.source(source(r.sources.get(i), i, texts, keys.get(SOURCE_CATEGORIES, i)));
        }
        for (int i = 0; i < r.disclosures.size(); i++) {
            DisclosureColumns row = r.disclosures.get(i);
            b.disclosure(new Disclosure(row.key, texts.require(DISCLOSURE_RECIPIENT, i),
                    Optional.ofNullable(row.role).map(RecipientRole::ofCode),
                    keys.get(DISCLOSURE_CATEGORIES, i), keys.get(DISCLOSURE_PURPOSES, i),
                    texts.get(DISCLOSURE_BASIS, i), Optional.ofNullable(row.country)));
        }
        if (r.noDisclosures) {
            b.noDisclosures(new NoDisclosures(texts.get(NO_DISCLOSURES, 0)));
        }
        if (r.transfersKind != null) {
            b.transfers(transfers(r, r.transfersKind, texts, keys));
        }
        for (int i = 0; i < r.retention.size(); i++) {
            RetentionColumns row = r.retention.get(i);
            b.retention(new RetentionRule(keys.get(RETENTION_CATEGORIES, i), retention(row, texts.get(RETENTION_TEXT, i)),
                    Optional.ofNullable(row.event)));
        }
        b.security(new SecurityMeasures(texts.get(SECURITY_GENERAL, 0), texts.get(SECURITY_MANUAL, 0),
                texts.get(SECURITY_ELECTRONIC, 0)));
        if (r.automatedDecisions != null) {
            b.automatedDecisionMaking(switch (AutomatedDecisionMaking.Kind.ofCode(r.automatedDecisions)) {
                case NONE -> AutomatedDecisionMaking.none();
                case USED -> AutomatedDecisionMaking.used(texts.require(AUTOMATED_DECISIONS, 0));
            });
        }
        texts.get(PROVISION_REQUIREMENT, 0).ifPresent(b::provisionRequirement);
        b.metadata(new DocumentMetadata(Optional.ofNullable(r.documentVersion), Optional.ofNullable(r.documentDate),
                Optional.ofNullable(r.documentLastChanged), Optional.ofNullable(r.documentInForceFrom),
                Optional.ofNullable(r.documentFramework).map(LegalFramework::ofCode), texts.get(CHANGE_NOTICE, 0),
                texts.get(NOTICE_URL, 0)));
        r.introductions.forEach((topic, text) -> b.introduction(Topic.ofCode(topic),
                TextColumns.read(text).orElseThrow(() -> new IllegalStateException("stored register has no text for"
                        + " introduction " + topic + "; the row was not written by RegisterStore"))));
        for (int i = 0; i < r.cookies.size(); i++) {
            b.cookie(cookie(r.cookies.get(i), i, texts, keys));
        }
        for (AcknowledgementColumns row : r.acknowledgements) {
            b.acknowledgement(new Acknowledgement(row.ruleId,
                    row.path == null ? RegisterPath.root() : RegisterPath.parse(row.path), row.reason, row.by, row.on));
        }
        return b.build();
    }

    private static DataCategory dataCategory(DataCategoryColumns row, int i, RevisionTexts texts, KeyLists keys) {
        Set<Sensitivity> sensitivities = EnumSet.noneOf(Sensitivity.class);
        if (row.specialCategory) {
            sensitivities.add(Sensitivity.SPECIAL_CATEGORY);
        }
        if (row.criminalOffence) {
            sensitivities.add(Sensitivity.CRIMINAL_OFFENCE);
        }
        if (row.personalIdentityCode) {
            sensitivities.add(Sensitivity.PERSONAL_IDENTITY_CODE);
        }
        Optional<Provision> provision = Optional.ofNullable(row.provisionRequired)
                .map(required -> new Provision(required, texts.get(CATEGORY_PROVISION, i)));
        return new DataCategory(row.key, texts.require(CATEGORY_NAME, i), texts.get(CATEGORY_DESCRIPTION, i),
                sensitivities, keys.get(DATA_CATEGORY_SUBJECTS, i), provision);
    }

    private static Purpose purpose(PurposeColumns row, int i, RevisionTexts texts, KeyLists keys) {
        Optional<LegalBasis> basis = Optional.ofNullable(row.legalBasis)
                .map(code -> legalBasis(code, texts.get(PURPOSE_BASIS, i)));
        List<String> alternativeCodes = keys.get(PURPOSE_ALTERNATIVE_BASES, i);
        List<LegalBasis> alternatives = new ArrayList<>();
        for (int j = 0; j < alternativeCodes.size(); j++) {
            alternatives.add(legalBasis(alternativeCodes.get(j), texts.get(PURPOSE_ALTERNATIVE_BASIS, i, j)));
        }
        return new Purpose(row.key, texts.require(PURPOSE_NAME, i), texts.get(PURPOSE_DESCRIPTION, i), basis,
                keys.get(PURPOSE_CATEGORIES, i), keys.get(PURPOSE_SUBJECTS, i), row.directMarketing,
                texts.get(PURPOSE_OBJECTION, i),
                Optional.ofNullable(row.specialCategoryCondition).map(SpecialCategoryCondition::ofCode),
                Optional.ofNullable(row.identityCodeGround).map(IdentityCodeGround::ofCode),
                texts.get(PURPOSE_CRIMINAL, i), alternatives);
    }

    private static LegalBasis legalBasis(String code, Optional<LocalizedText> text) {
        return LegalBasis.of(LegalBasis.Kind.ofCode(code), text);
    }

    private static Source source(SourceColumns row, int i, RevisionTexts texts, List<String> categories) {
        LocalizedText text = texts.require(SOURCE_TEXT, i);
        Source.Kind kind;
        try {
            kind = Source.Kind.ofCode(row.kind);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
        return switch (kind) {
            case DATA_SUBJECT -> new Source.DataSubject(text, categories);
            case INTERNAL -> new Source.Internal(text, categories);
            case EXTERNAL -> new Source.External(text, Optional.ofNullable(row.businessId).map(BusinessId::parse),
                    texts.get(SOURCE_SUPPLIES, i), texts.get(SOURCE_REASON, i), categories, row.publiclyAccessible);
        };
    }

    private static Transfers transfers(RevisionEntity r, String code, RevisionTexts texts, KeyLists keys) {
        return switch (Transfers.Kind.ofCode(code)) {
            case NONE -> new Transfers.None(texts.get(TRANSFERS_STATEMENT, 0));
            case MAY_OCCUR -> new Transfers.MayOccur(texts.get(TRANSFERS_STATEMENT, 0),
                    keys.get(TRANSFERS_SAFEGUARDS, 0).stream().map(Safeguard::ofCode).toList());
            case THIRD_COUNTRIES -> {
                List<Transfer> transfers = new ArrayList<>();
                for (int i = 0; i < r.transfers.size(); i++) {
                    TransferColumns row = r.transfers.get(i);
                    transfers.add(new Transfer(row.country, texts.get(TRANSFER_RECIPIENT, i),
                            keys.get(TRANSFER_CATEGORIES, i), Optional.ofNullable(row.safeguard).map(Safeguard::ofCode),
                            texts.get(TRANSFER_SAFEGUARD_COPY, i), row.dataPrivacyFramework));
                }
                yield new Transfers.ThirdCountries(transfers);
            }
        };
    }

    /** A stored retention rule; a row that lacks what its kind needs was not written by the store. */
    private static Retention retention(RetentionColumns row, Optional<LocalizedText> text) {
        Optional<Retention.Kind> kind = Arrays.stream(Retention.Kind.values())
                .filter(k -> k.code().equals(row.kind)).findFirst();
        Optional<String> period = Optional.ofNullable(row.period);
        Optional<Retention> retention = kind.flatMap(k -> switch (k) {
            case AFTER_EVENT -> period.flatMap(p -> text.map(event -> new Retention.AfterEvent(Period.parse(p), event)));
            case CRITERIA -> text.map(Retention.Criteria::new);
            case FROM_COLLECTION -> period.map(p -> new Retention.FromCollection(Period.parse(p)));
            case TIMED -> period.map(p -> new Retention.Timed(Duration.parse(p), text));
            case UNTIL -> Optional.ofNullable(row.condition)
                    .map(c -> new Retention.Until(Retention.Condition.ofCode(c), text));
        });
        return retention.orElseThrow(() -> new IllegalStateException("retention kind '" + row.kind + "' with period "
                + row.period + " and condition " + row.condition + " is not a rule RegisterStore writes"));
    }

    private static Cookie cookie(CookieColumns row, int i, RevisionTexts texts, KeyLists keys) {
        return new Cookie(row.key, row.name, texts.require(COOKIE_DESCRIPTION, i), row.strictlyNecessary,
                Optional.ofNullable(row.lifetime).map(CookieLifetime::parse), row.thirdParty,
                texts.get(COOKIE_PROVIDER, i), Optional.ofNullable(row.providerCountry), keys.get(COOKIE_PURPOSES, i));
    }

    private static Organisation organisation(PartyColumns row) {
        Optional<String> written = Optional.ofNullable(row.businessId);
        return new Organisation(
                TextColumns.read(row.name, row.nameSv, row.nameEn).orElseThrow(() -> new IllegalStateException(
                        "an organisation row of revision has no name; the rows were not written by RegisterStore")),
                Optional.ofNullable(row.kind).map(OrganisationKind::ofCode),
                TextColumns.read(row.unitOfFi, row.unitOfSv, row.unitOfEn),
                written.filter(BusinessId::isValid).map(BusinessId::parse),
                written.filter(id -> !BusinessId.isValid(id)),
                contact(row));
    }

    private static ContactPoint contactPoint(PartyColumns row) {
        String name = row.name;
        if (name == null) {
            throw new IllegalStateException("a contact point row has no name; the rows were not written by RegisterStore");
        }
        return new ContactPoint(name, TextColumns.read(row.roleFi, row.roleSv, row.roleEn), contact(row));
    }

    private static Optional<PostalAddress> address(@Nullable String street, @Nullable String poBox,
            @Nullable String postalCode, @Nullable String city, @Nullable String country) {
        if (city == null || (street == null && poBox == null)) {
            return Optional.empty();
        }
        return Optional.of(new PostalAddress(Optional.ofNullable(street), Optional.ofNullable(poBox),
                Optional.ofNullable(postalCode), city, country == null ? "FI" : country));
    }

    private static ContactDetails contact(PartyColumns row) {
        return new ContactDetails(address(row.street, row.poBox, row.postalCode, row.city, row.country),
                address(row.visitStreet, row.visitPoBox, row.visitPostalCode, row.visitCity, row.visitCountry),
                Optional.ofNullable(row.phone), Optional.ofNullable(row.email), Optional.ofNullable(row.website));
    }

    /** The key lists of a revision, by list and item, each in its stored order. */
    private static final class KeyLists {
        private final Map<String, Map<Integer, List<KeyRefColumns>>> lists = new HashMap<>();

        KeyLists(Set<KeyRefColumns> refs) {
            for (KeyRefColumns ref : refs) {
                lists.computeIfAbsent(ref.list, l -> new HashMap<>())
                        .computeIfAbsent(ref.item, i -> new ArrayList<>())
                        .add(ref);
            }
        }

        List<String> get(String list, int item) {
            @Nullable List<KeyRefColumns> refs = lists.getOrDefault(list, Map.of()).get(item);
            if (refs == null) {
                return List.of();
            }
            return refs.stream().sorted(Comparator.comparingInt(ref -> ref.position)).map(ref -> ref.key).toList();
        }
    }
}
