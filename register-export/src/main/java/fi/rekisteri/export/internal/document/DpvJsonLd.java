package fi.rekisteri.export.internal.document;

import fi.rekisteri.core.AutomatedDecisionMaking;
import fi.rekisteri.core.ContactDetails;
import fi.rekisteri.core.ContactPoint;
import fi.rekisteri.core.Cookie;
import fi.rekisteri.core.DataCategory;
import fi.rekisteri.core.DataSubjectCategory;
import fi.rekisteri.core.Disclosure;
import fi.rekisteri.core.DocumentMetadata;
import fi.rekisteri.core.Language;
import fi.rekisteri.core.LegalBasis;
import fi.rekisteri.core.LocalizedText;
import fi.rekisteri.core.Organisation;
import fi.rekisteri.core.Purpose;
import fi.rekisteri.core.Register;
import fi.rekisteri.core.Retention;
import fi.rekisteri.core.RetentionRule;
import fi.rekisteri.core.RightsRestriction;
import fi.rekisteri.core.Safeguard;
import fi.rekisteri.core.Sensitivity;
import fi.rekisteri.core.Source;
import fi.rekisteri.core.Transfer;
import fi.rekisteri.core.Transfers;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import org.jspecify.annotations.Nullable;

/**
 * The register as JSON-LD in the W3C Data Privacy Vocabulary (DPV 2.3): a {@code dpv:Process} with its purposes,
 * legal bases, personal data, data subjects, recipients, sources, storage conditions, transfers and measures. Our
 * keys map to DPV terms through {@code dpv-terms.properties}; every part also gets a node in the register's own
 * namespace ({@code urn:rekisteri:KEY:}) carrying its texts, and a fact DPV has no term for is written with a term
 * of our own {@link #VOCABULARY}, so nothing is dropped (docs/json-ld.md lists both). The context is inline, so a
 * consumer needs no network to read it.
 */
public final class DpvJsonLd {

    /**
     * The namespace of our own terms, for facts the DPV modules in use have no term for; docs/json-ld.md lists each.
     * Not under {@code urn:rekisteri:KEY:}, which holds a register's own nodes: the {@code #} keeps it apart from any
     * register key.
     */
    public static final String VOCABULARY = "urn:rekisteri:vocab#";

    /** The namespace of each prefix the documents use (the consent records too). */
    private static final Map<String, String> NAMESPACES = Map.ofEntries(
            Map.entry("dpv", "https://w3id.org/dpv#"),
            Map.entry("pd", "https://w3id.org/dpv/pd#"),
            Map.entry("eu-gdpr", "https://w3id.org/dpv/legal/eu/gdpr#"),
            Map.entry("legal-eu", "https://w3id.org/dpv/legal/eu#"),
            Map.entry("loc", "https://w3id.org/dpv/loc#"),
            Map.entry("dct", "http://purl.org/dc/terms/"),
            Map.entry("rdfs", "http://www.w3.org/2000/01/rdf-schema#"),
            Map.entry("skos", "http://www.w3.org/2004/02/skos/core#"),
            Map.entry("xsd", "http://www.w3.org/2001/XMLSchema#"),
            Map.entry("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#"),
            Map.entry("rek", VOCABULARY));

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Properties TERMS = terms();

    private final Register register;
    private final String base;

    private DpvJsonLd(Register register) {
        this.register = register;
        this.base = base(register.key());
    }

    /** The register as one JSON-LD document. */
    public static ObjectNode of(Register register) {
        return new DpvJsonLd(register).document();
    }

