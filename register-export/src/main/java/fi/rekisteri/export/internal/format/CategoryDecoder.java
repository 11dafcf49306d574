package fi.rekisteri.export.internal.format;

import fi.rekisteri.core.DataCategory;
import fi.rekisteri.core.DataSubjectCategory;
import fi.rekisteri.core.LocalizedText;
import fi.rekisteri.core.Provision;
import fi.rekisteri.core.RegisterPath;
import fi.rekisteri.core.Sensitivity;
import fi.rekisteri.export.internal.format.NodeReader.Named;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Decodes the categories of data subjects and of personal data. */
final class CategoryDecoder {

    private final NodeReader read;

    CategoryDecoder(NodeReader read) {
        this.read = read;
    }

    Optional<DataSubjectCategory> subjectCategory(Node node, RegisterPath path) {
        return read.object(node, path, RegisterFormatNames.SUBJECT_CATEGORY).flatMap(o -> {
            Optional<Named> named = read.named(o);
            boolean children = read.flag(o, "includesChildren");
            Optional<LocalizedText> guardian = read.localized(o, "guardianConsent", false);
            if (guardian.isPresent() && !children) {
                read.error(o.nameNode("guardianConsent"), o.path("guardianConsent"),
                        "'guardianConsent' goes with 'includesChildren: true'");
            }
            return named.flatMap(n -> read.construct(o.node("key"), o.path("key"),
                    () -> new DataSubjectCategory(n.key(), n.name(), n.description(), children, guardian)));
        });
    }

    Optional<DataCategory> dataCategory(Node node, RegisterPath path) {
        return read.object(node, path, RegisterFormatNames.DATA_CATEGORY).flatMap(o -> {
            Optional<Named> named = read.named(o);
            Set<Sensitivity> sensitivities = EnumSet.noneOf(Sensitivity.class);
            sensitivities.addAll(read.codes(o, "sensitivities", Sensitivity.values(), Sensitivity::code));
            List<String> subjects = read.keys(o, "subjects");
            Optional<Provision> provision = o.get("provision")
                    .flatMap(n -> read.object(n, o.path("provision"), RegisterFormatNames.PROVISION))
                    .map(p -> new Provision(read.flag(p, "required"), read.localized(p, "consequence", false)));
            return named.flatMap(n -> read.construct(o.node("key"), o.path("key"),
                    () -> new DataCategory(n.key(), n.name(), n.description(), sensitivities, subjects, provision)));
        });
    }
}
