package fi.rekisteri.export.internal.format;

import fi.rekisteri.core.DataCategory;
import fi.rekisteri.core.DataSubjectCategory;
import fi.rekisteri.core.LocalizedText;
import fi.rekisteri.core.Provision;
import fi.rekisteri.core.RegisterPath;
import fi.rekisteri.core.Sensitivity;
import fi.rekisteri.core.taxonomy.TaxonomyEntry;
import fi.rekisteri.core.taxonomy.TaxonomyEntry.Kind;
import fi.rekisteri.export.internal.format.NodeReader.Named;
import fi.rekisteri.export.internal.format.TaxonomyRefs.Ref;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Decodes the categories of data subjects and of personal data. */
final class CategoryDecoder {

    private final NodeReader read;
    private final TaxonomyRefs taxonomy;

    CategoryDecoder(NodeReader read, TaxonomyRefs taxonomy) {
        this.read = read;
        this.taxonomy = taxonomy;
    }

    Optional<DataSubjectCategory> subjectCategory(Node node, RegisterPath path) {
        return read.object(node, path, RegisterFormatNames.SUBJECT_CATEGORY).flatMap(o -> {
            Optional<Named> named = taxonomy.named(o, Kind.SUBJECT_CATEGORY).map(Ref::named);
            boolean children = read.flag(o, "includesChildren");
            Optional<LocalizedText> guardian = read.localized(o, "guardianConsent", false);
            if (guardian.isPresent() && !children) {
                read.error(o.nameNode("guardianConsent"), o.path("guardianConsent"),
                        "'guardianConsent' goes with 'includesChildren: true'");
            }
            return named.flatMap(n -> read.construct(taxonomy.keyNode(o), taxonomy.keyPath(o),
                    () -> new DataSubjectCategory(n.key(), n.name(), n.description(), children, guardian)));
        });
    }

    Optional<DataCategory> dataCategory(Node node, RegisterPath path) {
        return read.object(node, path, RegisterFormatNames.DATA_CATEGORY).flatMap(o -> {
            Optional<Ref> ref = taxonomy.named(o, Kind.DATA_CATEGORY);
            Optional<Named> named = ref.map(Ref::named);
            Set<Sensitivity> sensitivities = EnumSet.noneOf(Sensitivity.class);
            sensitivities.addAll(read.codes(o, "sensitivities", Sensitivity.values(), Sensitivity::code));
            // A reference takes the entry's sensitivities unless it lists its own (an empty list drops them).
            Optional<TaxonomyEntry> entry = ref.flatMap(Ref::entry);
            if (entry.isPresent() && !o.has("sensitivities")) {
                sensitivities.addAll(entry.get().sensitivities());
            }
            List<String> subjects = read.keys(o, "subjects");
            Optional<Provision> provision = o.get("provision")
                    .flatMap(n -> read.object(n, o.path("provision"), RegisterFormatNames.PROVISION))
                    .map(p -> new Provision(read.flag(p, "required"), read.localized(p, "consequence", false)));
            return named.flatMap(n -> read.construct(taxonomy.keyNode(o), taxonomy.keyPath(o),
                    () -> new DataCategory(n.key(), n.name(), n.description(), sensitivities, subjects, provision)));
        });
    }
}
