package fi.rekisteri.export.internal.format;

import fi.rekisteri.core.AutomatedDecisionMaking;
import fi.rekisteri.core.ContactDetails;
import fi.rekisteri.core.ContactPoint;
import fi.rekisteri.core.DataCategory;
import fi.rekisteri.core.DataSubjectCategory;
import fi.rekisteri.core.Disclosure;
import fi.rekisteri.core.DocumentMetadata;
import fi.rekisteri.core.IdentityCodeGround;
import fi.rekisteri.core.Language;
import fi.rekisteri.core.LegalBasis;
import fi.rekisteri.core.LocalizedText;
import fi.rekisteri.core.Organisation;
import fi.rekisteri.core.PostalAddress;
import fi.rekisteri.core.Problem;
import fi.rekisteri.core.Purpose;
import fi.rekisteri.core.RecipientRole;
import fi.rekisteri.core.Register;
import fi.rekisteri.core.RegisterPath;
import fi.rekisteri.core.RegisterValidationException;
import fi.rekisteri.core.Retention;
import fi.rekisteri.core.RetentionRule;
import fi.rekisteri.core.Safeguard;
import fi.rekisteri.core.SecurityMeasures;
import fi.rekisteri.core.Sensitivity;
import fi.rekisteri.core.Source;
import fi.rekisteri.core.SpecialCategoryCondition;
import fi.rekisteri.core.Topic;
import fi.rekisteri.core.Transfer;
import fi.rekisteri.core.Transfers;
import fi.rekisteri.core.identifier.BusinessId;
import fi.rekisteri.export.FormatError;
import fi.rekisteri.export.RegisterFormatException;
import fi.rekisteri.export.internal.format.Node.ArrayNode;
import fi.rekisteri.export.internal.format.Node.Member;
import fi.rekisteri.export.internal.format.Node.ObjectNode;
import fi.rekisteri.export.internal.format.Node.ScalarNode;
import fi.rekisteri.export.internal.format.Node.ScalarType;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.Objects;

/**
 * Turns a {@link Node} tree into a {@link Register}, collecting every error it can find before giving up. The
 * property names are those of {@link RegisterFormatNames}; paths in errors use them, as the core's
 * {@link Problem} paths do, so that a consistency problem found by {@link Register.Builder#build()} can be traced
 * back to its line and column.
 */
public final class RegisterDecoder {

    /** The names of the legal bases' texts ({@code withdrawal}, {@code law}, {@code interests}), in file order. */
    private static final List<String> BASIS_DETAILS = Arrays.stream(LegalBasis.Kind.values())
            .flatMap(kind -> kind.detailName().stream()).distinct().toList();

    private final String source;
    private final List<FormatError> errors = new ArrayList<>();

    private RegisterDecoder(String source) {
        this.source = source;
    }

    /**
     * Decodes a register.
     *
     * @param root the parsed document
     * @param source the file name errors are reported against
     * @throws RegisterFormatException with every error found, each with its line, column and path
     */
    public static Register decode(Node root, String source) {
        RegisterDecoder decoder = new RegisterDecoder(source);
        Optional<Register.Builder> builder = decoder.register(root);
        if (!decoder.errors.isEmpty() || builder.isEmpty()) {
            throw new RegisterFormatException(decoder.errors);
        }
        try {
            return builder.get().build();
        } catch (RegisterValidationException e) {
            for (Problem problem : e.problems()) {
                decoder.error(root.nearest(problem.location()), problem.location(), problem.message());
            }
            throw new RegisterFormatException(decoder.errors);
        }
    }

    // ---- the register ------------------------------------------------------------------------------------------