    private ObjectNode document() {
        ObjectNode doc = NODES.objectNode();
        ObjectNode context = doc.putObject("@context");
        prefixes(context, "dpv", "pd", "eu-gdpr", "legal-eu", "loc", "dct", "rdfs", "skos", "xsd", "rdf", "rek");
        context.put("reg", base);

        ObjectNode process = doc;
        process.put("@id", "reg:register");
        types(process, "dpv:Process");
        texts(process, "dct:title", register.name());
        process.set("dpv:hasApplicableLaw", ids("legal-eu:law-GDPR"));
        process.set("dpv:hasJurisdiction", ids("loc:FI"));

        notice(process);
        process.set("dpv:hasDataController", controller("reg:controller", register.controller()));
        register.representative().ifPresent(r -> {
            ObjectNode node = organisation("reg:representative", r, "dpv:Representative");
            process.set("dpv:hasRepresentative", node);
        });
        register.dataProtectionOfficer().ifPresent(d ->
                process.set("dpv:hasDataProtectionOfficer", contactPoint("reg:dpo", d, "dpv:DataProtectionOfficer")));
        if (!register.contactPoints().isEmpty()) {
            ArrayNode points = process.putArray("rek:hasContactPoint");
            for (int i = 0; i < register.contactPoints().size(); i++) {
                points.add(contactPoint("reg:contact-point/" + i, register.contactPoints().get(i), "dpv:Entity"));
            }
        }
        register.jointControl().ifPresent(joint -> {
            ObjectNode group = process.putObject("dpv:hasJointDataControllers");
            group.put("@id", "reg:joint-controllers");
            types(group, "dpv:JointDataControllers");
            ArrayNode members = group.putArray("dpv:hasDataController");
            members.add(controller("reg:controller", register.controller()));
            for (int i = 0; i < joint.controllers().size(); i++) {
                members.add(controller("reg:joint-controller-" + (i + 1), joint.controllers().get(i)));
            }
            joint.essence().ifPresent(essence -> texts(group, "dct:description", essence));
            joint.contactPoint().ifPresent(c -> group.set("rek:hasContactPoint",
                    contactPoint("reg:joint-controllers/contact-point", c, "dpv:Entity")));
        });
        if (!register.rightsRestrictions().isEmpty()) {
            ArrayNode restrictions = process.putArray("rek:hasRightsRestriction");
            for (int i = 0; i < register.rightsRestrictions().size(); i++) {
                restrictions.add(rightsRestriction(register.rightsRestrictions().get(i), i));
            }
        }
        register.provisionRequirement().ifPresent(t -> texts(process, "rek:provisionRequirement", t));

        ArrayNode purposes = process.putArray("dpv:hasPurpose");
        register.purposes().forEach(p -> purposes.add(purpose(p)));

        Set<String> bases = new LinkedHashSet<>();
        register.purposes().forEach(p -> {
            p.legalBasis().ifPresent(b -> bases.add(basis(b)));
            p.alternativeLegalBases().forEach(b -> bases.add(basis(b)));
        });
        process.set("dpv:hasLegalBasis", ids(bases.toArray(String[]::new)));

        ArrayNode data = process.putArray("dpv:hasPersonalData");
        register.dataCategories().forEach(c -> data.add(category(c)));

        ArrayNode subjects = process.putArray("dpv:hasDataSubject");
        register.subjectCategories().forEach(s -> subjects.add(subject(s)));

        ArrayNode recipients = process.putArray("dpv:hasRecipient");
        register.disclosures().forEach(d -> recipients.add(recipient(d)));
        register.noDisclosures().ifPresent(none -> {
            ObjectNode node = node("no-disclosures", "rek:NoDisclosures", Optional.empty());
            none.statement().ifPresent(t -> texts(node, "rdfs:label", t));
            process.set("rek:noDisclosures", node);
        });

        ArrayNode sources = process.putArray("dpv:hasDataSource");
        for (int i = 0; i < register.sources().size(); i++) {
            sources.add(source(register.sources().get(i), i));
        }

        ArrayNode storage = process.putArray("dpv:hasStorageCondition");
        for (int i = 0; i < register.retention().size(); i++) {
            storage.add(storage(register.retention().get(i), i));
        }

        ArrayNode processing = process.putArray("dpv:hasProcessing");
        if (register.transfers().orElse(null) instanceof Transfers.ThirdCountries third) {
            for (int i = 0; i < third.transfers().size(); i++) {
                processing.add(transfer(third.transfers().get(i), i));
            }
        }
        if (register.transfers().orElse(null) instanceof Transfers.MayOccur may) {
            processing.add(possibleTransfer(may));
        }
        if (register.transfers().orElse(null) instanceof Transfers.None none) {
            ObjectNode node = node("no-transfers", "rek:NoTransfers", Optional.empty());
            none.statement().ifPresent(t -> texts(node, "rdfs:label", t));
            process.set("rek:noTransfers", node);
        }
        register.automatedDecisionMaking().ifPresent(statement -> {
            switch (statement.kind()) {
                case USED -> {
                    ObjectNode node = node("automated-decision-making", "dpv:AutomatedDecisionMaking",
                            Optional.empty());
                    texts(node, "dct:description", ((AutomatedDecisionMaking.Used) statement).description());
                    process.set("dpv:hasContext", node);
                }
                case NONE -> process.put("rek:noAutomatedDecisionMaking", true);
            }
        });

        if (!register.cookies().isEmpty()) {
            ArrayNode cookies = process.putArray("dpv:isImplementedUsingTechnology");
            register.cookies().forEach(c -> cookies.add(cookie(c)));
        }

        ArrayNode measures = process.putArray("dpv:hasTechnicalOrganisationalMeasure");
        register.security().general().ifPresent(t -> measures.add(measure("general", t)));
        register.security().electronic().ifPresent(t -> measures.add(measure("electronic", t)));
        register.security().manual().ifPresent(t -> measures.add(measure("manual", t)));
        return doc;
    }

