package fi.rekisteri.export.internal.format;

import fi.rekisteri.core.LocalizedText;
import fi.rekisteri.core.RegisterPath;
import fi.rekisteri.core.Retention;
import fi.rekisteri.core.RetentionRule;
import fi.rekisteri.export.internal.format.NodeReader.Obj;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

/** Decodes retention rules: a period after an event, or the criteria that set it. */
final class RetentionDecoder {

    private final NodeReader read;

    RetentionDecoder(NodeReader read) {
        this.read = read;
    }

    Optional<RetentionRule> retentionRule(Node node, RegisterPath path) {
        return read.object(node, path, RegisterFormatNames.RETENTION_RULE).flatMap(o -> {
            List<String> categories = read.keys(o, "categories");
            Optional<Retention> retention;
            if (o.has("period") && o.has("criteria")) {
                read.error(o.nameNode("criteria"), o.path("criteria"),
                        "give either 'period' (with 'event') or 'criteria', not both");
                return Optional.empty();
            } else if (o.has("period")) {
                Optional<Period> period = read.text(o, "period", true).flatMap(text -> period(o, text));
                Optional<LocalizedText> event = read.localized(o, "event", true);
                retention = period.flatMap(p -> event.flatMap(e -> read.construct(o.node("period"),
                        o.path("period"), () -> Retention.after(p, e))));
            } else if (o.has("criteria")) {
                if (o.has("event")) {
                    read.error(o.nameNode("event"), o.path("event"),
                            "'event' goes with 'period', not with 'criteria'");
                }
                retention = read.localized(o, "criteria", true).map(Retention::criteria);
            } else {
                read.error(node, path, "missing 'period' (with 'event') or 'criteria'");
                return Optional.empty();
            }
            if (!o.has("categories")) {
                o.required("categories");
                return Optional.empty();
            }
            Optional<String> eventKey = read.text(o, "eventKey", false);
            return retention.flatMap(r -> read.construct(o.node("categories"), o.path("categories"),
                    () -> new RetentionRule(categories, r)))
                    .flatMap(rule -> eventKey.isEmpty() ? Optional.of(rule)
                            : read.construct(o.node("eventKey"), o.path("eventKey"),
                                    () -> rule.withEvent(eventKey.get())));
        });
    }

    private Optional<Period> period(Obj o, String text) {
        try {
            return Optional.of(Period.parse(text));
        } catch (DateTimeParseException e) {
            read.error(o.node("period"), o.path("period"), "'" + text
                    + "' is not an ISO 8601 period such as P6M (six months) or P6Y (six years)");
            return Optional.empty();
        }
    }
}