    private Optional<Register.Builder> register(Node root) {
        Optional<Obj> top = object(root, RegisterPath.root(), RegisterFormatNames.REGISTER);
        if (top.isEmpty()) {
            return Optional.empty();
        }
        Obj o = top.get();
        o.get("formatVersion").ifPresent(v -> {
            if (!(v instanceof ScalarNode s && s.type() == ScalarType.NUMBER
                    && s.text().equals(RegisterFormatNames.FORMAT_VERSION))) {
                error(v, o.path("formatVersion"), "unsupported format version " + describe(v) + "; this reader knows "
                        + RegisterFormatNames.FORMAT_VERSION);
            }
        });
        o.get("$schema").ifPresent(v -> scalarText(v, o.path("$schema")));
        Optional<String> key = text(o, "key", true);
        Optional<LocalizedText> name = localized(o, "name", true);
        Optional<Organisation> controller = o.required("controller")
                .flatMap(n -> organisation(n, o.path("controller")));

        Optional<Organisation> representative = o.get("representative")
                .flatMap(n -> organisation(n, o.path("representative")));
        Optional<ContactPoint> dpo = o.get("dataProtectionOfficer")
                .flatMap(n -> contactPoint(n, o.path("dataProtectionOfficer")));
        Optional<ContactPoint> contactPoint = o.get("contactPoint")
                .flatMap(n -> contactPoint(n, o.path("contactPoint")));
        List<DataSubjectCategory> subjects = list(o, "subjectCategories", this::subjectCategory);
        List<DataCategory> categories = list(o, "dataCategories", this::dataCategory);
        List<Purpose> purposes = list(o, "purposes", this::purpose);
        List<Source> sources = list(o, "sources", this::source);
        List<Disclosure> disclosures = list(o, "disclosures", this::disclosure);
        Optional<Transfers> transfers = o.get("transfers").flatMap(n -> transfers(n, o.path("transfers")));
        List<RetentionRule> retention = list(o, "retention", this::retentionRule);
        Optional<SecurityMeasures> security = o.get("security").flatMap(n -> security(n, o.path("security")));
        Optional<AutomatedDecisionMaking> automated = o.get("automatedDecisionMaking")
                .flatMap(n -> automatedDecisionMaking(n, o.path("automatedDecisionMaking")));
        Optional<LocalizedText> provision = localized(o, "provisionRequirement", false);
        Optional<DocumentMetadata> metadata = o.get("metadata").flatMap(n -> metadata(n, o.path("metadata")));
        Map<Topic, LocalizedText> introductions = o.get("introductions")
                .map(n -> introductions(n, o.path("introductions")))
                .orElse(Map.of());

        if (key.isEmpty() || name.isEmpty() || controller.isEmpty()) {
            return Optional.empty();
        }
        Optional<Register.Builder> started = construct(root, o.path("key"),
                () -> Register.builder(key.get(), name.get(), controller.get()));
        if (started.isEmpty()) {
            return Optional.empty();
        }
        Register.Builder b = started.get();
        representative.ifPresent(b::representative);
        dpo.ifPresent(b::dataProtectionOfficer);
        contactPoint.ifPresent(b::contactPoint);
        subjects.forEach(b::subjectCategory);
        categories.forEach(b::dataCategory);
        purposes.forEach(b::purpose);
        sources.forEach(b::source);
        disclosures.forEach(b::disclosure);
        transfers.ifPresent(b::transfers);
        retention.forEach(b::retention);
        security.ifPresent(b::security);
        automated.ifPresent(b::automatedDecisionMaking);
        provision.ifPresent(b::provisionRequirement);
        metadata.ifPresent(b::metadata);
        introductions.forEach(b::introduction);
        return Optional.of(b);
    }

    // ---- parts -------------------------------------------------------------------------------------------------

    private Optional<Organisation> organisation(Node node, RegisterPath path) {
        return object(node, path, RegisterFormatNames.ORGANISATION).flatMap(o -> {
            Optional<String> name = text(o, "name", true);
            Optional<BusinessId> businessId = businessId(o, "businessId");
            ContactDetails contact = contactDetails(o);
            return name.flatMap(n -> construct(node, path,
                    () -> new Organisation(n, businessId, contact)));
        });
    }

    private Optional<ContactPoint> contactPoint(Node node, RegisterPath path) {
        return object(node, path, RegisterFormatNames.CONTACT_POINT).flatMap(o -> {
            Optional<String> name = text(o, "name", true);
            ContactDetails contact = contactDetails(o);
            return name.flatMap(n -> construct(node, path, () -> new ContactPoint(n, contact)));
        });
    }

    private ContactDetails contactDetails(Obj o) {
        ContactDetails contact = ContactDetails.none();
        Optional<PostalAddress> address = o.get("address").flatMap(n -> address(n, o.path("address")));
        if (address.isPresent()) {
            contact = contact.withAddress(address.get());
        }
        contact = withText(o, "phone", contact, ContactDetails::withPhone);
        contact = withText(o, "email", contact, ContactDetails::withEmail);
        return withText(o, "website", contact, ContactDetails::withWebsite);
    }