    /**
     * The DPV types of a purpose: {@code dpv:Purpose}, the term its key maps to, and {@code dpv:DirectMarketing} for a
     * purpose of direct marketing, each once.
     */
    public static List<String> purposeTypes(Purpose purpose) {
        Set<String> types = new LinkedHashSet<>();
        types.add("dpv:Purpose");
        mapped("purpose." + purpose.key(), null).ifPresent(types::add);
        if (purpose.directMarketing()) {
            types.add("dpv:DirectMarketing");
        }
        return List.copyOf(types);
    }

    private ObjectNode purpose(Purpose purpose) {
        ObjectNode node = NODES.objectNode();
        node.put("@id", "reg:purpose/" + purpose.key());
        ArrayNode purposeTypes = node.putArray("@type");
        purposeTypes(purpose).forEach(purposeTypes::add);
        texts(node, "rdfs:label", purpose.name());
        purpose.description().ifPresent(d -> texts(node, "dct:description", d));
        List<String> purposeBases = new ArrayList<>();
        purpose.legalBasis().ifPresent(b -> purposeBases.add(basis(b)));
        purpose.alternativeLegalBases().forEach(b -> purposeBases.add(basis(b)));
        if (!purposeBases.isEmpty()) {
            node.set("dpv:hasLegalBasis", ids(purposeBases.toArray(String[]::new)));
        }
        // DPV cannot say "one of these": the alternatives are legal bases above and marked as undecided here.
        if (!purpose.alternativeLegalBases().isEmpty()) {
            node.set("rek:hasAlternativeLegalBasis", ids(purpose.alternativeLegalBases().stream()
                    .map(DpvJsonLd::basis).toArray(String[]::new)));
        }
        ArrayNode details = NODES.arrayNode();
        purpose.legalBasis().ifPresent(b -> basisDetail(details, b));
        purpose.alternativeLegalBases().forEach(b -> basisDetail(details, b));
        if (!details.isEmpty()) {
            node.set("rek:hasLegalBasisDetail", details);
        }
        ArrayNode data = node.putArray("dpv:hasPersonalData");
        register.categoriesCoveredBy(purpose).forEach(c -> data.add(ref("category/" + c.key())));
        subjects(node, purpose.subjects());
        purpose.objection().ifPresent(t -> texts(node, "rek:objection", t));
        purpose.specialCategoryCondition().ifPresent(c -> node.set("rek:specialCategoryCondition",
                ids("eu-gdpr:A" + c.article().replace("(", "-").replace(")", ""))));
        purpose.identityCodeGround().ifPresent(g -> node.put("rek:identityCodeGround", g.code()));
        purpose.criminalDataAuthorisation().ifPresent(t -> texts(node, "rek:criminalDataAuthorisation", t));
        return node;
    }

    /**
     * What the register says of a basis (the consent's withdrawal, the law, the legitimate interest), beside the
     * basis it belongs to, since a DPV legal basis is a shared concept that cannot carry a register's text.
     */
    private static void basisDetail(ArrayNode details, LegalBasis basis) {
        Optional<LocalizedText> text = switch (basis.kind()) {
            case CONSENT -> ((LegalBasis.Consent) basis).withdrawal();
            case LEGAL_OBLIGATION -> ((LegalBasis.LegalObligation) basis).law();
            case PUBLIC_TASK -> ((LegalBasis.PublicTask) basis).law();
            case LEGITIMATE_INTERESTS -> ((LegalBasis.LegitimateInterests) basis).interests();
            case CONTRACT, VITAL_INTERESTS -> Optional.empty();
        };
        text.ifPresent(t -> {
            ObjectNode detail = details.addObject();
            detail.set("dpv:hasLegalBasis", ids(basis(basis)));
            texts(detail, "dct:description", t);
        });
    }

