package fi.rekisteri.export.internal.format;

import fi.rekisteri.core.Acknowledgement;
import fi.rekisteri.core.AutomatedDecisionMaking;
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
import fi.rekisteri.core.LocalizedText;
import fi.rekisteri.core.Organisation;
import fi.rekisteri.core.PostalAddress;
import fi.rekisteri.core.Purpose;
import fi.rekisteri.core.Register;
import fi.rekisteri.core.Retention;
import fi.rekisteri.core.RetentionRule;
import fi.rekisteri.core.RightsRestriction;
import fi.rekisteri.core.Safeguard;
import fi.rekisteri.core.SecurityMeasures;
import fi.rekisteri.core.Sensitivity;
import fi.rekisteri.core.Source;
import fi.rekisteri.core.Transfer;
import fi.rekisteri.core.Transfers;
import fi.rekisteri.core.taxonomy.Taxonomy;
import fi.rekisteri.core.taxonomy.TaxonomyEntry;
import fi.rekisteri.core.taxonomy.TaxonomyEntry.Kind;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Turns a {@link Register} into the JSON tree of the register format, every part of the model written so that
 * {@link RegisterDecoder} reads back an equal register. Absent optional parts and empty lists are left out.
 */
public final class RegisterEncoder {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /** What a reference to a taxonomy entry writes in its own way. */
    private static final Set<String> NAMED = Set.of("key", "name", "description", "sensitivities");

    private RegisterEncoder() {}

    /**
     * The register as a JSON tree whose subject categories, data categories and purposes refer to the taxonomy's
     * entries ({@code taxonomy: contact.email}) where their keys are the taxonomy's, with only the labels, description
     * languages and sensitivities that differ from the entry's. A part whose name or description the reader could not
     * rebuild from the entry (one lacking a language the entry has, or no description) keeps its own key and texts.
     */
    public static ObjectNode encode(Register register, Taxonomy taxonomy) {
        ObjectNode o = encode(register);
        refer(o, "subjectCategories", Kind.SUBJECT_CATEGORY, taxonomy);
        refer(o, "dataCategories", Kind.DATA_CATEGORY, taxonomy);
        refer(o, "purposes", Kind.PURPOSE, taxonomy);
        return o;
    }

    private static void refer(ObjectNode register, String list, Kind kind, Taxonomy taxonomy) {
        if (!(register.get(list) instanceof ArrayNode items)) {
            return;
        }
        for (int i = 0; i < items.size(); i++) {
            ObjectNode item = (ObjectNode) items.get(i);
            Optional<TaxonomyEntry> entry = taxonomy.entry(kind, item.get("key").asString());
            Optional<ObjectNode> reference = entry.flatMap(e -> reference(item, e));
            if (reference.isPresent()) {
                items.set(i, reference.get());
            }
        }
    }

    /** The part written as a reference to the entry, if the reader would rebuild the same part from it. */
    private static Optional<ObjectNode> reference(ObjectNode item, TaxonomyEntry entry) {
        Optional<ObjectNode> name = override(item.get("name"), entry.label());
        Optional<ObjectNode> description = override(item.get("description"), entry.description());
        if (name.isEmpty() || description.isEmpty()) {
            return Optional.empty();
        }
        ObjectNode ref = NODES.objectNode();
        ref.put("taxonomy", entry.key());
        if (!name.get().isEmpty()) {
            ref.set("name", name.get());
        }
        if (!description.get().isEmpty()) {
            ref.set("description", description.get());
        }
        if (entry.kind() == Kind.DATA_CATEGORY) {
            ArrayNode own = item.get("sensitivities") instanceof ArrayNode given ? given : NODES.arrayNode();
            ArrayNode inherited = NODES.arrayNode();
            entry.sensitivities().stream().map(Sensitivity::code).forEach(inherited::add);
            if (!own.equals(inherited)) {
                // An empty list drops the entry's sensitivities; absent, the reader takes them.
                ref.set("sensitivities", own);
            }
        }
        for (Map.Entry<String, JsonNode> property : item.properties()) {
            if (!NAMED.contains(property.getKey())) {
                ref.set(property.getKey(), property.getValue());
            }
        }
        return Optional.of(ref);
    }