    private ContactDetails withText(Obj o, String name, ContactDetails contact,
            BiFunction<ContactDetails, String, ContactDetails> with) {
        Optional<String> value = text(o, name, false);
        if (value.isEmpty()) {
            return contact;
        }
        return construct(o.node(name), o.path(name), () -> with.apply(contact, value.get())).orElse(contact);
    }

    private Optional<PostalAddress> address(Node node, RegisterPath path) {
        return object(node, path, RegisterFormatNames.ADDRESS).flatMap(o -> {
            Optional<String> street = text(o, "street", true);
            Optional<String> postalCode = text(o, "postalCode", true);
            Optional<String> city = text(o, "city", true);
            String country = text(o, "country", false).orElse("FI");
            if (street.isEmpty() || postalCode.isEmpty() || city.isEmpty()) {
                return Optional.empty();
            }
            return construct(o.has("country") ? o.node("country") : node, path,
                    () -> new PostalAddress(street.get(), postalCode.get(), city.get(), country));
        });
    }

    private Optional<BusinessId> businessId(Obj o, String name) {
        return text(o, name, false).flatMap(text -> construct(o.node(name), o.path(name),
                () -> BusinessId.parse(text)));
    }

    private Optional<DataSubjectCategory> subjectCategory(Node node, RegisterPath path) {
        return object(node, path, RegisterFormatNames.SUBJECT_CATEGORY).flatMap(o -> {
            Optional<String> key = text(o, "key", true);
            Optional<LocalizedText> name = localized(o, "name", true);
            Optional<LocalizedText> description = localized(o, "description", false);
            if (key.isEmpty() || name.isEmpty()) {
                return Optional.empty();
            }
            return construct(o.node("key"), o.path("key"),
                    () -> new DataSubjectCategory(key.get(), name.get(), description));
        });
    }

    private Optional<DataCategory> dataCategory(Node node, RegisterPath path) {
        return object(node, path, RegisterFormatNames.DATA_CATEGORY).flatMap(o -> {
            Optional<String> key = text(o, "key", true);
            Optional<LocalizedText> name = localized(o, "name", true);
            Optional<LocalizedText> description = localized(o, "description", false);
            Set<Sensitivity> sensitivities = EnumSet.noneOf(Sensitivity.class);
            sensitivities.addAll(codes(o, "sensitivities", Sensitivity.values(), Sensitivity::code));
            List<String> subjects = keys(o, "subjects");
            if (key.isEmpty() || name.isEmpty()) {
                return Optional.empty();
            }
            return construct(o.node("key"), o.path("key"),
                    () -> new DataCategory(key.get(), name.get(), description, sensitivities, subjects));
        });
    }

    private Optional<Purpose> purpose(Node node, RegisterPath path) {
        return object(node, path, RegisterFormatNames.PURPOSE).flatMap(o -> {
            Optional<String> key = text(o, "key", true);
            Optional<LocalizedText> name = localized(o, "name", true);
            Optional<LocalizedText> description = localized(o, "description", false);
            Optional<LegalBasis> basis = o.get("legalBasis").flatMap(n -> legalBasis(n, o.path("legalBasis")));
            List<String> categories = keys(o, "categories");
            List<String> subjects = keys(o, "subjects");
            boolean directMarketing = flag(o, "directMarketing");
            Optional<LocalizedText> objection = localized(o, "objection", false);
            Optional<SpecialCategoryCondition> condition = code(o, "specialCategoryCondition",
                    SpecialCategoryCondition.values(), SpecialCategoryCondition::code);
            Optional<IdentityCodeGround> ground = code(o, "identityCodeGround", IdentityCodeGround.values(),
                    IdentityCodeGround::code);
            Optional<LocalizedText> criminal = localized(o, "criminalDataAuthorisation", false);
            if (key.isEmpty() || name.isEmpty()) {
                return Optional.empty();
            }
            return construct(o.node("key"), o.path("key"), () -> new Purpose(key.get(), name.get(), description,
                    basis, categories, subjects, directMarketing, objection, condition, ground, criminal));
        });
    }

