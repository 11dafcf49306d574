package fi.rekisteri.jpa.internal;

import static fi.rekisteri.jpa.internal.TextColumns.read;
import static fi.rekisteri.jpa.internal.TextColumns.require;

import fi.rekisteri.core.AutomatedDecisionMaking;
import fi.rekisteri.core.ContactDetails;
import fi.rekisteri.core.ContactPoint;
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
import fi.rekisteri.core.Organisation;
import fi.rekisteri.core.OrganisationKind;
import fi.rekisteri.core.PostalAddress;
import fi.rekisteri.core.Purpose;
import fi.rekisteri.core.RecipientRole;
import fi.rekisteri.core.Register;
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
import java.time.Instant;
import java.time.Period;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
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
    private static final String SOURCE_CATEGORIES = "source.categories";
    private static final String DISCLOSURE_CATEGORIES = "disclosure.categories";
    private static final String DISCLOSURE_PURPOSES = "disclosure.purposes";
    private static final String TRANSFER_CATEGORIES = "transfer.categories";
    private static final String RETENTION_CATEGORIES = "retention.categories";

    private RegisterMapping() {}

    /** A new revision of a register: the whole register as rows, not yet persisted. */
    public static RevisionEntity toRevision(RegisterEntity head, int number, Instant savedAt,
            Optional<String> author, Optional<String> comment, Register register) {
        RevisionEntity r = new RevisionEntity(head, number, savedAt);
        r.author = author.orElse(null);
        r.comment = comment.orElse(null);
        r.name = TextColumns.of(register.name());
        r.documentVersion = register.metadata().version().orElse(null);
        r.documentDate = register.metadata().date().orElse(null);
        r.documentLastChanged = register.metadata().lastChanged().orElse(null);
        r.documentInForceFrom = register.metadata().inForceFrom().orElse(null);
        r.documentFramework = register.metadata().framework().map(LegalFramework::code).orElse(null);
        r.changeNotice = TextColumns.of(register.metadata().changeNotice());

        r.parties.put(CONTROLLER, party(register.controller()));
        register.representative().ifPresent(o -> r.parties.put(REPRESENTATIVE, party(o)));
        register.dataProtectionOfficer().ifPresent(c -> r.parties.put(DPO, party(c)));
        List<ContactPoint> points = register.contactPoints();
        for (int i = 0; i < points.size(); i++) {
            r.parties.put(listRole(CONTACT, i), party(points.get(i)));
        }
        register.jointControl().ifPresent(joint -> {
            r.jointControl = true;
            r.jointEssence = TextColumns.of(joint.essence());
            for (int i = 0; i < joint.controllers().size(); i++) {
                r.parties.put(listRole(JOINT_CONTROLLER, i), party(joint.controllers().get(i)));
            }
            joint.contactPoint().ifPresent(c -> r.parties.put(JOINT_CONTACT, party(c)));
        });
        for (RightsRestriction restriction : register.rightsRestrictions()) {
            RightsRestrictionColumns row = new RightsRestrictionColumns();
            row.right = restriction.right().code();
            row.description = TextColumns.of(restriction.description());
            row.law = TextColumns.of(restriction.law());
            r.rightsRestrictions.add(row);
        }

        for (DataSubjectCategory s : register.subjectCategories()) {
            SubjectCategoryColumns row = new SubjectCategoryColumns();
            row.key = s.key();
            row.name = TextColumns.of(s.name());
            row.description = TextColumns.of(s.description());
            r.subjectCategories.add(row);
        }
        for (DataCategory c : register.dataCategories()) {
            DataCategoryColumns row = new DataCategoryColumns();
            row.key = c.key();
            row.name = TextColumns.of(c.name());
            row.description = TextColumns.of(c.description());
            row.specialCategory = c.is(Sensitivity.SPECIAL_CATEGORY);
            row.criminalOffence = c.is(Sensitivity.CRIMINAL_OFFENCE);
            row.personalIdentityCode = c.is(Sensitivity.PERSONAL_IDENTITY_CODE);
            refs(r, DATA_CATEGORY_SUBJECTS, r.dataCategories.size(), c.subjects());
            r.dataCategories.add(row);
        }
        for (Purpose p : register.purposes()) {
            r.purposes.add(purpose(r, p));
        }
        for (Source s : register.sources()) {
            refs(r, SOURCE_CATEGORIES, r.sources.size(), s.categories());
            r.sources.add(source(s));
        }
        for (Disclosure d : register.disclosures()) {
            DisclosureColumns row = new DisclosureColumns();
            row.key = d.key();
            row.recipient = TextColumns.of(d.recipient());
            row.role = d.role().code();
            row.basis = TextColumns.of(d.basis());
            row.country = d.country().orElse(null);
            refs(r, DISCLOSURE_CATEGORIES, r.disclosures.size(), d.categories());
            refs(r, DISCLOSURE_PURPOSES, r.disclosures.size(), d.purposes());
            r.disclosures.add(row);
        }
        register.transfers().ifPresent(t -> transfers(r, t));
        for (RetentionRule rule : register.retention()) {
            refs(r, RETENTION_CATEGORIES, r.retention.size(), rule.categories());
            RetentionColumns row = retention(rule.retention());
            row.event = rule.event().orElse(null);
            r.retention.add(row);
        }
        SecurityMeasures security = register.security();
        r.securityGeneral = TextColumns.of(security.general());
        r.securityManual = TextColumns.of(security.manual());
        r.securityElectronic = TextColumns.of(security.electronic());
        register.automatedDecisionMaking().ifPresent(adm -> {
            r.automatedDecisions = adm.code();
            r.automatedDecisionsDescription = switch (adm.kind()) {
                case NONE -> null;
                case USED -> TextColumns.of(((AutomatedDecisionMaking.Used) adm).description());
            };
        });
        r.provisionRequirement = TextColumns.of(register.provisionRequirement());
        register.introductions().forEach((topic, text) -> r.introductions.put(topic.code(), TextColumns.of(text)));
        return r;
    }

    private static PurposeColumns purpose(RevisionEntity r, Purpose p) {
        PurposeColumns row = new PurposeColumns();
        row.key = p.key();
        row.name = TextColumns.of(p.name());
        row.description = TextColumns.of(p.description());
        p.legalBasis().ifPresent(basis -> {
            row.legalBasis = basis.code();
            row.legalBasisText = TextColumns.of(basis.detail());
        });
        row.directMarketing = p.directMarketing();
        row.objection = TextColumns.of(p.objection());
        row.specialCategoryCondition = p.specialCategoryCondition().map(SpecialCategoryCondition::code).orElse(null);
        row.identityCodeGround = p.identityCodeGround().map(IdentityCodeGround::code).orElse(null);
        row.criminalDataAuthorisation = TextColumns.of(p.criminalDataAuthorisation());
        refs(r, PURPOSE_CATEGORIES, r.purposes.size(), p.categories());
        refs(r, PURPOSE_SUBJECTS, r.purposes.size(), p.subjects());
        return row;
    }

    private static SourceColumns source(Source s) {
        SourceColumns row = new SourceColumns();
        row.kind = s.code();
        row.text = TextColumns.of(switch (s.kind()) {
            case DATA_SUBJECT -> ((Source.DataSubject) s).description();
            case INTERNAL -> ((Source.Internal) s).description();
            case EXTERNAL -> ((Source.External) s).name();
        });
        if (s instanceof Source.External external) {
            row.businessId = external.businessId().map(BusinessId::toString).orElse(null);
            row.supplies = TextColumns.of(external.supplies());
            row.reason = TextColumns.of(external.reason());
            row.publiclyAccessible = external.publiclyAccessible();
        }
        return row;
    }

    private static void transfers(RevisionEntity r, Transfers transfers) {
        r.transfersKind = transfers.code();
        List<Transfer> listed = switch (transfers.kind()) {
            case NONE -> {
                r.transfersStatement = TextColumns.of(((Transfers.None) transfers).statement());
                yield List.of();
            }
            case THIRD_COUNTRIES -> ((Transfers.ThirdCountries) transfers).transfers();
        };
        for (Transfer t : listed) {
            TransferColumns row = new TransferColumns();
            row.country = t.country();
            row.recipient = TextColumns.of(t.recipient());
            row.safeguard = t.safeguard().map(Safeguard::code).orElse(null);
            row.safeguardCopy = TextColumns.of(t.safeguardCopy());
            refs(r, TRANSFER_CATEGORIES, r.transfers.size(), t.categories());
            r.transfers.add(row);
        }
    }

    private static RetentionColumns retention(Retention retention) {
        RetentionColumns row = new RetentionColumns();
        row.kind = retention.code();
        row.period = switch (retention.kind()) {
            case AFTER_EVENT -> ((Retention.AfterEvent) retention).period().toString();
            case CRITERIA -> null;
        };
        row.text = TextColumns.of(switch (retention.kind()) {
            case AFTER_EVENT -> ((Retention.AfterEvent) retention).event();
            case CRITERIA -> ((Retention.Criteria) retention).criteria();
        });
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
        PartyColumns controllerRow = r.parties.get(CONTROLLER);
        if (controllerRow == null) {
            throw new IllegalStateException("revision " + r.number + " of register '" + r.registerKey
                    + "' has no controller row; the rows were not written by RegisterStore");
        }
        Register.Builder b = Register.builder(r.registerKey, require(r.name, "the register's name"),
                organisation(controllerRow));
        Optional.ofNullable(r.parties.get(REPRESENTATIVE)).map(RegisterMapping::organisation)
                .ifPresent(b::representative);
        Optional.ofNullable(r.parties.get(DPO)).map(RegisterMapping::contactPoint).ifPresent(b::dataProtectionOfficer);
        for (PartyColumns row : listed(r, CONTACT)) {
            b.contactPoint(contactPoint(row));
        }
        if (r.jointControl) {
            List<Organisation> others = new ArrayList<>();
            for (PartyColumns row : listed(r, JOINT_CONTROLLER)) {
                others.add(organisation(row));
            }
            b.jointControl(new JointControl(others, read(r.jointEssence),
                    Optional.ofNullable(r.parties.get(JOINT_CONTACT)).map(RegisterMapping::contactPoint)));
        }
        for (RightsRestrictionColumns row : r.rightsRestrictions) {
            b.rightsRestriction(new RightsRestriction(DataSubjectRight.ofCode(row.right),
                    require(row.description, "a rights restriction"), read(row.law)));
        }

        for (SubjectCategoryColumns row : r.subjectCategories) {
            b.subjectCategory(new DataSubjectCategory(row.key, require(row.name, row.key), read(row.description)));
        }
        for (int i = 0; i < r.dataCategories.size(); i++) {
            DataCategoryColumns row = r.dataCategories.get(i);
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
            b.dataCategory(new DataCategory(row.key, require(row.name, row.key), read(row.description), sensitivities,
                    keys.get(DATA_CATEGORY_SUBJECTS, i)));
        }
        for (int i = 0; i < r.purposes.size(); i++) {
            PurposeColumns row = r.purposes.get(i);
            Optional<LegalBasis> basis = Optional.ofNullable(row.legalBasis)
                    .map(code -> legalBasis(code, read(row.legalBasisText)));
            b.purpose(new Purpose(row.key, require(row.name, row.key), read(row.description), basis,
                    keys.get(PURPOSE_CATEGORIES, i), keys.get(PURPOSE_SUBJECTS, i), row.directMarketing,
                    read(row.objection),
                    Optional.ofNullable(row.specialCategoryCondition).map(SpecialCategoryCondition::ofCode),
                    Optional.ofNullable(row.identityCodeGround).map(IdentityCodeGround::ofCode),
                    read(row.criminalDataAuthorisation)));
        }
        for (int i = 0; i < r.sources.size(); i++) {
            b.source(source(r.sources.get(i), keys.get(SOURCE_CATEGORIES, i)));
        }
        for (int i = 0; i < r.disclosures.size(); i++) {
            DisclosureColumns row = r.disclosures.get(i);
            b.disclosure(new Disclosure(row.key, require(row.recipient, row.key), RecipientRole.ofCode(row.role),
                    keys.get(DISCLOSURE_CATEGORIES, i), keys.get(DISCLOSURE_PURPOSES, i), read(row.basis),
                    Optional.ofNullable(row.country)));
        }
        if (r.transfersKind != null) {
            b.transfers(transfers(r, r.transfersKind, keys));
        }
        for (int i = 0; i < r.retention.size(); i++) {
            RetentionColumns row = r.retention.get(i);
            b.retention(new RetentionRule(keys.get(RETENTION_CATEGORIES, i), retention(row),
                    Optional.ofNullable(row.event)));
        }
        b.security(new SecurityMeasures(read(r.securityGeneral), read(r.securityManual), read(r.securityElectronic)));
        if (r.automatedDecisions != null) {
            b.automatedDecisionMaking(switch (AutomatedDecisionMaking.Kind.ofCode(r.automatedDecisions)) {
                case NONE -> AutomatedDecisionMaking.none();
                case USED -> AutomatedDecisionMaking.used(
                        require(r.automatedDecisionsDescription, "automated decisions"));
            });
        }
        read(r.provisionRequirement).ifPresent(b::provisionRequirement);
        b.metadata(new DocumentMetadata(Optional.ofNullable(r.documentVersion), Optional.ofNullable(r.documentDate),
                Optional.ofNullable(r.documentLastChanged), Optional.ofNullable(r.documentInForceFrom),
                Optional.ofNullable(r.documentFramework).map(LegalFramework::ofCode), read(r.changeNotice)));
        r.introductions.forEach((topic, text) -> b.introduction(Topic.ofCode(topic), require(text, topic)));
        return b.build();
    }

    private static LegalBasis legalBasis(String code, Optional<LocalizedText> text) {
        return LegalBasis.of(LegalBasis.Kind.ofCode(code), text);
    }

    private static Source source(SourceColumns row, List<String> categories) {
        LocalizedText text = require(row.text, "a " + row.kind + " source");
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
                    read(row.supplies), read(row.reason), categories, row.publiclyAccessible);
        };
    }

    private static Transfers transfers(RevisionEntity r, String code, KeyLists keys) {
        return switch (Transfers.Kind.ofCode(code)) {
            case NONE -> new Transfers.None(read(r.transfersStatement));
            case THIRD_COUNTRIES -> {
                List<Transfer> transfers = new ArrayList<>();
                for (int i = 0; i < r.transfers.size(); i++) {
                    TransferColumns row = r.transfers.get(i);
                    transfers.add(new Transfer(row.country, read(row.recipient), keys.get(TRANSFER_CATEGORIES, i),
                            Optional.ofNullable(row.safeguard).map(Safeguard::ofCode), read(row.safeguardCopy)));
                }
                yield new Transfers.ThirdCountries(transfers);
            }
        };
    }

    private static Retention retention(RetentionColumns row) {
        LocalizedText text = require(row.text, "a retention rule");
        String period = row.period;
        Optional<Retention.Kind> kind = Arrays.stream(Retention.Kind.values())
                .filter(k -> k.code().equals(row.kind)).findFirst();
        Optional<Retention> retention = kind.flatMap(k -> switch (k) {
            case AFTER_EVENT -> Optional.ofNullable(period).map(p -> new Retention.AfterEvent(Period.parse(p), text));
            case CRITERIA -> Optional.of(new Retention.Criteria(text));
        });
        return retention.orElseThrow(() -> new IllegalStateException("retention kind '" + row.kind + "' with period "
                + row.period + " is not stored by RegisterStore; expected " + Retention.Kind.AFTER_EVENT.code()
                + " with a period, or " + Retention.Kind.CRITERIA.code()));
    }

    private static Organisation organisation(PartyColumns row) {
        Optional<String> written = Optional.ofNullable(row.businessId);
        return new Organisation(
                text(row.name, row.nameSv, row.nameEn).orElseThrow(() -> new IllegalStateException(
                        "an organisation row of revision has no name; the rows were not written by RegisterStore")),
                Optional.ofNullable(row.kind).map(OrganisationKind::ofCode),
                text(row.unitOfFi, row.unitOfSv, row.unitOfEn),
                written.filter(BusinessId::isValid).map(BusinessId::parse),
                written.filter(id -> !BusinessId.isValid(id)),
                contact(row));
    }

    private static ContactPoint contactPoint(PartyColumns row) {
        String name = row.name;
        if (name == null) {
            throw new IllegalStateException("a contact point row has no name; the rows were not written by RegisterStore");
        }
        return new ContactPoint(name, text(row.roleFi, row.roleSv, row.roleEn), contact(row));
    }

    private static Optional<LocalizedText> text(@Nullable String fi, @Nullable String sv, @Nullable String en) {
        Map<Language, String> values = new EnumMap<>(Language.class);
        if (fi != null) {
            values.put(Language.FI, fi);
        }
        if (sv != null) {
            values.put(Language.SV, sv);
        }
        if (en != null) {
            values.put(Language.EN, en);
        }
        return values.isEmpty() ? Optional.empty() : Optional.of(new LocalizedText(values));
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
