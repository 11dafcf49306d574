package fi.rekisteri.export.internal.format;

import fi.rekisteri.core.LocalizedText;
import fi.rekisteri.core.RegisterPath;
import fi.rekisteri.core.Retention;
import fi.rekisteri.core.RetentionRule;
import fi.rekisteri.export.internal.format.NodeReader.Obj;
import java.time.Duration;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

/**
 * Decodes retention rules: a period ({@code P6Y}, or {@code PT10M} with a time part) after an event or, with no
 * event, from collection; until a condition; or the criteria that set it.
 */
final class RetentionDecoder {

    /** The properties that say how long, of which a rule gives exactly one. */
    private static final List<String> FORMS = List.of("period", "until", "criteria");

    private final NodeReader read;

    RetentionDecoder(NodeReader read) {
        this.read = read;
    }

    Optional<RetentionRule> retentionRule(Node node, RegisterPath path) {
        return read.object(node, path, RegisterFormatNames.RETENTION_RULE).flatMap(o -> {
            List<String> categories = read.keys(o, "categories");
            List<String> given = FORMS.stream().filter(o::has).toList();
            if (given.size() > 1) {
                read.error(o.nameNode(given.get(1)), o.path(given.get(1)),
                        "give one of 'period' (with or without 'event'), 'until' or 'criteria', not both '"
                                + given.get(0) + "' and '" + given.get(1) + "'");
                return Optional.empty();
            }
            if (given.isEmpty()) {
                read.error(node, path, "missing 'period' (with or without 'event'), 'until' or 'criteria'");
                return Optional.empty();
            }
            String form = given.get(0);
            misplaced(o, "event", "period", form);
            misplaced(o, "description", "until", form);
            Optional<Retention> retention = switch (form) {
                case "period" -> period(o);
                case "until" -> read.code(o, "until", Retention.Condition.values(), Retention.Condition::code)
                        .flatMap(condition -> read.construct(o.node("until"), o.path("until"),
                                () -> new Retention.Until(condition, read.localized(o, "description", false))));
                default -> read.localized(o, "criteria", true).map(Retention::criteria);
            };
            if (!o.has("categories")) {
                o.required("categories");
                return Optional.empty();
            }
            Optional<String> eventKey = read.text(o, "eventKey", false);
            if (read.lostEveryItem(o.path("categories"))) {
                return Optional.empty();
            }
            return retention.flatMap(r -> read.construct(o.node("categories"), o.path("categories"),
                    () -> new RetentionRule(categories, r)))
                    .flatMap(rule -> eventKey.isEmpty() ? Optional.of(rule)
                            : read.construct(o.node("eventKey"), o.path("eventKey"),
                                    () -> rule.withEvent(eventKey.get())));
        });
    }

    private void misplaced(Obj o, String name, String belongsTo, String form) {
        if (o.has(name) && !form.equals(belongsTo)) {
            read.error(o.nameNode(name), o.path(name), "'" + name + "' goes with '" + belongsTo + "', not with '"
                    + form + "'");
        }
    }

    /** A period with a time part ({@code PT10M}) is a duration; one of years, months and days a period. */
    private Optional<Retention> period(Obj o) {
        Optional<String> text = read.text(o, "period", true);
        Optional<LocalizedText> event = read.localized(o, "event", false);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        String iso = text.get();
        try {
            if (iso.contains("T")) {
                Duration duration = Duration.parse(iso);
                return read.construct(o.node("period"), o.path("period"), () -> new Retention.Timed(duration, event));
            }
            Period period = Period.parse(iso);
            return read.construct(o.node("period"), o.path("period"), () -> event.isPresent()
                    ? Retention.after(period, event.get())
                    : Retention.fromCollection(period));
        } catch (DateTimeParseException e) {
            read.error(o.node("period"), o.path("period"), "'" + iso + "' is not an ISO 8601 period such as P6M"
                    + " (six months), P6Y (six years) or PT10M (ten minutes)");
            return Optional.empty();
        }
    }
}