    private Optional<LegalBasis> legalBasis(Node node, RegisterPath path) {
        if (node instanceof ScalarNode) {
            return scalarText(node, path).flatMap(code -> legalBasisCode(node, path, code));
        }
        return object(node, path, RegisterFormatNames.LEGAL_BASIS).flatMap(o -> {
            Optional<String> type = text(o, "type", true);
            Map<String, Optional<LocalizedText>> details = new LinkedHashMap<>();
            for (String detail : BASIS_DETAILS) {
                details.put(detail, localized(o, detail, false));
            }
            Optional<LegalBasis.Kind> kind = type.flatMap(code -> legalBasisKind(o.node("type"), o.path("type"), code));
            if (kind.isEmpty()) {
                return Optional.empty();
            }
            // Each text belongs to one basis only; a text given to another basis would be silently lost.
            String code = kind.get().code();
            String allowed = kind.get().detailName().orElse("");
            for (String text : BASIS_DETAILS) {
                if (o.has(text) && !text.equals(allowed)) {
                    error(o.nameNode(text), o.path(text), "'" + text + "' does not apply to the legal basis '"
                            + code + "'" + (allowed.isEmpty() ? "" : "; it takes '" + allowed + "'"));
                }
            }
            return Optional.of(LegalBasis.of(kind.get(), details.getOrDefault(allowed, Optional.empty())));
        });
    }

    private Optional<LegalBasis> legalBasisCode(Node node, RegisterPath path, String code) {
        return legalBasisKind(node, path, code).map(kind -> LegalBasis.of(kind, Optional.empty()));
    }

    private Optional<LegalBasis.Kind> legalBasisKind(Node node, RegisterPath path, String code) {
        return code(node, path, code, LegalBasis.Kind.values(), LegalBasis.Kind::code);
    }

    private Optional<Source> source(Node node, RegisterPath path) {
        Optional<Source.Kind> type = discriminator(node, path, Source.Kind.values(), Source.Kind::code);
        if (type.isEmpty()) {
            return Optional.empty();
        }
        return switch (type.get()) {
            case DATA_SUBJECT, INTERNAL -> object(node, path, RegisterFormatNames.OWN_SOURCE).flatMap(o -> {
                Optional<LocalizedText> description = localized(o, "description", true);
                List<String> categories = keys(o, "categories");
                return description.map(d -> type.get() == Source.Kind.INTERNAL
                        ? new Source.Internal(d, categories)
                        : new Source.DataSubject(d, categories));
            });
            case EXTERNAL -> object(node, path, RegisterFormatNames.EXTERNAL_SOURCE).flatMap(o -> {
                Optional<LocalizedText> name = localized(o, "name", true);
                Optional<BusinessId> businessId = businessId(o, "businessId");
                Optional<LocalizedText> supplies = localized(o, "supplies", false);
                Optional<LocalizedText> reason = localized(o, "reason", false);
                List<String> categories = keys(o, "categories");
                boolean publiclyAccessible = flag(o, "publiclyAccessible");
                return name.map(n -> new Source.External(n, businessId, supplies, reason, categories,
                        publiclyAccessible));
            });
        };
    }

    private Optional<Disclosure> disclosure(Node node, RegisterPath path) {
        return object(node, path, RegisterFormatNames.DISCLOSURE).flatMap(o -> {
            Optional<String> key = text(o, "key", true);
            Optional<LocalizedText> recipient = localized(o, "recipient", true);
            RecipientRole role = code(o, "role", RecipientRole.values(), RecipientRole::code)
                    .orElse(RecipientRole.THIRD_PARTY);
            List<String> categories = keys(o, "categories");
            List<String> purposes = keys(o, "purposes");
            Optional<LocalizedText> basis = localized(o, "basis", false);
            Optional<String> country = text(o, "country", false);
            if (key.isEmpty() || recipient.isEmpty()) {
                return Optional.empty();
            }
            return construct(node, path, () -> new Disclosure(key.get(), recipient.get(), role, categories,
                    purposes, basis, country));
        });
    }

