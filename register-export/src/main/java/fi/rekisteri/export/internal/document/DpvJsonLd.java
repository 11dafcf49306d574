package fi.rekisteri.export.internal.document;

import fi.rekisteri.core.DataCategory;
import fi.rekisteri.core.DataSubjectCategory;
import fi.rekisteri.core.Disclosure;
import fi.rekisteri.core.Language;
import fi.rekisteri.core.LegalBasis;
import fi.rekisteri.core.LocalizedText;
import fi.rekisteri.core.Organisation;
import fi.rekisteri.core.Purpose;
import fi.rekisteri.core.Register;
import fi.rekisteri.core.Retention;
import fi.rekisteri.core.RetentionRule;
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
import java.util.LinkedHashSet;
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
 * namespace ({@code urn:rekisteri:KEY:}) carrying its texts, so nothing is dropped. The context is inline, so a
 * consumer needs no network to read it.
 */
public final class DpvJsonLd {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Properties TERMS = terms();

    private final Register register;
    private final String base;

    private DpvJsonLd(Register register) {
        this.register = register;
        this.base = "urn:rekisteri:" + register.key() + ":";
    }

    /** The register as one JSON-LD document. */
    public static ObjectNode of(Register register) {
        return new DpvJsonLd(register).document();
    }

    private ObjectNode document() {
        ObjectNode doc = NODES.objectNode();
        ObjectNode context = doc.putObject("@context");
        context.put("dpv", "https://w3id.org/dpv#");
        context.put("pd", "https://w3id.org/dpv/pd#");
        context.put("eu-gdpr", "https://w3id.org/dpv/legal/eu/gdpr#");
        context.put("legal-eu", "https://w3id.org/dpv/legal/eu#");
        context.put("loc", "https://w3id.org/dpv/loc#");
        context.put("dct", "http://purl.org/dc/terms/");
        context.put("rdfs", "http://www.w3.org/2000/01/rdf-schema#");
        context.put("skos", "http://www.w3.org/2004/02/skos/core#");
        context.put("xsd", "http://www.w3.org/2001/XMLSchema#");
        context.put("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#");
        context.put("reg", base);

        ObjectNode process = doc;
        process.put("@id", "reg:register");
        types(process, "dpv:Process");
        texts(process, "dct:title", register.name());
        process.set("dpv:hasApplicableLaw", ids("legal-eu:law-GDPR"));
        process.set("dpv:hasJurisdiction", ids("loc:FI"));

        process.set("dpv:hasDataController", controller("reg:controller", register.controller()));
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
        });

        ArrayNode purposes = process.putArray("dpv:hasPurpose");
        register.purposes().forEach(p -> purposes.add(purpose(p)));

        Set<String> bases = new LinkedHashSet<>();
        register.purposes().forEach(p -> p.legalBasis().ifPresent(b -> bases.add(basis(b))));
        process.set("dpv:hasLegalBasis", ids(bases.toArray(String[]::new)));

        ArrayNode data = process.putArray("dpv:hasPersonalData");
        register.dataCategories().forEach(c -> data.add(category(c)));

        ArrayNode subjects = process.putArray("dpv:hasDataSubject");
        register.subjectCategories().forEach(s -> subjects.add(subject(s)));

        ArrayNode recipients = process.putArray("dpv:hasRecipient");
        register.disclosures().forEach(d -> recipients.add(recipient(d)));

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

        ArrayNode measures = process.putArray("dpv:hasTechnicalOrganisationalMeasure");
        register.security().general().ifPresent(t -> measures.add(measure("general", t)));
        register.security().electronic().ifPresent(t -> measures.add(measure("electronic", t)));
        register.security().manual().ifPresent(t -> measures.add(measure("manual", t)));
        return doc;
    }

    private ObjectNode purpose(Purpose purpose) {
        ObjectNode node = node("purpose/" + purpose.key(), "dpv:Purpose", mapped("purpose." + purpose.key(), null));
        if (purpose.directMarketing() && !types(node).contains("dpv:DirectMarketing")) {
            node.withArray("@type").add("dpv:DirectMarketing");
        }
        texts(node, "rdfs:label", purpose.name());
        purpose.description().ifPresent(d -> texts(node, "dct:description", d));
        purpose.legalBasis().ifPresent(b -> node.set("dpv:hasLegalBasis", ids(basis(b))));
        ArrayNode data = node.putArray("dpv:hasPersonalData");
        register.categoriesCoveredBy(purpose).forEach(c -> data.add(ref("category/" + c.key())));
        return node;
    }

    private ObjectNode category(DataCategory category) {
        ObjectNode node = node("category/" + category.key(), "dpv:PersonalData",
                mapped("category." + category.key(),
                        category.is(Sensitivity.SPECIAL_CATEGORY) ? "dpv:SpecialCategoryPersonalData" : null));
        if (category.is(Sensitivity.SPECIAL_CATEGORY) && !types(node).contains("dpv:SpecialCategoryPersonalData")) {
            node.withArray("@type").add("dpv:SpecialCategoryPersonalData");
        }
        texts(node, "rdfs:label", category.name());
        category.parentKey().ifPresent(parent -> node.set("skos:broader", ref("category/" + parent)));
        return node;
    }

    private ObjectNode subject(DataSubjectCategory subject) {
        ObjectNode node = node("subject/" + subject.key(), "dpv:DataSubject", mapped("subject." + subject.key(), null));
        texts(node, "rdfs:label", subject.name());
        return node;
    }

    private ObjectNode recipient(Disclosure disclosure) {
        String role = switch (disclosure.role()) {
            case CONTROLLER -> "dpv:DataController";
            case PROCESSOR -> "dpv:DataProcessor";
            case PUBLIC_AUTHORITY -> "dpv:Authority";
            case THIRD_PARTY -> "dpv:ThirdParty";
        };
        ObjectNode node = node("recipient/" + disclosure.key(), "dpv:Recipient", Optional.of(role));
        texts(node, "rdfs:label", disclosure.recipient());
        disclosure.country().ifPresent(c -> node.set("dpv:hasCountry", ids("loc:" + c)));
        return node;
    }

    /**
     * The subject as a source is DPV's own {@code dpv:DataSubjectDataSource}; the others are nodes of the register's,
     * sourced from the controller or a third party.
     */
    private ObjectNode source(Source source, int index) {
        return switch (source.kind()) {
            case DATA_SUBJECT -> ref("dpv:DataSubjectDataSource");
            case INTERNAL -> {
                ObjectNode node = node("source/" + index, "dpv:DataSource",
                        Optional.of("dpv:DataControllerDataSource"));
                texts(node, "rdfs:label", ((Source.Internal) source).description());
                yield node;
            }
            case EXTERNAL -> {
                Source.External s = (Source.External) source;
                ObjectNode node = node("source/" + index, "dpv:DataSource", Optional.of("dpv:ThirdPartyDataSource"));
                texts(node, "rdfs:label", s.name());
                s.supplies().ifPresent(t -> texts(node, "dct:description", t));
                yield node;
            }
        };
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
        transfer.safeguard().ifPresent(s -> {
            node.set("dpv:hasLegalBasis", ids("eu-gdpr:" + article(s)));
            ObjectNode measure = node.putObject("dpv:hasTechnicalOrganisationalMeasure");
            types(measure, switch (s) {
                case ADEQUACY_DECISION -> "eu-gdpr:AdequacyDecision";
                case STANDARD_CONTRACTUAL_CLAUSES -> "eu-gdpr:SCCByCommission";
                case BINDING_CORPORATE_RULES -> "eu-gdpr:BindingCorporateRules";
                case CODE_OF_CONDUCT -> "eu-gdpr:CodesOfConductForDataTransfers";
                case CERTIFICATION -> "eu-gdpr:CertificationMechanismsForDataTransfers";
                case AUTHORISED_CONTRACTUAL_CLAUSES -> "eu-gdpr:AdHocContractualClauses";
                // DPV has no term of its own for these; listed rather than defaulted so that a new one is decided.
                case LEGALLY_BINDING_INSTRUMENT, DEROGATION_EXPLICIT_CONSENT, DEROGATION_CONTRACT_WITH_SUBJECT,
                        DEROGATION_CONTRACT_IN_SUBJECT_INTEREST, DEROGATION_PUBLIC_INTEREST, DEROGATION_LEGAL_CLAIMS,
                        DEROGATION_VITAL_INTERESTS, DEROGATION_PUBLIC_REGISTER, COMPELLING_LEGITIMATE_INTERESTS ->
                        "dpv:SafeguardForDataTransfer";
            });
        });
        return node;
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

    /** Each translation as a language-tagged literal. */
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
        return node;
    }

    private static void texts(ObjectNode node, String property, LocalizedText text) {
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