    /**
     * The languages of a written text that differ from the entry's, empty when none does; absent when the text
     * lacks a language the entry has, which the reader would then fill in.
     */
    private static Optional<ObjectNode> override(@Nullable JsonNode written, LocalizedText entry) {
        if (!(written instanceof ObjectNode text)) {
            return Optional.empty();
        }
        Map<Language, String> differing = new EnumMap<>(Language.class);
        for (Map.Entry<Language, String> value : entry.values().entrySet()) {
            JsonNode own = text.get(value.getKey().tag());
            if (own == null) {
                return Optional.empty();
            }
            if (!own.asString().equals(value.getValue())) {
                differing.put(value.getKey(), own.asString());
            }
        }
        ObjectNode o = NODES.objectNode();
        differing.forEach((language, value) -> o.put(language.tag(), value));
        return Optional.of(o);
    }

    /** The register as a JSON tree. */
    public static ObjectNode encode(Register register) {
        ObjectNode o = NODES.objectNode();
        o.put("formatVersion", Integer.parseInt(RegisterFormatNames.FORMAT_VERSION));
        o.put("key", register.key());
        o.set("name", text(register.name()));
        metadata(o, register.metadata());
        o.set("controller", organisation(register.controller()));
        register.jointControl().ifPresent(j -> o.set("jointControl", jointControl(j)));
        register.representative().ifPresent(r -> o.set("representative", organisation(r)));
        register.dataProtectionOfficer().ifPresent(d -> o.set("dataProtectionOfficer", contactPoint(d)));
        register.noDataProtectionOfficerReason().ifPresent(reason -> o.put("noDataProtectionOfficer", reason));
        List<ContactPoint> points = register.contactPoints();
        // The number alone decides the key, so that the same model is always written the same way: one contact
        // (with or without its role) is the classic single form, several are a list.
        if (points.size() == 1) {
            o.set("contactPoint", contactPoint(points.get(0)));
        } else {
            list(o, "contactPoints", points, RegisterEncoder::contactPoint);
        }
        if (!register.introductions().isEmpty()) {
            ObjectNode introductions = o.putObject("introductions");
            register.introductions().forEach((topic, text) -> introductions.set(topic.code(), text(text)));
        }
        list(o, "subjectCategories", register.subjectCategories(), RegisterEncoder::subjectCategory);
        list(o, "dataCategories", register.dataCategories(), RegisterEncoder::dataCategory);
        list(o, "purposes", register.purposes(), RegisterEncoder::purpose);
        list(o, "sources", register.sources(), RegisterEncoder::source);
        list(o, "disclosures", register.disclosures(), RegisterEncoder::disclosure);
        register.noDisclosures().ifPresent(none -> {
            if (none.statement().isEmpty()) {
                o.put("noDisclosures", true);
            } else {
                optionalText(o.putObject("noDisclosures"), "statement", none.statement());
            }
        });
        register.transfers().ifPresent(t -> o.set("transfers", transfers(t)));
        list(o, "retention", register.retention(), RegisterEncoder::retentionRule);
        list(o, "cookies", register.cookies(), RegisterEncoder::cookie);
        if (!register.security().isEmpty()) {
            o.set("security", security(register.security()));
        }
        register.automatedDecisionMaking().ifPresent(a -> o.set("automatedDecisionMaking", automated(a)));
        register.provisionRequirement().ifPresent(p -> o.set("provisionRequirement", text(p)));
        list(o, "rightsRestrictions", register.rightsRestrictions(), RegisterEncoder::rightsRestriction);
        list(o, "acknowledgements", register.acknowledgements(), RegisterEncoder::acknowledgement);
        return o;
    }

    private static ObjectNode acknowledgement(Acknowledgement acknowledgement) {
        ObjectNode o = NODES.objectNode();
        o.put("rule", acknowledgement.ruleId());
        if (!acknowledgement.path().isRoot()) {
            o.put("path", acknowledgement.path().toString());
        }
        o.put("reason", acknowledgement.reason());
        o.put("by", acknowledgement.by());
        o.put("date", acknowledgement.on().toString());
        return o;
    }

