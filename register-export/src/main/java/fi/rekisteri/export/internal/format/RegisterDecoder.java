package fi.rekisteri.export.internal.format;

import fi.rekisteri.core.Acknowledgement;
import fi.rekisteri.core.AutomatedDecisionMaking;
import fi.rekisteri.core.ContactPoint;
import fi.rekisteri.core.Cookie;
import fi.rekisteri.core.DataCategory;
import fi.rekisteri.core.DataSubjectCategory;
import fi.rekisteri.core.Disclosure;
import fi.rekisteri.core.DocumentMetadata;
import fi.rekisteri.core.JointControl;
import fi.rekisteri.core.LocalizedText;
import fi.rekisteri.core.NoDisclosures;
import fi.rekisteri.core.Organisation;
import fi.rekisteri.core.Problem;
import fi.rekisteri.core.Purpose;
import fi.rekisteri.core.Register;
import fi.rekisteri.core.RegisterPath;
import fi.rekisteri.core.RegisterValidationException;
import fi.rekisteri.core.RetentionRule;
import fi.rekisteri.core.RightsRestriction;
import fi.rekisteri.core.SecurityMeasures;
import fi.rekisteri.core.Source;
import fi.rekisteri.core.Topic;
import fi.rekisteri.core.Transfers;
import fi.rekisteri.core.taxonomy.Taxonomy;
import fi.rekisteri.export.RegisterFormatException;
import fi.rekisteri.export.internal.format.Node.ScalarNode;
import fi.rekisteri.export.internal.format.Node.ScalarType;
import fi.rekisteri.export.internal.format.NodeReader.Obj;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Turns a {@link Node} tree into a {@link Register}, collecting every error it can find before giving up. The
 * property names are those of {@link RegisterFormatNames}; paths in errors use them, as the core's
 * {@link Problem} paths do, so that a consistency problem found by {@link Register.Builder#build()} can be traced
 * back to its line and column. This class reads the top level; each part has its decoder, and all of them read
 * through one {@link NodeReader}.
 */
public final class RegisterDecoder {

    private final NodeReader read;
    private final PartyDecoder parties;
    private final CategoryDecoder categories;
    private final PurposeDecoder purposes;
    private final SourceDecoder sources;
    private final TransferDecoder transfers;
    private final RetentionDecoder retention;
    private final AcknowledgementDecoder acknowledgements;
    private final DocumentPartDecoder documentParts;
    private final CookieDecoder cookies;

    private RegisterDecoder(String source, Supplier<Taxonomy> taxonomy) {
        this.read = new NodeReader(source);
        TaxonomyRefs refs = new TaxonomyRefs(read, taxonomy);
        this.parties = new PartyDecoder(read);
        this.categories = new CategoryDecoder(read, refs);
        this.purposes = new PurposeDecoder(read, refs);
        this.sources = new SourceDecoder(read, parties);
        this.transfers = new TransferDecoder(read);
        this.retention = new RetentionDecoder(read);
        this.acknowledgements = new AcknowledgementDecoder(read);
        this.documentParts = new DocumentPartDecoder(read);
        this.cookies = new CookieDecoder(read);
    }

    /**
     * Decodes a register.
     *
     * @param root the parsed document
     * @param source the file name errors are reported against
     * @param taxonomy the taxonomy that {@code taxonomy:} references name, asked for only when one occurs
     * @throws RegisterFormatException with every error found, each with its line, column and path
     */
    public static Register decode(Node root, String source, Supplier<Taxonomy> taxonomy) {
        RegisterDecoder decoder = new RegisterDecoder(source, taxonomy);
        Optional<Register.Builder> builder = decoder.register(root);
        if (builder.isEmpty() && decoder.read.errors().isEmpty()) {
            // Every part that cannot be read reports why; this keeps a missed case from failing without a location.
            decoder.read.error(root, RegisterPath.root(), "the register could not be read");
        }
        ModelProblems model = new ModelProblems(decoder.read, root);
        if (!decoder.read.errors().isEmpty() || builder.isEmpty()) {
            // The parts that could be read are still checked as a whole, so that one pass reports every error.
            builder.ifPresent(parts -> problems(parts).ifPresent(model::reportUnknownReferences));
            throw new RegisterFormatException(decoder.read.errors());
        }
        try {
            return builder.get().build();
        } catch (RegisterValidationException e) {
            model.reportAll(e.problems());
            throw new RegisterFormatException(decoder.read.errors());
        }
    }

    /** What the model finds wrong with a register built from the parts that could be read, if anything. */
    private static Optional<List<Problem>> problems(Register.Builder parts) {
        try {
            parts.build();
            return Optional.empty();
        } catch (RegisterValidationException e) {
            return Optional.of(e.problems());
        }
    }

    private Optional<Register.Builder> register(Node root) {
        Optional<Obj> top = read.object(root, RegisterPath.root(), RegisterFormatNames.REGISTER);
        if (top.isEmpty()) {
            return Optional.empty();
        }
        Obj o = top.get();
        o.get("formatVersion").ifPresent(v -> {
            if (!(v instanceof ScalarNode s && s.type() == ScalarType.NUMBER
                    && s.text().equals(RegisterFormatNames.FORMAT_VERSION))) {
                read.error(v, o.path("formatVersion"), "unsupported format version " + NodeReader.describe(v)
                        + "; this reader knows " + RegisterFormatNames.FORMAT_VERSION);
            }
        });
        o.get("$schema").ifPresent(v -> read.scalarText(v, o.path("$schema")));
        Optional<String> key = read.text(o, "key", true);
        Optional<LocalizedText> name = read.localized(o, "name", true);
        Optional<Organisation> controller = o.required("controller")
                .flatMap(n -> parties.organisation(n, o.path("controller")));

        Optional<Organisation> representative = o.get("representative")
                .flatMap(n -> parties.organisation(n, o.path("representative")));
        Optional<ContactPoint> dpo = o.get("dataProtectionOfficer")
                .flatMap(n -> parties.contactPoint(n, o.path("dataProtectionOfficer")));
        Optional<String> noDpo = read.text(o, "noDataProtectionOfficer", false);
        if (o.has("dataProtectionOfficer") && o.has("noDataProtectionOfficer")) {
            read.error(o.nameNode("noDataProtectionOfficer"), o.path("noDataProtectionOfficer"),
                    "give either dataProtectionOfficer or noDataProtectionOfficer, not both");
        }
        List<Acknowledgement> acknowledgementList = read.list(o, "acknowledgements",
                acknowledgements::acknowledgement);
        Optional<ContactPoint> contactPoint = o.get("contactPoint")
                .flatMap(n -> parties.contactPoint(n, o.path("contactPoint")));
        if (o.get("contactPoint").isPresent() && o.get("contactPoints").isPresent()) {
            read.error(o.nameNode("contactPoints"), o.path("contactPoints"),
                    "give either contactPoint or contactPoints, not both");
        }
        List<ContactPoint> contactPointList = read.list(o, "contactPoints", parties::contactPoint);
        Optional<JointControl> jointControl = o.get("jointControl")
                .flatMap(n -> parties.jointControl(n, o.path("jointControl")));
        List<RightsRestriction> restrictions = read.list(o, "rightsRestrictions", documentParts::rightsRestriction);
        List<DataSubjectCategory> subjectList = read.list(o, "subjectCategories", categories::subjectCategory);
        List<DataCategory> categoryList = read.list(o, "dataCategories", categories::dataCategory);
        List<Purpose> purposeList = read.list(o, "purposes", purposes::purpose);
        List<Source> sourceList = read.list(o, "sources", sources::source);
        List<Disclosure> disclosureList = read.list(o, "disclosures", sources::disclosure);
        Optional<NoDisclosures> noDisclosures = o.get("noDisclosures")
                .flatMap(n -> sources.noDisclosures(n, o.path("noDisclosures")));
        List<Cookie> cookieList = read.list(o, "cookies", cookies::cookie);
        Optional<Transfers> transfersPart = o.get("transfers")
                .flatMap(n -> transfers.transfers(n, o.path("transfers")));
        List<RetentionRule> retentionList = read.list(o, "retention", retention::retentionRule);
        Optional<SecurityMeasures> security = o.get("security")
                .flatMap(n -> documentParts.security(n, o.path("security")));
        Optional<AutomatedDecisionMaking> automated = o.get("automatedDecisionMaking")
                .flatMap(n -> documentParts.automatedDecisionMaking(n, o.path("automatedDecisionMaking")));
        Optional<LocalizedText> provision = read.localized(o, "provisionRequirement", false);
        Optional<DocumentMetadata> metadata = o.get("metadata")
                .flatMap(n -> documentParts.metadata(n, o.path("metadata")));
        Map<Topic, LocalizedText> introductions = o.get("introductions")
                .map(n -> documentParts.introductions(n, o.path("introductions")))
                .orElse(Map.of());

        if (key.isEmpty() || name.isEmpty() || controller.isEmpty()) {
            return Optional.empty();
        }
        Optional<Register.Builder> started = read.construct(root, o.path("key"),
                () -> Register.builder(key.get(), name.get(), controller.get()));
        if (started.isEmpty()) {
            return Optional.empty();
        }
        Register.Builder b = started.get();
        representative.ifPresent(b::representative);
        dpo.ifPresent(b::dataProtectionOfficer);
        contactPoint.ifPresent(b::contactPoint);
        contactPointList.forEach(b::contactPoint);
        jointControl.ifPresent(b::jointControl);
        restrictions.forEach(b::rightsRestriction);
        subjectList.forEach(b::subjectCategory);
        categoryList.forEach(b::dataCategory);
        purposeList.forEach(b::purpose);
        sourceList.forEach(b::source);
        disclosureList.forEach(b::disclosure);
        noDisclosures.ifPresent(b::noDisclosures);
        cookieList.forEach(b::cookie);
        transfersPart.ifPresent(b::transfers);
        retentionList.forEach(b::retention);
        security.ifPresent(b::security);
        automated.ifPresent(b::automatedDecisionMaking);
        provision.ifPresent(b::provisionRequirement);
        metadata.ifPresent(b::metadata);
        introductions.forEach(b::introduction);
        if (dpo.isEmpty() && noDpo.isPresent()) {
            if (read.construct(o.node("noDataProtectionOfficer"), o.path("noDataProtectionOfficer"),
                    () -> b.noDataProtectionOfficer(noDpo.get())).isEmpty()) {
                return Optional.empty();
            }
        }
        acknowledgementList.forEach(b::acknowledgement);
        return Optional.of(b);
    }
}
