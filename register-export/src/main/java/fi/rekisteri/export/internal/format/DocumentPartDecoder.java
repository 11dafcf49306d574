package fi.rekisteri.export.internal.format;

import fi.rekisteri.core.AutomatedDecisionMaking;
import fi.rekisteri.core.DataSubjectRight;
import fi.rekisteri.core.DocumentMetadata;
import fi.rekisteri.core.LegalFramework;
import fi.rekisteri.core.LocalizedText;
import fi.rekisteri.core.RegisterPath;
import fi.rekisteri.core.RightsRestriction;
import fi.rekisteri.core.SecurityMeasures;
import fi.rekisteri.core.Topic;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Decodes the parts of the register that are statements of the document rather than of the processing: security
 * measures, automated decision-making, the restrictions of rights, the document's metadata and the sections'
 * introductions.
 */
final class DocumentPartDecoder {

    private final NodeReader read;

    DocumentPartDecoder(NodeReader read) {
        this.read = read;
    }

    Optional<SecurityMeasures> security(Node node, RegisterPath path) {
        return read.object(node, path, RegisterFormatNames.SECURITY).map(o -> new SecurityMeasures(
                read.localized(o, "general", false), read.localized(o, "manual", false),
                read.localized(o, "electronic", false)));
    }

    Optional<AutomatedDecisionMaking> automatedDecisionMaking(Node node, RegisterPath path) {
        Optional<AutomatedDecisionMaking.Kind> type = read.discriminator(node, path,
                AutomatedDecisionMaking.Kind.values(), AutomatedDecisionMaking.Kind::code);
        if (type.isEmpty()) {
            return Optional.empty();
        }
        return switch (type.get()) {
            case NONE -> read.object(node, path, RegisterFormatNames.AUTOMATED_NONE)
                    .map(o -> AutomatedDecisionMaking.none());
            case USED -> read.object(node, path, RegisterFormatNames.AUTOMATED_USED)
                    .flatMap(o -> read.localized(o, "description", true).map(AutomatedDecisionMaking::used));
        };
    }

    Optional<DocumentMetadata> metadata(Node node, RegisterPath path) {
        return read.object(node, path, RegisterFormatNames.METADATA).flatMap(o -> {
            Optional<String> version = read.text(o, "version", false);
            Optional<LocalDate> date = date(o, "date");
            Optional<LocalDate> lastChanged = date(o, "lastChanged");
            Optional<LocalDate> inForceFrom = date(o, "inForceFrom");
            Optional<LegalFramework> framework = read.code(o, "framework", LegalFramework.values(),
                    LegalFramework::code);
            Optional<LocalizedText> changeNotice = read.localized(o, "changeNotice", false);
            Optional<LocalizedText> noticeUrl = read.localized(o, "noticeUrl", false);
            Optional<LocalizedText> firstLayerUrl = read.localized(o, "firstLayerUrl", false);
            return read.construct(node, path, () -> new DocumentMetadata(version, date, lastChanged, inForceFrom,
                    framework, changeNotice, noticeUrl, firstLayerUrl));
        });
    }

    private Optional<LocalDate> date(NodeReader.Obj o, String name) {
        return read.text(o, name, false).flatMap(text -> {
            try {
                return Optional.of(LocalDate.parse(text));
            } catch (DateTimeParseException e) {
                read.error(o.node(name), o.path(name), "'" + text + "' is not a date as YYYY-MM-DD");
                return Optional.empty();
            }
        });
    }

    Optional<RightsRestriction> rightsRestriction(Node node, RegisterPath path) {
        return read.object(node, path, RegisterFormatNames.RIGHTS_RESTRICTION).flatMap(o -> {
            o.required("right");
            Optional<DataSubjectRight> right = read.code(o, "right", DataSubjectRight.values(),
                    DataSubjectRight::code);
            Optional<LocalizedText> description = read.localized(o, "description", true);
            Optional<LocalizedText> law = read.localized(o, "law", false);
            if (right.isEmpty() || description.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new RightsRestriction(right.get(), description.get(), law));
        });
    }

    Map<Topic, LocalizedText> introductions(Node node, RegisterPath path) {
        Map<Topic, LocalizedText> introductions = new EnumMap<>(Topic.class);
        List<String> topics = Arrays.stream(Topic.values()).map(Topic::code).toList();
        read.object(node, path, new LinkedHashSet<>(topics)).ifPresent(o -> {
            for (Topic topic : Topic.values()) {
                read.localized(o, topic.code(), false).ifPresent(text -> introductions.put(topic, text));
            }
        });
        return introductions;
    }
}