    private Optional<Transfers> transfers(Node node, RegisterPath path) {
        Optional<Transfers.Kind> type = discriminator(node, path, Transfers.Kind.values(), Transfers.Kind::code);
        if (type.isEmpty()) {
            return Optional.empty();
        }
        return switch (type.get()) {
            case NONE -> object(node, path, RegisterFormatNames.NO_TRANSFERS)
                    .map(o -> new Transfers.None(localized(o, "statement", false)));
            case THIRD_COUNTRIES -> object(node, path, RegisterFormatNames.THIRD_COUNTRY_TRANSFERS).flatMap(o -> {
                if (!o.has("transfers")) {
                    o.required("transfers");
                    return Optional.empty();
                }
                List<Transfer> list = list(o, "transfers", this::transfer);
                return construct(o.node("transfers"), o.path("transfers"), () -> new Transfers.ThirdCountries(list));
            });
        };
    }

    private Optional<Transfer> transfer(Node node, RegisterPath path) {
        return object(node, path, RegisterFormatNames.TRANSFER).flatMap(o -> {
            Optional<String> country = text(o, "country", true);
            Optional<LocalizedText> recipient = localized(o, "recipient", false);
            List<String> categories = keys(o, "categories");
            Optional<Safeguard> safeguard = code(o, "safeguard", Safeguard.values(), Safeguard::code);
            Optional<LocalizedText> copy = localized(o, "safeguardCopy", false);
            return country.flatMap(c -> construct(o.node("country"), o.path("country"),
                    () -> new Transfer(c, recipient, categories, safeguard, copy)));
        });
    }

    private Optional<RetentionRule> retentionRule(Node node, RegisterPath path) {
        return object(node, path, RegisterFormatNames.RETENTION_RULE).flatMap(o -> {
            List<String> categories = keys(o, "categories");
            Optional<Retention> retention;
            if (o.has("period") && o.has("criteria")) {
                error(o.nameNode("criteria"), o.path("criteria"),
                        "give either 'period' (with 'event') or 'criteria', not both");
                return Optional.empty();
            } else if (o.has("period")) {
                Optional<Period> period = text(o, "period", true).flatMap(text -> period(o, text));
                Optional<LocalizedText> event = localized(o, "event", true);
                retention = period.flatMap(p -> event.flatMap(e -> construct(o.node("period"), o.path("period"),
                        () -> Retention.after(p, e))));
            } else if (o.has("criteria")) {
                if (o.has("event")) {
                    error(o.nameNode("event"), o.path("event"), "'event' goes with 'period', not with 'criteria'");
                }
                retention = localized(o, "criteria", true).map(Retention::criteria);
            } else {
                error(node, path, "missing 'period' (with 'event') or 'criteria'");
                return Optional.empty();
            }
            if (!o.has("categories")) {
                o.required("categories");
                return Optional.empty();
            }
            return retention.flatMap(r -> construct(o.node("categories"), o.path("categories"),
                    () -> new RetentionRule(categories, r)));
        });
    }

    private Optional<Period> period(Obj o, String text) {
        try {
            return Optional.of(Period.parse(text));
        } catch (DateTimeParseException e) {
            error(o.node("period"), o.path("period"), "'" + text
                    + "' is not an ISO 8601 period such as P6M (six months) or P6Y (six years)");
            return Optional.empty();
        }
    }

    private Optional<SecurityMeasures> security(Node node, RegisterPath path) {
        return object(node, path, RegisterFormatNames.SECURITY).map(o -> new SecurityMeasures(
                localized(o, "general", false), localized(o, "manual", false), localized(o, "electronic", false)));
    }

    private Optional<AutomatedDecisionMaking> automatedDecisionMaking(Node node, RegisterPath path) {
        Optional<AutomatedDecisionMaking.Kind> type = discriminator(node, path, AutomatedDecisionMaking.Kind.values(),
                AutomatedDecisionMaking.Kind::code);
        if (type.isEmpty()) {
            return Optional.empty();
        }
        return switch (type.get()) {
            case NONE ->
                    object(node, path, RegisterFormatNames.AUTOMATED_NONE).map(o -> AutomatedDecisionMaking.none());
            case USED -> object(node, path, RegisterFormatNames.AUTOMATED_USED)
                    .flatMap(o -> localized(o, "description", true).map(AutomatedDecisionMaking::used));
        };
    }