    private ObjectNode category(DataCategory category) {
        ObjectNode node = node("category/" + category.key(), "dpv:PersonalData",
                mapped("category." + category.key(),
                        category.is(Sensitivity.SPECIAL_CATEGORY) ? "dpv:SpecialCategoryPersonalData" : null));
        if (category.is(Sensitivity.SPECIAL_CATEGORY) && !types(node).contains("dpv:SpecialCategoryPersonalData")) {
            node.withArray("@type").add("dpv:SpecialCategoryPersonalData");
        }
        texts(node, "rdfs:label", category.name());
        category.description().ifPresent(d -> texts(node, "dct:description", d));
        category.parentKey().ifPresent(parent -> node.set("skos:broader", ref("category/" + parent)));
        if (!category.sensitivities().isEmpty()) {
            ArrayNode codes = node.putArray("rek:sensitivity");
            category.sensitivities().stream().map(Sensitivity::code).sorted().forEach(codes::add);
        }
        subjects(node, category.subjects());
        category.provision().ifPresent(provision -> {
            node.set("dpv:hasNecessity", ids(provision.required() ? "dpv:Required" : "dpv:Optional"));
            provision.consequence().ifPresent(consequence -> {
                ObjectNode failure = node.putObject("dpv:hasConsequence");
                failure.put("@id", "reg:category/" + category.key() + "/consequence");
                types(failure, "dpv:ConsequenceOfFailure");
                texts(failure, "dct:description", consequence);
            });
        });
        return node;
    }

    private ObjectNode subject(DataSubjectCategory subject) {
        ObjectNode node = node("subject/" + subject.key(), "dpv:DataSubject", mapped("subject." + subject.key(), null));
        texts(node, "rdfs:label", subject.name());
        if (subject.includesChildren() && !types(node).contains("dpv:Child")) {
            node.withArray("@type").add("dpv:Child");
        }
        subject.description().ifPresent(d -> texts(node, "dct:description", d));
        subject.guardianConsent().ifPresent(t -> texts(node, "rek:guardianConsent", t));
        return node;
    }

    private ObjectNode recipient(Disclosure disclosure) {
        Optional<String> role = disclosure.role().map(stated -> switch (stated) {
            case CONTROLLER -> "dpv:DataController";
            case PROCESSOR -> "dpv:DataProcessor";
            case PUBLIC_AUTHORITY -> "dpv:Authority";
            case THIRD_PARTY -> "dpv:ThirdParty";
        });
        ObjectNode node = node("recipient/" + disclosure.key(), "dpv:Recipient", role);
        texts(node, "rdfs:label", disclosure.recipient());
        disclosure.country().ifPresent(c -> node.set("dpv:hasCountry", ids("loc:" + c)));
        categories(node, disclosure.categories());
        if (!disclosure.purposes().isEmpty()) {
            ArrayNode purposes = node.putArray("dpv:hasPurpose");
            disclosure.purposes().forEach(key -> purposes.add(ref("purpose/" + key)));
        }
        disclosure.basis().ifPresent(t -> texts(node, "rek:disclosureBasis", t));
        return node;
    }

    /**
     * The subject as a source is DPV's own {@code dpv:DataSubjectDataSource}; the others are nodes of the register's,
     * sourced from the controller or a third party.
     */
    private ObjectNode source(Source source, int index) {
        ObjectNode node = switch (source.kind()) {
            case DATA_SUBJECT -> {
                ObjectNode subject = node("source/" + index, "dpv:DataSource",
                        Optional.of("dpv:DataSubjectDataSource"));
                texts(subject, "rdfs:label", ((Source.DataSubject) source).description());
                yield subject;
            }
            case INTERNAL -> {
                ObjectNode internal = node("source/" + index, "dpv:DataSource",
                        Optional.of("dpv:DataControllerDataSource"));
                texts(internal, "rdfs:label", ((Source.Internal) source).description());
                yield internal;
            }
            case EXTERNAL -> {
                Source.External s = (Source.External) source;
                ObjectNode external = node("source/" + index, "dpv:DataSource",
                        Optional.of("dpv:ThirdPartyDataSource"));
                texts(external, "rdfs:label", s.name());
                s.businessId().ifPresent(id -> external.put("dpv:hasIdentifier", id.toString()));
                s.supplies().ifPresent(t -> texts(external, "dct:description", t));
                s.reason().ifPresent(t -> texts(external, "rek:sourceReason", t));
                if (s.publiclyAccessible()) {
                    external.put("rek:publiclyAccessible", true);
                }
                yield external;
            }
        };
        categories(node, switch (source.kind()) {
            case DATA_SUBJECT -> ((Source.DataSubject) source).categories();
            case INTERNAL -> ((Source.Internal) source).categories();
            case EXTERNAL -> ((Source.External) source).categories();
        });
        return node;
    }