    private static ObjectNode jointControl(JointControl joint) {
        ObjectNode o = NODES.objectNode();
        list(o, "controllers", joint.controllers(), RegisterEncoder::organisation);
        optionalText(o, "essence", joint.essence());
        joint.contactPoint().ifPresent(c -> o.set("contactPoint", contactPoint(c)));
        return o;
    }

    private static ObjectNode rightsRestriction(RightsRestriction restriction) {
        ObjectNode o = NODES.objectNode();
        o.put("right", restriction.right().code());
        o.set("description", text(restriction.description()));
        optionalText(o, "law", restriction.law());
        return o;
    }

    private static void metadata(ObjectNode o, DocumentMetadata metadata) {
        if (metadata.isEmpty()) {
            return;
        }
        ObjectNode m = o.putObject("metadata");
        metadata.version().ifPresent(v -> m.put("version", v));
        metadata.date().ifPresent(d -> m.put("date", d.toString()));
        metadata.lastChanged().ifPresent(d -> m.put("lastChanged", d.toString()));
        metadata.inForceFrom().ifPresent(d -> m.put("inForceFrom", d.toString()));
        metadata.framework().ifPresent(f -> m.put("framework", f.code()));
        optionalText(m, "changeNotice", metadata.changeNotice());
        optionalText(m, "noticeUrl", metadata.noticeUrl());
        optionalText(m, "firstLayerUrl", metadata.firstLayerUrl());
    }

    private static ObjectNode organisation(Organisation organisation) {
        ObjectNode o = NODES.objectNode();
        // A name in Finnish only is written as plain text, as the format has always had it.
        if (organisation.name().values().keySet().equals(Set.of(Language.FI))) {
            o.put("name", organisation.name().text(Language.FI));
        } else {
            o.set("name", text(organisation.name()));
        }
        organisation.kind().ifPresent(k -> o.put("kind", k.code()));
        optionalText(o, "unitOf", organisation.unitOf());
        organisation.businessId().ifPresent(id -> o.put("businessId", id.toString()));
        organisation.invalidBusinessId().ifPresent(id -> o.put("businessId", id));
        contact(o, organisation.contact());
        return o;
    }

    private static ObjectNode contactPoint(ContactPoint point) {
        ObjectNode o = NODES.objectNode();
        o.put("name", point.name());
        optionalText(o, "role", point.role());
        contact(o, point.contact());
        return o;
    }

    private static void contact(ObjectNode o, ContactDetails contact) {
        contact.address().ifPresent(a -> o.set("address", address(a)));
        contact.visitingAddress().ifPresent(a -> o.set("visitingAddress", address(a)));
        contact.phone().ifPresent(p -> o.put("phone", p));
        contact.email().ifPresent(e -> o.put("email", e));
        contact.website().ifPresent(w -> o.put("website", w));
    }

    private static ObjectNode address(PostalAddress address) {
        ObjectNode o = NODES.objectNode();
        address.street().ifPresent(s -> o.put("street", s));
        address.poBox().ifPresent(p -> o.put("poBox", p));
        address.postalCode().ifPresent(p -> o.put("postalCode", p));
        o.put("city", address.city());
        if (!"FI".equals(address.country())) {
            o.put("country", address.country());
        }
        return o;
    }

    /** The object of a keyed part, begun with its key, name and description (what {@code NodeReader.named} reads). */
    private static ObjectNode named(String key, LocalizedText name, Optional<LocalizedText> description) {
        ObjectNode o = NODES.objectNode();
        o.put("key", key);
        o.set("name", text(name));
        optionalText(o, "description", description);
        return o;
    }

    private static ObjectNode subjectCategory(DataSubjectCategory category) {
        ObjectNode o = named(category.key(), category.name(), category.description());
        if (category.includesChildren()) {
            o.put("includesChildren", true);
        }
        optionalText(o, "guardianConsent", category.guardianConsent());
        return o;
    }