    private Optional<DocumentMetadata> metadata(Node node, RegisterPath path) {
        return object(node, path, RegisterFormatNames.METADATA).flatMap(o -> {
            Optional<String> version = text(o, "version", false);
            Optional<LocalDate> date = text(o, "date", false).flatMap(text -> {
                try {
                    return Optional.of(LocalDate.parse(text));
                } catch (DateTimeParseException e) {
                    error(o.node("date"), o.path("date"), "'" + text + "' is not a date as YYYY-MM-DD");
                    return Optional.empty();
                }
            });
            return construct(node, path, () -> new DocumentMetadata(version, date));
        });
    }

    private Map<Topic, LocalizedText> introductions(Node node, RegisterPath path) {
        Map<Topic, LocalizedText> introductions = new EnumMap<>(Topic.class);
        List<String> topics = Arrays.stream(Topic.values()).map(Topic::code).toList();
        object(node, path, new LinkedHashSet<>(topics)).ifPresent(o -> {
            for (Topic topic : Topic.values()) {
                localized(o, topic.code(), false).ifPresent(text -> introductions.put(topic, text));
            }
        });
        return introductions;
    }

    // ---- values ------------------------------------------------------------------------------------------------

    private Optional<LocalizedText> localized(Obj o, String name, boolean required) {
        Optional<Node> value = required ? o.required(name) : o.get(name);
        return value.flatMap(node -> localized(node, o.path(name)));
    }

    private Optional<LocalizedText> localized(Node node, RegisterPath path) {
        Set<String> languages = new LinkedHashSet<>();
        for (Language language : Language.values()) {
            languages.add(language.tag());
        }
        return object(node, path, languages).flatMap(o -> {
            Map<Language, String> values = new EnumMap<>(Language.class);
            for (Language language : Language.values()) {
                text(o, language.tag(), false).ifPresent(text -> {
                    if (text.isBlank()) {
                        error(o.node(language.tag()), o.path(language.tag()), "the text is blank");
                    } else {
                        values.put(language, text);
                    }
                });
            }
            if (values.isEmpty()) {
                if (o.node.members().isEmpty()) {
                    error(node, path, "a text needs at least one of fi, sv, en");
                }
                return Optional.empty();
            }
            return Optional.of(new LocalizedText(values));
        });
    }

    private Optional<String> text(Obj o, String name, boolean required) {
        Optional<Node> value = required ? o.required(name) : o.get(name);
        return value.flatMap(node -> scalarText(node, o.path(name)));
    }

    private Optional<String> scalarText(Node node, RegisterPath path) {
        if (node instanceof ScalarNode s && s.type() == ScalarType.STRING) {
            return Optional.of(s.text());
        }
        String hint = node instanceof ScalarNode ? ": put it in quotes" : "";
        error(node, path, "expected a text, found " + describe(node) + hint);
        return Optional.empty();
    }

    private boolean flag(Obj o, String name) {
        return o.get(name).map(node -> {
            if (node instanceof ScalarNode s && s.type() == ScalarType.BOOLEAN) {
                return Boolean.parseBoolean(s.text());
            }
            error(node, o.path(name), "expected true or false, found " + describe(node));
            return false;
        }).orElse(false);
    }

    private List<String> keys(Obj o, String name) {
        return o.get(name).map(node -> stringList(node, o.path(name))).orElse(List.of());
    }

    private List<String> stringList(Node node, RegisterPath path) {
        if (!(node instanceof ArrayNode array)) {
            error(node, path, "expected a list, found " + describe(node));
            return List.of();
        }
        List<String> values = new ArrayList<>();
        for (int i = 0; i < array.items().size(); i++) {
            scalarText(array.items().get(i), path.index(i)).ifPresent(values::add);
        }
        return values;
    }

    private <E> Optional<E> code(Obj o, String name, E[] values, Function<E, String> code) {
        return text(o, name, false).flatMap(text -> code(o.node(name), o.path(name), text, values, code));
    }

    private <E> Optional<E> code(Node node, RegisterPath path, String text, E[] values, Function<E, String> code) {
        for (E value : values) {
            if (code.apply(value).equals(text)) {
                return Optional.of(value);
            }
        }
        error(node, path, unknownValue(text, Arrays.stream(values).map(code).toList()));
        return Optional.empty();
    }