    /** The data categories a part concerns, as references to their nodes; none written when it names none. */
    private void categories(ObjectNode node, List<String> keys) {
        if (!keys.isEmpty()) {
            ArrayNode data = node.putArray("dpv:hasPersonalData");
            keys.forEach(key -> data.add(ref("category/" + key)));
        }
    }

    /** The data subject groups a part concerns, as references to their nodes. */
    private void subjects(ObjectNode node, List<String> keys) {
        if (!keys.isEmpty()) {
            ArrayNode subjects = node.putArray("dpv:hasDataSubject");
            keys.forEach(key -> subjects.add(ref("subject/" + key)));
        }
    }

    private ObjectNode storage(RetentionRule rule, int index) {
        ObjectNode node = node("retention/" + index, "dpv:StorageDeletion", Optional.empty());
        ObjectNode duration = node.putObject("dpv:hasDuration");
        Retention retention = rule.retention();
        LocalizedText label = switch (retention.kind()) {
            case AFTER_EVENT -> {
                Retention.AfterEvent after = (Retention.AfterEvent) retention;
                types(duration, "dpv:UntilEventDuration");
                ObjectNode value = duration.putObject("rdf:value");
                value.put("@value", after.period().toString());
                value.put("@type", "xsd:duration");
                yield after.event();
            }
            case CRITERIA -> {
                types(duration, "dpv:Duration");
                yield ((Retention.Criteria) retention).criteria();
            }
            case FROM_COLLECTION -> {
                types(duration, "dpv:TemporalDuration");
                isoDuration(duration, ((Retention.FromCollection) retention).period().toString());
                yield Retention.FromCollection.COLLECTION;
            }
            case TIMED -> {
                Retention.Timed timed = (Retention.Timed) retention;
                types(duration, timed.event().isPresent() ? "dpv:UntilEventDuration" : "dpv:TemporalDuration");
                isoDuration(duration, timed.duration().toString());
                yield timed.event().orElse(Retention.FromCollection.COLLECTION);
            }
            case UNTIL -> {
                types(duration, "dpv:UntilEventDuration");
                duration.put("rek:untilCondition", ((Retention.Until) retention).condition().code());
                yield ((Retention.Until) retention).text();
            }
        };
        texts(duration, "rdfs:label", label);
        ArrayNode data = node.putArray("dpv:hasPersonalData");
        rule.categories().forEach(key -> data.add(ref("category/" + key)));
        return node;
    }

    private ObjectNode transfer(Transfer transfer, int index) {
        ObjectNode node = node("transfer/" + index, "dpv:CrossBorderTransfer", Optional.empty());
        node.set("dpv:hasThirdCountry", ids("loc:" + transfer.country()));
        transfer.recipient().ifPresent(r -> texts(node, "rdfs:label", r));
        transfer.safeguard().filter(s -> !s.isInvalidated()).ifPresent(s -> safeguard(node, List.of(s)));
        transfer.safeguard().filter(Safeguard::isInvalidated).ifPresent(s -> invalidated(node, List.of(s)));
        transfer.safeguardCopy().ifPresent(t -> texts(node, "rek:safeguardCopy", t));
        if (transfer.dataPrivacyFramework()) {
            node.put("rek:certifiedUnderDataPrivacyFramework", true);
        }
        categories(node, transfer.categories());
        return node;
    }

    /** Transfers that may occur to countries the register does not name: the transfer, its safeguards, no country. */
    private ObjectNode possibleTransfer(Transfers.MayOccur may) {
        ObjectNode node = node("transfer/unspecified", "dpv:CrossBorderTransfer", Optional.of("rek:PossibleTransfer"));
        may.statement().ifPresent(statement -> texts(node, "rdfs:label", statement));
        List<Safeguard> valid = may.safeguards().stream().filter(s -> !s.isInvalidated()).toList();
        if (!valid.isEmpty()) {
            safeguard(node, valid);
        }
        invalidated(node, may.safeguards().stream().filter(Safeguard::isInvalidated).toList());
        return node;
    }

    /**
     * An invalidated mechanism the register names (Safe Harbor, Privacy Shield) is no legal basis nor measure, but a
     * fact of the statement, kept as our own term.
     */
    private static void invalidated(ObjectNode node, List<Safeguard> mechanisms) {
        if (!mechanisms.isEmpty()) {
            node.set("rek:namesInvalidatedMechanism", ids(mechanisms.stream()
                    .map(s -> s == Safeguard.SAFE_HARBOR ? "rek:SafeHarbor" : "rek:PrivacyShield")
                    .toArray(String[]::new)));
        }
    }