    private static ObjectNode dataCategory(DataCategory category) {
        ObjectNode o = named(category.key(), category.name(), category.description());
        if (!category.sensitivities().isEmpty()) {
            ArrayNode sensitivities = o.putArray("sensitivities");
            category.sensitivities().stream().map(Sensitivity::code).forEach(sensitivities::add);
        }
        strings(o, "subjects", category.subjects());
        category.provision().ifPresent(provision -> {
            ObjectNode p = o.putObject("provision");
            p.put("required", provision.required());
            optionalText(p, "consequence", provision.consequence());
        });
        return o;
    }

    private static ObjectNode purpose(Purpose purpose) {
        ObjectNode o = named(purpose.key(), purpose.name(), purpose.description());
        purpose.legalBasis().ifPresent(b -> o.set("legalBasis", legalBasis(b)));
        strings(o, "categories", purpose.categories());
        strings(o, "subjects", purpose.subjects());
        if (purpose.directMarketing()) {
            o.put("directMarketing", true);
        }
        optionalText(o, "objection", purpose.objection());
        purpose.specialCategoryCondition().ifPresent(c -> o.put("specialCategoryCondition", c.code()));
        purpose.identityCodeGround().ifPresent(g -> o.put("identityCodeGround", g.code()));
        optionalText(o, "criminalDataAuthorisation", purpose.criminalDataAuthorisation());
        if (!purpose.alternativeLegalBases().isEmpty()) {
            ArrayNode alternatives = o.putArray("alternativeLegalBases");
            purpose.alternativeLegalBases().forEach(basis -> alternatives.add(legalBasis(basis)));
        }
        return o;
    }

    /** A basis without texts is written as its code alone: {@code legalBasis: contract}. */
    private static JsonNode legalBasis(LegalBasis basis) {
        Optional<String> detailName = basis.kind().detailName();
        if (basis.detail().isEmpty() || detailName.isEmpty()) {
            return NODES.stringNode(basis.code());
        }
        ObjectNode b = NODES.objectNode();
        b.put("type", basis.code());
        optionalText(b, detailName.get(), basis.detail());
        return b;
    }

    private static ObjectNode source(Source source) {
        ObjectNode o = NODES.objectNode();
        o.put("type", source.code());
        return switch (source.kind()) {
            case DATA_SUBJECT -> ownSource(o, ((Source.DataSubject) source).description(), source.categories());
            case INTERNAL -> ownSource(o, ((Source.Internal) source).description(), source.categories());
            case EXTERNAL -> {
                Source.External s = (Source.External) source;
                o.set("name", text(s.name()));
                s.businessId().ifPresent(id -> o.put("businessId", id.toString()));
                optionalText(o, "supplies", s.supplies());
                optionalText(o, "reason", s.reason());
                strings(o, "categories", s.categories());
                if (s.publiclyAccessible()) {
                    o.put("publiclyAccessible", true);
                }
                yield o;
            }
        };
    }

    private static ObjectNode ownSource(ObjectNode o, LocalizedText description, List<String> categories) {
        o.set("description", text(description));
        strings(o, "categories", categories);
        return o;
    }

    private static ObjectNode disclosure(Disclosure disclosure) {
        ObjectNode o = NODES.objectNode();
        o.put("key", disclosure.key());
        o.set("recipient", text(disclosure.recipient()));
        disclosure.role().ifPresent(role -> o.put("role", role.code()));
        strings(o, "categories", disclosure.categories());
        strings(o, "purposes", disclosure.purposes());
        optionalText(o, "basis", disclosure.basis());
        disclosure.country().ifPresent(c -> o.put("country", c));
        return o;
    }

    private static ObjectNode transfers(Transfers transfers) {
        ObjectNode o = NODES.objectNode();
        o.put("type", transfers.code());
        return switch (transfers.kind()) {
            case NONE -> {
                optionalText(o, "statement", ((Transfers.None) transfers).statement());
                yield o;
            }
            case THIRD_COUNTRIES -> {
                list(o, "transfers", ((Transfers.ThirdCountries) transfers).transfers(), RegisterEncoder::transfer);
                yield o;
            }
            case MAY_OCCUR -> {
                Transfers.MayOccur may = (Transfers.MayOccur) transfers;
                optionalText(o, "statement", may.statement());
                strings(o, "safeguards", may.safeguards().stream().map(Safeguard::code).toList());
                yield o;
            }
        };
    }

