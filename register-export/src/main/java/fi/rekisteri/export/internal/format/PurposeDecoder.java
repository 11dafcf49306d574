package fi.rekisteri.export.internal.format;

import fi.rekisteri.core.IdentityCodeGround;
import fi.rekisteri.core.LegalBasis;
import fi.rekisteri.core.LocalizedText;
import fi.rekisteri.core.Purpose;
import fi.rekisteri.core.RegisterPath;
import fi.rekisteri.core.SpecialCategoryCondition;
import fi.rekisteri.core.taxonomy.TaxonomyEntry.Kind;
import fi.rekisteri.export.internal.format.Node.ScalarNode;
import fi.rekisteri.export.internal.format.NodeReader.Named;
import fi.rekisteri.export.internal.format.TaxonomyRefs.Ref;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Decodes purposes of processing and their legal bases, given as a code or as an object with the basis's text. */
final class PurposeDecoder {

    /** The names of the legal bases' texts ({@code withdrawal}, {@code law}, {@code interests}), in file order. */
    private static final List<String> BASIS_DETAILS = Arrays.stream(LegalBasis.Kind.values())
            .flatMap(kind -> kind.detailName().stream()).distinct().toList();

    private final NodeReader read;
    private final TaxonomyRefs taxonomy;

    PurposeDecoder(NodeReader read, TaxonomyRefs taxonomy) {
        this.read = read;
        this.taxonomy = taxonomy;
    }

    Optional<Purpose> purpose(Node node, RegisterPath path) {
        return read.object(node, path, RegisterFormatNames.PURPOSE).flatMap(o -> {
            Optional<Named> named = taxonomy.named(o, Kind.PURPOSE).map(Ref::named);
            Optional<LegalBasis> basis = o.get("legalBasis").flatMap(n -> legalBasis(n, o.path("legalBasis")));
            List<String> categories = read.keys(o, "categories");
            List<String> subjects = read.keys(o, "subjects");
            boolean directMarketing = read.flag(o, "directMarketing");
            Optional<LocalizedText> objection = read.localized(o, "objection", false);
            Optional<SpecialCategoryCondition> condition = read.code(o, "specialCategoryCondition",
                    SpecialCategoryCondition.values(), SpecialCategoryCondition::code);
            Optional<IdentityCodeGround> ground = read.code(o, "identityCodeGround", IdentityCodeGround.values(),
                    IdentityCodeGround::code);
            Optional<LocalizedText> criminal = read.localized(o, "criminalDataAuthorisation", false);
            List<LegalBasis> alternatives = read.list(o, "alternativeLegalBases", this::legalBasis);
            if (!alternatives.isEmpty() && !o.has("legalBasis")) {
                read.error(o.nameNode("alternativeLegalBases"), o.path("alternativeLegalBases"),
                        "'alternativeLegalBases' are alternatives to a 'legalBasis', which is missing");
                return Optional.empty();
            }
            return named.flatMap(n -> read.construct(taxonomy.keyNode(o), taxonomy.keyPath(o), () -> new Purpose(n.key(),
                    n.name(), n.description(), basis, categories, subjects, directMarketing, objection, condition,
                    ground, criminal, alternatives)));
        });
    }

    private Optional<LegalBasis> legalBasis(Node node, RegisterPath path) {
        if (node instanceof ScalarNode) {
            return read.scalarText(node, path).flatMap(code -> legalBasisCode(node, path, code));
        }
        return read.object(node, path, RegisterFormatNames.LEGAL_BASIS).flatMap(o -> {
            Optional<String> type = read.text(o, "type", true);
            Map<String, Optional<LocalizedText>> details = new LinkedHashMap<>();
            for (String detail : BASIS_DETAILS) {
                details.put(detail, read.localized(o, detail, false));
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
                    read.error(o.nameNode(text), o.path(text), "'" + text + "' does not apply to the legal basis '"
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
        return read.code(node, path, code, LegalBasis.Kind.values(), LegalBasis.Kind::code);
    }
}