    /** The safeguards' legal bases and measures; an invalidated mechanism is neither, so it is never passed here. */
    private static void safeguard(ObjectNode node, List<Safeguard> safeguards) {
        node.set("dpv:hasLegalBasis", ids(safeguards.stream().map(s -> "eu-gdpr:" + article(s))
                .toArray(String[]::new)));
        ArrayNode measures = NODES.arrayNode();
        safeguards.forEach(s -> types(measures.addObject(), measure(s)));
        node.set("dpv:hasTechnicalOrganisationalMeasure", measures.size() == 1 ? measures.get(0) : measures);
    }

    private static String measure(Safeguard s) {
        return switch (s) {
            case ADEQUACY_DECISION -> "eu-gdpr:AdequacyDecision";
            case STANDARD_CONTRACTUAL_CLAUSES -> "eu-gdpr:SCCByCommission";
            case BINDING_CORPORATE_RULES -> "eu-gdpr:BindingCorporateRules";
            case CODE_OF_CONDUCT -> "eu-gdpr:CodesOfConductForDataTransfers";
            case CERTIFICATION -> "eu-gdpr:CertificationMechanismsForDataTransfers";
            case AUTHORISED_CONTRACTUAL_CLAUSES -> "eu-gdpr:AdHocContractualClauses";
            // DPV has no term of its own for these; listed rather than defaulted so that a new one is decided.
            case LEGALLY_BINDING_INSTRUMENT, DEROGATION_EXPLICIT_CONSENT, DEROGATION_CONTRACT_WITH_SUBJECT,
                    DEROGATION_CONTRACT_IN_SUBJECT_INTEREST, DEROGATION_PUBLIC_INTEREST, DEROGATION_LEGAL_CLAIMS,
                    DEROGATION_VITAL_INTERESTS, DEROGATION_PUBLIC_REGISTER, COMPELLING_LEGITIMATE_INTERESTS,
                    SAFE_HARBOR, PRIVACY_SHIELD -> "dpv:SafeguardForDataTransfer";
        };
    }

    private static void isoDuration(ObjectNode duration, String iso) {
        ObjectNode value = duration.putObject("rdf:value");
        value.put("@value", iso);
        value.put("@type", "xsd:duration");
    }

    private ObjectNode measure(String kind, LocalizedText text) {
        ObjectNode node = node("measure/" + kind, "dpv:TechnicalOrganisationalMeasure", Optional.empty());
        texts(node, "rdfs:label", text);
        return node;
    }

    /**
     * The eu-gdpr legal basis of a safeguard: {@code 46(2)(c)} → {@code A46-2-c}. DPV files binding corporate rules
     * (Art. 47) under Art. 46(2)(b), which provides for them, and names the Art. 49(1) second subparagraph
     * {@code A49-2}.
     */
    static String article(Safeguard safeguard) {
        return switch (safeguard) {
            case BINDING_CORPORATE_RULES -> "A46-2-b";
            case COMPELLING_LEGITIMATE_INTERESTS -> "A49-2";
            default -> "A" + safeguard.article().replace("(", "-").replace(")", "");
        };
    }

    /** {@code 6(1)(b)} → {@code eu-gdpr:A6-1-b}. */
    private static String basis(LegalBasis basis) {
        return "eu-gdpr:A" + basis.article().replace("(", "-").replace(")", "");
    }

    private ObjectNode node(String path, String type, Optional<String> refinement) {
        ObjectNode node = NODES.objectNode();
        node.put("@id", "reg:" + path);
        ArrayNode types = node.putArray("@type");
        types.add(type);
        refinement.filter(r -> !r.equals(type)).ifPresent(types::add);
        return node;
    }

    private static Set<String> types(ObjectNode node) {
        Set<String> types = new LinkedHashSet<>();
        node.path("@type").forEach(t -> types.add(t.asString()));
        return types;
    }

    private static Optional<String> mapped(String key, @Nullable String orElse) {
        String term = TERMS.getProperty(key);
        return Optional.ofNullable(term != null ? term : orElse);
    }

    private static void types(ObjectNode node, String type) {
        node.putArray("@type").add(type);
    }

    private ObjectNode ref(String pathOrTerm) {
        ObjectNode node = NODES.objectNode();
        node.put("@id", pathOrTerm.contains(":") ? pathOrTerm : "reg:" + pathOrTerm);
        return node;
    }

