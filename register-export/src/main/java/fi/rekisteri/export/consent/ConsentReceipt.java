package fi.rekisteri.export.consent;

import fi.rekisteri.core.Language;
import fi.rekisteri.core.LocalizedText;
import fi.rekisteri.core.policy.ConsentEvent;
import fi.rekisteri.core.policy.ConsentRecord;
import fi.rekisteri.export.internal.document.Messages;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The receipt a data subject gets of a consent, in Finnish, Swedish or English, as plain text or as one HTML page:
 * what they consented to, to whom, when, under which version of the notice and of the consent text, whether it is
 * still in force (or which record replaced it), how to withdraw it, and the consent record's id to refer to. It names
 * the subject in no way.
 *
 * <pre>{@code
 * String text = ConsentReceipt.text(record, Language.FI, ZoneId.of("Europe/Helsinki"));
 * String html = ConsentReceipt.html(record, Language.SV, ZoneId.of("Europe/Helsinki"));
 * }</pre>
 */
public final class ConsentReceipt {

    private ConsentReceipt() {}

    /**
     * The receipt as plain text: the title, a line of explanation, one {@code label: value} line a fact, and a note
     * that withdrawing does not undo earlier processing, ending with a line feed. Times are shown in the given zone.
     *
     * @throws NullPointerException if an argument is null
     */
    public static String text(ConsentRecord record, Language language, ZoneId zone) {
        Receipt receipt = Receipt.of(record, language, zone);
        StringBuilder out = new StringBuilder();
        out.append(receipt.title).append('\n').append("=".repeat(receipt.title.length())).append("\n\n");
        out.append(receipt.intro).append("\n\n");
        for (Line line : receipt.lines) {
            out.append(line.label).append(": ").append(line.value.text()).append('\n');
        }
        out.append('\n').append(receipt.note).append('\n');
        return out.toString();
    }

    /**
     * The receipt as one self-contained HTML page in the language ({@code <html lang>}), its facts a description
     * list; a value the register has only in another language is marked with that language.
     *
     * @throws NullPointerException if an argument is null
     */
    public static String html(ConsentRecord record, Language language, ZoneId zone) {
        Receipt receipt = Receipt.of(record, language, zone);
        Document page = Document.createShell("");
        page.outputSettings().prettyPrint(true);
        // The shell is <html><head></head><body></body></html>: its one child is the html element.
        page.child(0).attr("lang", language.tag());
        page.head().appendElement("meta").attr("charset", "utf-8");
        page.head().appendElement("title").text(receipt.title);
        Element body = page.body();
        body.appendElement("h1").text(receipt.title);
        body.appendElement("p").text(receipt.intro);
        Element list = body.appendElement("dl");
        for (Line line : receipt.lines) {
            list.appendElement("dt").text(line.label);
            Element value = list.appendElement("dd").text(line.value.text());
            if (line.value.language() != language) {
                value.attr("lang", line.value.language().tag());
            }
        }
        body.appendElement("p").text(receipt.note);
        return "<!DOCTYPE html>\n" + page.html() + "\n";
    }

    /** A fact of the receipt: its label, and its value in the language it is written in. */
    private record Line(String label, LocalizedText.Resolved value) {}

    /** The receipt's texts in one language, whichever format lays them out. */
    private record Receipt(String title, String intro, List<Line> lines, String note) {

        static Receipt of(ConsentRecord record, Language language, ZoneId zone) {
            Objects.requireNonNull(record, "record");
            Objects.requireNonNull(language, "language");
            Objects.requireNonNull(zone, "zone");
            Messages messages = Messages.of(language);
            DateTimeFormatter time = DateTimeFormatter.ofPattern(messages.get("receipt.time"), language.locale())
                    .withZone(zone);
            List<Line> lines = new ArrayList<>();
            LocalizedText.Resolved controller = record.controllerName().resolve(language);
            lines.add(new Line(messages.get("receipt.controller"), new LocalizedText.Resolved(controller.language(),
                    messages.get("receipt.controller.value", controller.text(), messages.get("field.businessId"),
                            record.controllerId().toString()))));
            LocalizedText.Resolved purpose = record.purpose().name().resolve(language);
            String purposeText = record.purpose().description()
                    .map(description -> purpose.text() + ": " + description.text(language)).orElse(purpose.text());
            lines.add(new Line(messages.get("receipt.purpose"),
                    new LocalizedText.Resolved(purpose.language(), purposeText)));
            lines.add(own(messages.get("receipt.given"), language, time.format(record.given().at())));
            LocalizedText.Resolved notice = record.registerName().resolve(language);
            lines.add(new Line(messages.get("receipt.notice"), new LocalizedText.Resolved(notice.language(),
                    messages.get("receipt.notice.value", notice.text(), record.noticeVersion()))));
            lines.add(own(messages.get("receipt.text-version"), language,
                    record.textVersion().orElse(messages.get("receipt.text-version.none"))));
            lines.add(own(messages.get("receipt.status"), language, status(record, messages, time)));
            LocalizedText.Resolved withdrawal = record.withdrawal().resolve(language);
            lines.add(new Line(messages.get("receipt.withdrawal"), new LocalizedText.Resolved(withdrawal.language(),
                    withdrawal.text())));
            lines.add(own(messages.get("receipt.record"), language, record.id().toString()));
            return new Receipt(messages.get("receipt.title"), messages.get("receipt.intro"), lines,
                    messages.get("receipt.withdrawal.note"));
        }

        private static Line own(String label, Language language, String value) {
            return new Line(label, new LocalizedText.Resolved(language, value));
        }

        private static String status(ConsentRecord record, Messages messages, DateTimeFormatter time) {
            if (record.ended().isEmpty()) {
                return messages.get("receipt.status.given");
            }
            ConsentEvent ended = record.ended().get();
            Instant at = ended.at();
            return switch (ended.status()) {
                case WITHDRAWN -> messages.get("receipt.status.withdrawn", time.format(at));
                case EXPIRED -> messages.get("receipt.status.expired", time.format(at));
                // The renewed record's id, as the receipt gives its own: the subject can refer to the one in force.
                case SUPERSEDED -> messages.get("receipt.status.superseded", time.format(at),
                        record.replacedBy().orElseThrow().toString());
                case GIVEN, RENEWED -> throw new IllegalStateException("a consent record ends with a withdrawal, an"
                        + " expiry or a supersession");
            };
        }
    }
}
