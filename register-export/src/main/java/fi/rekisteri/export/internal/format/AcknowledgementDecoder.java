package fi.rekisteri.export.internal.format;

import fi.rekisteri.core.Acknowledgement;
import fi.rekisteri.core.RegisterPath;
import fi.rekisteri.export.internal.format.NodeReader.Obj;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** Decodes acknowledgements of compliance findings: rule, path, reason, who and the ISO date. */
final class AcknowledgementDecoder {

    private final NodeReader read;

    AcknowledgementDecoder(NodeReader read) {
        this.read = read;
    }

    Optional<Acknowledgement> acknowledgement(Node node, RegisterPath path) {
        return read.object(node, path, RegisterFormatNames.ACKNOWLEDGEMENT).flatMap(o -> {
            Optional<String> rule = read.text(o, "rule", true);
            Optional<RegisterPath> at = read.text(o, "path", false)
                    .flatMap(text -> read.construct(o.node("path"), o.path("path"), () -> RegisterPath.parse(text)))
                    .or(() -> o.has("path") ? Optional.empty() : Optional.of(RegisterPath.root()));
            Optional<String> reason = read.text(o, "reason", true);
            Optional<String> by = read.text(o, "by", true);
            Optional<LocalDate> date = read.text(o, "date", true).flatMap(text -> date(o, text));
            if (rule.isEmpty() || (o.has("path") && at.isEmpty()) || reason.isEmpty() || by.isEmpty()
                    || date.isEmpty()) {
                return Optional.empty();
            }
            return read.construct(node, path,
                    () -> new Acknowledgement(rule.get(), at.get(), reason.get(), by.get(), date.get()));
        });
    }

    private Optional<LocalDate> date(Obj o, String text) {
        try {
            return Optional.of(LocalDate.parse(text));
        } catch (DateTimeParseException e) {
            read.error(o.node("date"), o.path("date"), "'" + text + "' is not an ISO 8601 date such as 2026-11-30");
            return Optional.empty();
        }
    }
}