    private static ArrayNode ids(String... ids) {
        ArrayNode array = NODES.arrayNode();
        for (String id : ids) {
            array.addObject().put("@id", id);
        }
        return array;
    }

    /**
     * A controller: a {@code dpv:DataController}, also a for-profit, non-profit or governmental organisation when its
     * kind says which; its name a plain label when it is in Finnish only, as the export has always written it.
     */
    private static ObjectNode controller(String id, Organisation organisation) {
        ObjectNode node = NODES.objectNode();
        node.put("@id", id);
        Optional<String> kind = organisation.kind().map(k -> switch (k) {
            case COMPANY -> "dpv:ForProfitOrganisation";
            case ASSOCIATION, FOUNDATION -> "dpv:NonProfitOrganisation";
            case STATE_AUTHORITY, MUNICIPALITY, WELLBEING_SERVICES_COUNTY, PARISH, OTHER_PUBLIC_BODY ->
                    "dpv:GovernmentalOrganisation";
        });
        if (kind.isPresent()) {
            node.set("@type", NODES.arrayNode().add("dpv:DataController").add(kind.get()));
        } else {
            types(node, "dpv:DataController");
        }
        LocalizedText name = organisation.name();
        if (name.values().keySet().equals(Set.of(Language.FI))) {
            node.put("rdfs:label", name.text(Language.FI));
        } else {
            texts(node, "rdfs:label", name);
        }
        identity(node, organisation);
        return node;
    }

    /** An organisation in another role than controller (the representative), typed with that role. */
    private static ObjectNode organisation(String id, Organisation organisation, String role) {
        ObjectNode node = NODES.objectNode();
        node.put("@id", id);
        types(node, role);
        texts(node, "rdfs:label", organisation.name());
        identity(node, organisation);
        return node;
    }

    /**
     * What identifies and reaches an organisation: the body a unit belongs to, its business ID as DPV's identifier
     * (one that fails its check digit as written, marked as such) and its contact details.
     */
    private static void identity(ObjectNode node, Organisation organisation) {
        organisation.unitOf().ifPresent(body -> texts(node, "rek:unitOf", body));
        organisation.businessId().ifPresent(id -> node.put("dpv:hasIdentifier", id.toString()));
        organisation.invalidBusinessId().ifPresent(id -> node.put("rek:invalidBusinessId", id));
        contact(node, organisation.contact());
    }

    /** A contact point: its name, what to contact it about, and how. */
    private static ObjectNode contactPoint(String id, ContactPoint point, String type) {
        ObjectNode node = NODES.objectNode();
        node.put("@id", id);
        types(node, type);
        node.put("dpv:hasName", point.name());
        point.role().ifPresent(role -> texts(node, "dct:description", role));
        contact(node, point.contact());
        return node;
    }

    /**
     * Addresses as {@code dpv:hasAddress} (the visiting address as our own term, since DPV has one kind of address),
     * phone, e-mail and website as {@code dpv:hasContact}, each a plain text as the register writes it.
     */
    private static void contact(ObjectNode node, ContactDetails contact) {
        contact.address().ifPresent(a -> node.put("dpv:hasAddress", a.oneLine()));
        contact.visitingAddress().ifPresent(a -> node.put("rek:visitingAddress", a.oneLine()));
        List<String> ways = new ArrayList<>();
        contact.phone().ifPresent(ways::add);
        contact.email().ifPresent(ways::add);
        contact.website().ifPresent(ways::add);
        if (!ways.isEmpty()) {
            ArrayNode values = node.putArray("dpv:hasContact");
            ways.forEach(values::add);
        }
    }

    /**
     * The statement itself: a {@code dpv:PrivacyNotice} with its dates in Dublin Core, the law it says it follows,
     * its version and where changes are announced; none when the register gives none of these.
     */
    private void notice(ObjectNode process) {
        DocumentMetadata metadata = register.metadata();
        if (metadata.isEmpty()) {
            return;
        }
        ObjectNode notice = process.putObject("dpv:hasNotice");
        notice.put("@id", "reg:notice");
        types(notice, "dpv:PrivacyNotice");
        metadata.version().ifPresent(v -> notice.put("rek:version", v));
        metadata.date().ifPresent(d -> date(notice, "dct:created", d));
        metadata.lastChanged().ifPresent(d -> date(notice, "dct:modified", d));
        metadata.inForceFrom().ifPresent(d -> date(notice, "dct:valid", d));
        metadata.framework().ifPresent(f -> notice.set("dpv:hasApplicableLaw", ids(switch (f) {
            case GDPR -> "legal-eu:law-GDPR";
            case PERSONAL_DATA_ACT -> "rek:law-FI-henkilotietolaki";
        })));
        metadata.changeNotice().ifPresent(t -> texts(notice, "rek:changeNotice", t));
        metadata.noticeUrl().ifPresent(t -> texts(notice, "rek:noticeUrl", t));
        metadata.firstLayerUrl().ifPresent(t -> texts(notice, "rek:firstLayerUrl", t));
    }

