package fi.rekisteri.export;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.rdf.RdfNQuad;
import com.apicatalog.rdf.RdfValue;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The terms the W3C Data Privacy Vocabulary defines, from the test resource {@code /dpv/dpv-terms.tsv} (extracted
 * from the DPV release by {@code src/test/dpv/extract-terms.py}), and the check that a JSON-LD document uses only
 * defined terms, each as what it is: a property as a property, a class as a type or as a concept value. Terms of
 * our own vocabulary ({@link #VOCABULARY}) count as defined when {@link #OWN_TERMS} lists them.
 */
public final class DpvTerms {

    /** What a vocabulary defines a term as. */
    public enum Kind { CLASS, PROPERTY }

    private static final String RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    private static final String RDFS = "http://www.w3.org/2000/01/rdf-schema#";
    private static final String DCT = "http://purl.org/dc/terms/";
    private static final String SKOS = "http://www.w3.org/2004/02/skos/core#";
    private static final String XSD = "http://www.w3.org/2001/XMLSchema#";
    private static final String DPV = "https://w3id.org/dpv";
    private static final String OWN = "urn:rekisteri:";
    /** Our own vocabulary, for facts DPV has no term for (docs/json-ld.md documents each term). */
    public static final String VOCABULARY = "urn:rekisteri:vocab#";

    /** Every term of our own vocabulary and what it is; a term the export writes must be one of these. */
    public static final Map<String, Kind> OWN_TERMS = own(
            List.of("hasContactPoint", "unitOf", "invalidBusinessId", "visitingAddress", "version", "changeNotice",
                    "noticeUrl", "firstLayerUrl",
                    "hasRightsRestriction", "restrictsRight", "restrictionLaw", "provisionRequirement",
                    "guardianConsent", "hasAlternativeLegalBasis", "noDisclosures", "untilCondition", "safeguardCopy",
                    "certifiedUnderDataPrivacyFramework", "namesInvalidatedMechanism", "strictlyNecessary",
                    "thirdParty", "sourceReason", "publiclyAccessible", "disclosureBasis", "sensitivity",
                    "hasLegalBasisDetail", "objection", "specialCategoryCondition", "identityCodeGround",
                    "criminalDataAuthorisation", "noTransfers", "noAutomatedDecisionMaking"),
            List.of("law-FI-henkilotietolaki", "RightsRestriction", "NoDisclosures", "PossibleTransfer", "SafeHarbor",
                    "PrivacyShield", "Cookie", "BrowserSession", "NoTransfers"));

    /** The few terms of RDF, RDFS, Dublin Core and SKOS the documents use beside DPV, as their specifications say. */
    private static final Map<String, Kind> STANDARD = Map.of(
            RDF + "type", Kind.PROPERTY,
            RDF + "value", Kind.PROPERTY,
            RDFS + "label", Kind.PROPERTY,
            DCT + "title", Kind.PROPERTY,
            DCT + "description", Kind.PROPERTY,
            DCT + "created", Kind.PROPERTY,
            DCT + "modified", Kind.PROPERTY,
            DCT + "valid", Kind.PROPERTY,
            SKOS + "broader", Kind.PROPERTY);

    /** The datatypes a literal may have. */
    private static final Set<String> DATATYPES = Set.of(XSD + "string", RDF + "langString", XSD + "duration",
            XSD + "date", XSD + "boolean");

    private static final Pattern RELEASE_LINE = Pattern.compile("^# .*\\(DPV\\) (\\S+)");
    private static final DpvTerms RELEASE = load();

    private final Map<String, Kind> terms;
    private final String release;

    private DpvTerms(Map<String, Kind> terms, String release) {
        this.terms = Map.copyOf(terms);
        this.release = release;
    }

    /** The terms of the release the test resource was extracted from. */
    public static DpvTerms release() {
        return RELEASE;
    }

    /** The release the terms come from, as its header names it: {@code DPV 2.3}. */
    public String releaseName() {
        return release;
    }

    /** How many DPV terms the resource holds. */
    public int size() {
        return terms.size();
    }

    /** What DPV, or one of the standard vocabularies used beside it, defines {@code iri} as. */
    public Optional<Kind> kind(String iri) {
        Kind kind = terms.get(iri);
        if (kind == null) {
            kind = STANDARD.get(iri);
        }
        return Optional.ofNullable(kind != null ? kind : OWN_TERMS.get(iri));
    }

    /**
     * What is wrong with a JSON-LD document's terms, one line each; empty when it conforms. Every name the document
     * writes must be a compact IRI with a prefix its context declares (so that none drops out of the RDF), and in its
     * RDF every predicate a defined property, every {@code rdf:type} a defined class, every other IRI value a node of
     * the register's own namespace or a defined class (DPV's concepts are classes), every subject the register's own,
     * and every literal of a known datatype.
     *
     * @throws JsonLdError when the document is no JSON-LD
     */
    public List<String> problems(String jsonLd) throws JsonLdError {
        Set<String> problems = new LinkedHashSet<>();
        JsonNode document = JsonMapper.shared().readTree(jsonLd);
        Set<String> prefixes = new LinkedHashSet<>();
        document.path("@context").propertyNames().forEach(prefixes::add);
        names(document, prefixes, problems);

        List<RdfNQuad> quads = JsonLd.toRdf(JsonDocument.of(new StringReader(jsonLd))).get().toList();
        for (RdfNQuad quad : quads) {
            String subject = quad.getSubject().getValue();
            if (!quad.getSubject().isBlankNode() && !subject.startsWith(OWN)) {
                problems.add("describes " + subject + ", which is not the register's own");
            }
            String predicate = quad.getPredicate().getValue();
            expect(predicate, Kind.PROPERTY, "as a property", problems);
            RdfValue object = quad.getObject();
            if (object.isLiteral()) {
                if (!DATATYPES.contains(object.asLiteral().getDatatype())) {
                    problems.add(predicate + " has a literal of datatype " + object.asLiteral().getDatatype());
                }
            } else if (object.isIRI() && predicate.equals(RDF + "type")) {
                expect(object.getValue(), Kind.CLASS, "as a type", problems);
            } else if (object.isIRI() && (!object.getValue().startsWith(OWN)
                    || object.getValue().startsWith(VOCABULARY))) {
                expect(object.getValue(), Kind.CLASS, "as a value of " + predicate, problems);
            }
        }
        return new ArrayList<>(problems);
    }

    private void expect(String iri, Kind expected, String use, Set<String> problems) {
        Optional<Kind> kind = kind(iri);
        if (kind.isEmpty()) {
            problems.add(iri + " is not defined" + (iri.startsWith(DPV) ? " by " + release : "") + ", used " + use);
        } else if (kind.get() != expected) {
            problems.add(iri + " is a " + kind.get().name().toLowerCase() + ", used " + use);
        }
    }

    /** Checks that every key, {@code @type} and {@code @id} is a compact IRI whose prefix the context declares. */
    private static void names(JsonNode node, Set<String> prefixes, Set<String> problems) {
        if (node.isArray()) {
            node.forEach(element -> names(element, prefixes, problems));
            return;
        }
        if (!node.isObject()) {
            return;
        }
        for (var field : node.properties()) {
            String name = field.getKey();
            JsonNode value = field.getValue();
            if (name.equals("@context")) {
                continue;
            }
            if (!name.startsWith("@")) {
                compact(name, prefixes, problems);
            } else if (name.equals("@type") || name.equals("@id")) {
                (value.isArray() ? value.valueStream() : Stream.of(value))
                        .forEach(v -> compact(v.asString(), prefixes, problems));
            }
            names(value, prefixes, problems);
        }
    }

    private static void compact(String name, Set<String> prefixes, Set<String> problems) {
        int colon = name.indexOf(':');
        if (colon <= 0 || !prefixes.contains(name.substring(0, colon))) {
            problems.add("'" + name + "' is no compact IRI with a prefix the context declares");
        }
    }

    private static Map<String, Kind> own(List<String> properties, List<String> classes) {
        Map<String, Kind> own = new HashMap<>();
        properties.forEach(p -> own.put(VOCABULARY + p, Kind.PROPERTY));
        classes.forEach(c -> own.put(VOCABULARY + c, Kind.CLASS));
        return Map.copyOf(own);
    }

    private static DpvTerms load() {
        String text = TestRegisters.resource("/dpv/dpv-terms.tsv");
        Map<String, Kind> terms = new HashMap<>();
        String release = null;
        for (String line : text.split("\n")) {
            Matcher named = RELEASE_LINE.matcher(line);
            if (release == null && named.find()) {
                release = "DPV " + named.group(1);
            }
            if (line.startsWith("#")) {
                continue;
            }
            String[] columns = line.split("\t");
            if (columns.length != 2) {
                throw new IllegalStateException("dpv-terms.tsv: not IRI<tab>kind: " + line);
            }
            terms.put(columns[0], Kind.valueOf(columns[1].toUpperCase()));
        }
        if (release == null) {
            throw new IllegalStateException("dpv-terms.tsv has no header naming the release");
        }
        return new DpvTerms(terms, release);
    }
}