    private static ObjectNode transfer(Transfer transfer) {
        ObjectNode o = NODES.objectNode();
        o.put("country", transfer.country());
        optionalText(o, "recipient", transfer.recipient());
        strings(o, "categories", transfer.categories());
        transfer.safeguard().ifPresent(s -> o.put("safeguard", s.code()));
        optionalText(o, "safeguardCopy", transfer.safeguardCopy());
        if (transfer.dataPrivacyFramework()) {
            o.put("dataPrivacyFramework", true);
        }
        return o;
    }

    private static ObjectNode retentionRule(RetentionRule rule) {
        ObjectNode o = NODES.objectNode();
        strings(o, "categories", rule.categories());
        rule.event().ifPresent(key -> o.put("eventKey", key));
        Retention retention = rule.retention();
        return switch (retention.kind()) {
            case AFTER_EVENT -> {
                Retention.AfterEvent after = (Retention.AfterEvent) retention;
                o.put("period", after.period().toString());
                o.set("event", text(after.event()));
                yield o;
            }
            case CRITERIA -> {
                o.set("criteria", text(((Retention.Criteria) retention).criteria()));
                yield o;
            }
            case FROM_COLLECTION -> {
                o.put("period", ((Retention.FromCollection) retention).period().toString());
                yield o;
            }
            case TIMED -> {
                Retention.Timed timed = (Retention.Timed) retention;
                o.put("period", timed.duration().toString());
                optionalText(o, "event", timed.event());
                yield o;
            }
            case UNTIL -> {
                Retention.Until until = (Retention.Until) retention;
                o.put("until", until.condition().code());
                optionalText(o, "description", until.description());
                yield o;
            }
        };
    }

    private static ObjectNode cookie(Cookie cookie) {
        ObjectNode o = NODES.objectNode();
        o.put("key", cookie.key());
        o.put("name", cookie.name());
        o.set("description", text(cookie.description()));
        if (cookie.strictlyNecessary()) {
            o.put("strictlyNecessary", true);
        }
        cookie.lifetime().ifPresent(lifetime -> o.put("lifetime", lifetime.toString()));
        if (cookie.thirdParty()) {
            o.put("thirdParty", true);
        }
        optionalText(o, "provider", cookie.provider());
        cookie.providerCountry().ifPresent(country -> o.put("providerCountry", country));
        strings(o, "purposes", cookie.purposes());
        return o;
    }

    private static ObjectNode security(SecurityMeasures security) {
        ObjectNode o = NODES.objectNode();
        optionalText(o, "general", security.general());
        optionalText(o, "electronic", security.electronic());
        optionalText(o, "manual", security.manual());
        return o;
    }

    private static ObjectNode automated(AutomatedDecisionMaking statement) {
        ObjectNode o = NODES.objectNode();
        o.put("type", statement.code());
        return switch (statement.kind()) {
            case NONE -> o;
            case USED -> {
                o.set("description", text(((AutomatedDecisionMaking.Used) statement).description()));
                yield o;
            }
        };
    }

    private static ObjectNode text(LocalizedText text) {
        ObjectNode o = NODES.objectNode();
        text.values().forEach((language, value) -> o.put(language.tag(), value));
        return o;
    }

    private static void optionalText(ObjectNode o, String name, Optional<LocalizedText> text) {
        text.ifPresent(t -> o.set(name, text(t)));
    }

    private static void strings(ObjectNode o, String name, List<String> values) {
        if (!values.isEmpty()) {
            ArrayNode array = o.putArray(name);
            values.forEach(array::add);
        }
    }

    private static <T> void list(ObjectNode o, String name, List<T> parts, java.util.function.Function<T, ObjectNode> encode) {
        if (!parts.isEmpty()) {
            ArrayNode array = o.putArray(name);
            parts.forEach(part -> array.add(encode.apply(part)));
        }
    }
}