    private static void date(ObjectNode node, String property, LocalDate date) {
        ObjectNode value = node.putObject(property);
        value.put("@value", date.toString());
        value.put("@type", "xsd:date");
    }

    /** A right as the controller restricts it (Art. 23): the GDPR article of the right, how, and under which law. */
    private static ObjectNode rightsRestriction(RightsRestriction restriction, int index) {
        ObjectNode node = NODES.objectNode();
        node.put("@id", "reg:rights-restriction/" + index);
        types(node, "rek:RightsRestriction");
        node.set("rek:restrictsRight", ids("eu-gdpr:A" + restriction.right().article()));
        texts(node, "dct:description", restriction.description());
        restriction.law().ifPresent(law -> texts(node, "rek:restrictionLaw", law));
        return node;
    }

    /**
     * A cookie or similar technology: a {@code dpv:Technology} and our {@code rek:Cookie}, with its technical name,
     * what it does, whether it is strictly necessary and first or third party, its provider (a {@code dpv:ThirdParty}
     * with its country), its lifetime and the purposes it serves.
     */
    private ObjectNode cookie(Cookie cookie) {
        ObjectNode node = node("cookie/" + cookie.key(), "dpv:Technology", Optional.of("rek:Cookie"));
        node.put("dpv:hasName", cookie.name());
        texts(node, "dct:description", cookie.description());
        node.put("rek:strictlyNecessary", cookie.strictlyNecessary());
        node.put("rek:thirdParty", cookie.thirdParty());
        if (cookie.provider().isPresent() || cookie.providerCountry().isPresent()) {
            ObjectNode provider = node.putObject("dpv:hasThirdParty");
            provider.put("@id", "reg:cookie/" + cookie.key() + "/provider");
            types(provider, "dpv:ThirdParty");
            cookie.provider().ifPresent(p -> texts(provider, "rdfs:label", p));
            cookie.providerCountry().ifPresent(c -> provider.set("dpv:hasCountry", ids("loc:" + c)));
        }
        cookie.lifetime().ifPresent(lifetime -> {
            ObjectNode duration = node.putObject("dpv:hasDuration");
            if (lifetime.isSession()) {
                duration.set("@type", NODES.arrayNode().add("dpv:UntilEventDuration").add("rek:BrowserSession"));
            } else {
                types(duration, "dpv:TemporalDuration");
                isoDuration(duration, lifetime.toString());
            }
        });
        if (!cookie.purposes().isEmpty()) {
            ArrayNode purposes = node.putArray("dpv:hasPurpose");
            cookie.purposes().forEach(key -> purposes.add(ref("purpose/" + key)));
        }
        return node;
    }

    /**
     * Puts the namespace of each prefix into a JSON-LD context, in the order given (the consent records too).
     *
     * @throws IllegalArgumentException naming a prefix that has no namespace here
     */
    public static void prefixes(ObjectNode context, String... prefixes) {
        for (String prefix : prefixes) {
            String namespace = NAMESPACES.get(prefix);
            if (namespace == null) {
                throw new IllegalArgumentException("no namespace for the JSON-LD prefix '" + prefix + "'");
            }
            context.put(prefix, namespace);
        }
    }

    /** The namespace of a register's own nodes, {@code urn:rekisteri:KEY:} (the consent records' too). */
    public static String base(String registerKey) {
        return "urn:rekisteri:" + registerKey + ":";
    }

    /** Puts each translation of the text as a language-tagged literal under the property (the consent records too). */
    public static void texts(ObjectNode node, String property, LocalizedText text) {
        ArrayNode values = node.putArray(property);
        text.values().forEach((language, value) -> {
            ObjectNode literal = values.addObject();
            literal.put("@value", value);
            literal.put("@language", language.tag());
        });
    }

    private static Properties terms() {
        Properties terms = new Properties();
        try (InputStream in = DpvJsonLd.class.getResourceAsStream("dpv-terms.properties")) {
            if (in == null) {
                throw new IllegalStateException("missing dpv-terms.properties beside " + DpvJsonLd.class.getName());
            }
            terms.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return terms;
    }
}