    private <E> List<E> codes(Obj o, String name, E[] values, Function<E, String> code) {
        if (!o.has(name)) {
            return List.of();
        }
        Node node = o.node(name);
        RegisterPath path = o.path(name);
        if (!(node instanceof ArrayNode array)) {
            error(node, path, "expected a list, found " + describe(node));
            return List.of();
        }
        List<E> result = new ArrayList<>();
        for (int i = 0; i < array.items().size(); i++) {
            Node item = array.items().get(i);
            RegisterPath itemPath = path.index(i);
            scalarText(item, itemPath).flatMap(text -> code(item, itemPath, text, values, code)).ifPresent(result::add);
        }
        return result;
    }

    /** The variant an object's {@code type} names, one of {@code kinds} by their codes. */
    private <K> Optional<K> discriminator(Node node, RegisterPath path, K[] kinds, Function<K, String> code) {
        if (!(node instanceof ObjectNode object)) {
            error(node, path, "expected an object, found " + describe(node));
            return Optional.empty();
        }
        Member type = object.members().get("type");
        if (type == null) {
            error(node, path, "missing required property 'type'; expected one of "
                    + String.join(", ", Arrays.stream(kinds).map(code).toList()));
            return Optional.empty();
        }
        return scalarText(type.value(), path.property("type"))
                .flatMap(text -> code(type.value(), path.property("type"), text, kinds, code));
    }

    private <T> List<T> list(Obj o, String name, BiFunction<Node, RegisterPath, Optional<T>> item) {
        if (!o.has(name)) {
            return List.of();
        }
        Node node = o.node(name);
        if (!(node instanceof ArrayNode array)) {
            error(node, o.path(name), "expected a list, found " + describe(node));
            return List.of();
        }
        List<T> result = new ArrayList<>();
        for (int i = 0; i < array.items().size(); i++) {
            item.apply(array.items().get(i), o.path(name).index(i)).ifPresent(result::add);
        }
        return result;
    }

    /** Runs a model constructor; its {@link IllegalArgumentException} becomes an error at {@code node}. */
    private <T> Optional<T> construct(Node node, RegisterPath path, Supplier<T> constructor) {
        try {
            return Optional.of(constructor.get());
        } catch (IllegalArgumentException e) {
            error(node, path, String.valueOf(e.getMessage()));
            return Optional.empty();
        }
    }

    private Optional<Obj> object(Node node, RegisterPath path, Set<String> allowed) {
        if (!(node instanceof ObjectNode object)) {
            error(node, path, "expected an object, found " + describe(node));
            return Optional.empty();
        }
        object.members().forEach((name, member) -> {
            if (!allowed.contains(name)) {
                error(member.value(), path.property(name), "unknown property '" + name + "'; expected one of "
                        + String.join(", ", allowed));
            }
        });
        return Optional.of(new Obj(object, path));
    }

    private void error(Node node, RegisterPath path, String message) {
        errors.add(new FormatError(source, node.location().line(), node.location().column(), path.toString(),
                message));
    }

    private static String unknownValue(String value, List<String> expected) {
        return "unknown value '" + value + "'; expected one of " + String.join(", ", expected);
    }

    private static String describe(Node node) {
        if (node instanceof ScalarNode s && s.type() != ScalarType.NULL) {
            return s.kind() + " (" + s.text() + ")";
        }
        return node.kind();
    }

    /** An object being read, with its path. */
    private final class Obj {
        private final ObjectNode node;
        private final RegisterPath path;

        Obj(ObjectNode node, RegisterPath path) {
            this.node = node;
            this.path = path;
        }

        RegisterPath path(String name) {
            return path.property(name);
        }

        boolean has(String name) {
            return node.members().containsKey(name);
        }

        /** An absent property and an explicit {@code null} both mean "not given". */
        Optional<Node> get(String name) {
            Member member = node.members().get(name);
            if (member == null || (member.value() instanceof ScalarNode s && s.type() == ScalarType.NULL)) {
                return Optional.empty();
            }
            return Optional.of(member.value());
        }

        Optional<Node> required(String name) {
            Optional<Node> value = get(name);
            if (value.isEmpty()) {
                error(has(name) ? node(name) : node, path(name), "missing required property '" + name + "'");
            }
            return value;
        }

        Node node(String name) {
            return member(name).value();
        }

        /** A node standing for where the property's name is written, for errors about the property itself. */
        Node nameNode(String name) {
            return new ScalarNode(ScalarType.STRING, name, member(name).nameLocation());
        }

        private Member member(String name) {
            return Objects.requireNonNull(node.members().get(name), name);
        }
    }
}
