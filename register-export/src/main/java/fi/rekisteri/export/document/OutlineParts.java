package fi.rekisteri.export.document;

import fi.rekisteri.export.internal.document.Messages;
import fi.rekisteri.core.ContactDetails;
import fi.rekisteri.core.Source;
import fi.rekisteri.core.Transfers;
import fi.rekisteri.core.compliance.DocumentType;
import fi.rekisteri.export.document.Block.BulletList;
import fi.rekisteri.core.ContactPoint;
import fi.rekisteri.core.CookieLifetime;
import fi.rekisteri.core.Provision;
import fi.rekisteri.core.Safeguard;
import fi.rekisteri.core.LegalBasis;
import fi.rekisteri.core.Organisation;
import fi.rekisteri.core.Purpose;
import fi.rekisteri.core.Retention;
import fi.rekisteri.core.RetentionRule;
import fi.rekisteri.core.Transfer;
import fi.rekisteri.core.Disclosure;
import fi.rekisteri.core.law.TransferCountries;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.regex.Matcher;
import fi.rekisteri.export.document.Block.Fields;
import java.time.Duration;
import java.time.Period;
import java.util.Locale;
import fi.rekisteri.core.CategoryHierarchy;
import fi.rekisteri.core.DataCategory;
import fi.rekisteri.core.Language;
import fi.rekisteri.core.LocalizedText;
import fi.rekisteri.core.Register;
import fi.rekisteri.core.Topic;
import fi.rekisteri.export.document.Block;
import fi.rekisteri.export.document.Block.Field;
import fi.rekisteri.export.document.Block.Item;
import fi.rekisteri.export.document.Block.Paragraph;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Turns parts of a register into blocks in one language; shared by the outlines of every document type. */
final class OutlineParts {

    private static final Pattern BLANK_LINES = Pattern.compile("\\n\\s*\\n");

    /** {@code 6}, {@code 6(1)}, {@code 6(1)(b)}, {@code 21(2)–(3)}, {@code 49(1) second subparagraph}. */
    private static final Pattern PROVISION =
            Pattern.compile("(\\d+)(?:\\((\\d+)\\)(?:\\(([a-z])\\)|–\\((\\d+)\\)|( second subparagraph))?)?");

    private final Register register;
    private final Messages messages;
    private final Language language;

    OutlineParts(Register register, Messages messages) {
        this.register = register;
        this.messages = messages;
        this.language = messages.language();
    }

    Language language() {
        return language;
    }

    /** The register the parts are of. */
    Register register() {
        return register;
    }

    String message(String key, Object... arguments) {
        return messages.get(key, arguments);
    }

    /** The text in the document's language, or its fallback. */
    String text(LocalizedText text) {
        return text.resolve(language).text();
    }

    /** A register text as paragraphs: a blank line in the text starts a new paragraph. */
    List<Block> paragraphs(LocalizedText text) {
        LocalizedText.Resolved resolved = text.resolve(language);
        List<Block> blocks = new ArrayList<>();
        for (String part : BLANK_LINES.split(resolved.text().strip(), -1)) {
            blocks.add(new Paragraph(part.strip(), resolved.language()));
        }
        return blocks;
    }

    /** The register's lead-in for a topic, as paragraphs; nothing when it has none. */
    List<Block> introduction(Topic topic) {
        return register.introduction(topic).map(this::paragraphs).orElse(List.of());
    }

    /** The register's lead-in for a topic, if any, followed by the content; a new list the caller may add to. */
    List<Block> introduced(Topic topic, List<Block> content) {
        List<Block> blocks = new ArrayList<>(introduction(topic));
        blocks.addAll(content);
        return blocks;
    }

    /** The document: its title from {@code titleKey}, the register's name as subtitle, the preamble, the sections. */
    Outline outline(DocumentType type, String titleKey, List<Section> sections) {
        return new Outline(type, language, message(titleKey), text(register.name()),
                register.name().resolve(language).language(), Preamble.of(register, this), sections);
    }

    /** Adds the next numbered section; one without content says so rather than being left out. */
    void addSection(List<Section> sections, String headingKey, List<Block> blocks) {
        List<Block> content = blocks.isEmpty() ? List.of(paragraph(message("not-stated"))) : blocks;
        sections.add(new Section(Integer.toString(sections.size() + 1), message(headingKey), content));
    }

    /** The items as one bullet list; nothing when there are none, since an empty list renders as nothing useful. */
    List<Block> bulletList(List<Item> items) {
        return items.isEmpty() ? List.of() : List.of(new BulletList(items));
    }

    /** A lead-in paragraph from {@code labelKey} and the items as a bullet list; nothing when there are none. */
    List<Block> labelledList(String labelKey, List<Item> items) {
        return items.isEmpty() ? List.of() : List.of(paragraph(message(labelKey)), new BulletList(items));
    }

    /**
     * The controller's fields, then the joint controllers with their arrangement and contact point, then the
     * representative's fields when it has one.
     */
    List<Block> controllerAndRepresentative() {
        List<Block> blocks = new ArrayList<>(controllerAndJointControl());
        blocks.addAll(labelledRepresentative());
        return blocks;
    }

    /** The controller, and the joint controllers with their arrangement's essence and contact point. */
    List<Block> controllerAndJointControl() {
        List<Block> blocks = new ArrayList<>();
        blocks.add(organisation(register.controller()));
        register.jointControl().ifPresent(joint -> {
            blocks.add(paragraph(message("joint.controllers")));
            joint.controllers().forEach(c -> blocks.add(organisation(c)));
            joint.essence().ifPresent(e -> {
                blocks.add(paragraph(message("joint.essence")));
                blocks.addAll(paragraphs(e));
            });
            joint.contactPoint().ifPresent(c -> {
                blocks.add(paragraph(message("joint.contact")));
                blocks.add(contactPoint(c));
            });
        });
        return blocks;
    }

    /** The controller's representative in the EU under its label; nothing when the register names none. */
    List<Block> labelledRepresentative() {
        return register.representative().<List<Block>>map(r -> List.of(paragraph(message("label.representative")),
                organisation(r))).orElse(List.of());
    }

    /** Every contact point for register matters, each with its role where it has one. */
    List<Block> contactPoints() {
        return register.contactPoints().stream().<Block>map(this::contactPoint).toList();
    }

    /** The contact points under their label, for documents that list them after the controller. */
    List<Block> labelledContactPoints() {
        List<Block> points = contactPoints();
        if (points.isEmpty()) {
            return points;
        }
        List<Block> blocks = new ArrayList<>();
        blocks.add(paragraph(message("label.contact-point")));
        blocks.addAll(points);
        return blocks;
    }

    /** The restrictions of rights the controller states, each with the law that lays it down when given. */
    List<Item> rightsRestrictionItems() {
        return register.rightsRestrictions().stream().map(r -> {
            String right = message("right.name." + r.right().code());
            return item(r.law()
                    .map(law -> message("right.restricted.law", right, text(r.description()), text(law)))
                    .orElseGet(() -> message("right.restricted", right, text(r.description()))));
        }).toList();
    }

    /** The data protection officer under its label, for documents that list it among other parties. */
    List<Block> labelledDpo() {
        return register.dataProtectionOfficer().<List<Block>>map(d -> List.of(paragraph(message("label.dpo")),
                contactPoint(d))).orElseGet(() -> noDpo().isEmpty() ? List.of()
                        : List.of(paragraph(message("label.dpo")), noDpo().get(0)));
    }

    /**
     * The register's statement that no data protection officer is designated, with its reason; nothing when it names
     * one or says nothing of one.
     */
    List<Block> noDpo() {
        return register.noDataProtectionOfficerReason().<List<Block>>map(reason ->
                List.of(paragraph(message("dpo.none", reason)))).orElse(List.of());
    }

    /** The subject groups and the data category tree, each under its label. */
    List<Block> subjectsAndCategories() {
        List<Block> blocks = new ArrayList<>(labelledList("data.subjects", subjectItems()));
        blocks.addAll(labelledList("data.categories", categoryTree()));
        return blocks;
    }

    /** The source's description, for a source that is the data subject or the controller itself. */
    Optional<Item> ownSourceItem(Source source) {
        return switch (source.kind()) {
            case DATA_SUBJECT -> {
                Source.DataSubject own = (Source.DataSubject) source;
                yield Optional.of(withDetails(item(own.description()), sourceCategories(own.categories())));
            }
            case INTERNAL -> {
                Source.Internal own = (Source.Internal) source;
                yield Optional.of(withDetails(item(own.description()), sourceCategories(own.categories())));
            }
            case EXTERNAL -> Optional.empty();
        };
    }

    /**
     * An external source with, nested, its business ID and the categories it supplies; {@code publicLabel} adds
     * whether it is publicly accessible (Art. 14(2)(f)).
     */
    Item externalSourceItem(Source.External source, boolean publicLabel) {
        String text = externalSourceText(source);
        Item line = item(publicLabel && source.publiclyAccessible() ? text + " " + message("source.public") : text);
        List<Item> details = new ArrayList<>();
        source.businessId().ifPresent(id -> details.add(item(message("field.businessId") + ": " + id)));
        details.addAll(sourceCategories(source.categories()));
        return withDetails(line, details);
    }

    private List<Item> sourceCategories(List<String> keys) {
        return keys.isEmpty() ? List.of() : List.of(item(message("source.categories", categoryNames(keys))));
    }

    /** The item with the details nested under it, after any it has. */
    static Item withDetails(Item item, List<Item> details) {
        if (details.isEmpty()) {
            return item;
        }
        List<Item> all = new ArrayList<>(item.children());
        all.addAll(details);
        return new Item(item.text(), item.language(), all);
    }

    /** The names of the data categories of the keys, joined, in the document's language; a key with none as is. */
    String categoryNames(List<String> keys) {
        return keys.stream().map(key -> register.dataCategory(key).map(c -> text(c.name())).orElse(key))
                .collect(Collectors.joining(", "));
    }

    /** An external source as {@code name: supplies reason}; the name alone when it states neither. */
    String externalSourceText(Source.External source) {
        List<String> details = new ArrayList<>();
        source.supplies().ifPresent(t -> details.add(text(t)));
        source.reason().ifPresent(t -> details.add(text(t)));
        String name = text(source.name());
        return details.isEmpty() ? name : name + ": " + String.join(" ", details);
    }

    /**
     * The disclosures, each as {@code recipient (role)} with, nested, the data disclosed, the purposes, the basis and
     * the recipient's country, as far as the register states them.
     */
    List<Item> disclosureItems() {
        if (register.disclosures().isEmpty() && register.noDisclosures().isPresent()) {
            return List.of(item(register.noDisclosures().get().statement().map(this::text)
                    .orElse(message("disclosures.none"))));
        }
        return register.disclosures().stream().map(this::disclosureItem).toList();
    }

    private Item disclosureItem(Disclosure disclosure) {
        List<Item> details = new ArrayList<>();
        if (!disclosure.categories().isEmpty()) {
            details.add(item(message("disclosure.categories", categoryNames(disclosure.categories()))));
        }
        if (!disclosure.purposes().isEmpty()) {
            details.add(item(message("disclosure.purposes", purposeNames(disclosure.purposes()))));
        }
        disclosure.basis().ifPresent(b -> details.add(item(message("disclosure.basis", text(b)))));
        disclosure.country().ifPresent(c -> details.add(item(message("disclosure.country", country(c)))));
        return new Item(recipientWithRole(disclosure), language, details);
    }

    /** {@code Verohallinto (viranomainen)}: the recipient with its role written out, when the register states it. */
    String recipientWithRole(Disclosure disclosure) {
        return text(disclosure.recipient())
                + disclosure.role().map(role -> " (" + message("role." + role.code()) + ")").orElse("");
    }

    private String purposeNames(List<String> keys) {
        return keys.stream().map(key -> register.purpose(key).map(p -> text(p.name())).orElse(key))
                .collect(Collectors.joining(", "));
    }

    /**
     * The register's statement on transfers outside the EU/EEA: the statement or the default sentence when there are
     * none, otherwise one item per transfer; nothing when the register does not say.
     */
    List<Block> transfers(Function<Transfer, Item> transferItem) {
        return register.transfers().map(transfers -> switch (transfers.kind()) {
            case NONE -> ((Transfers.None) transfers).statement().map(this::paragraphs)
                    .orElse(List.of(paragraph(message("transfers.none"))));
            case THIRD_COUNTRIES -> List.<Block>of(new BulletList(
                    ((Transfers.ThirdCountries) transfers).transfers().stream().map(transferItem).toList()));
            case MAY_OCCUR -> possibleTransfers((Transfers.MayOccur) transfers);
        }).orElse(List.of());
    }

    /** The register's words (or the default sentence) on transfers that may occur, then their safeguards. */
    private List<Block> possibleTransfers(Transfers.MayOccur may) {
        List<Block> blocks = new ArrayList<>(may.statement().map(this::paragraphs)
                .orElse(List.of(paragraph(message("transfers.may-occur")))));
        if (!may.safeguards().isEmpty()) {
            blocks.add(paragraph(message("transfers.safeguards", may.safeguards().stream()
                    .map(this::safeguardText).collect(Collectors.joining(", ")))));
        }
        return blocks;
    }

    /**
     * A safeguard in words with its article, or an invalidated mechanism by the decision that set it up and the
     * Court's ruling, so that a reader sees what the check reports.
     */
    String safeguardText(Safeguard safeguard) {
        return safeguard.isInvalidated() ? message("safeguard." + safeguard.code(), safeguard.article())
                : message("safeguard." + safeguard.code(), cite(safeguard.article()));
    }

    /** One retention rule an item, in register order. */
    List<Item> retentionItems() {
        return register.retention().stream().map(rule -> item(retentionText(rule))).toList();
    }

    /** The security measures as paragraphs: general, then electronic, then manual. */
    List<Block> securityParagraphs() {
        List<Block> blocks = new ArrayList<>();
        register.security().general().ifPresent(t -> blocks.addAll(paragraphs(t)));
        register.security().electronic().ifPresent(t -> blocks.addAll(paragraphs(t)));
        register.security().manual().ifPresent(t -> blocks.addAll(paragraphs(t)));
        return blocks;
    }

    Item item(LocalizedText text) {
        LocalizedText.Resolved resolved = text.resolve(language);
        return new Item(resolved.text(), resolved.language(), List.of());
    }

    Item item(String text) {
        return new Item(text, language, List.of());
    }

    Paragraph paragraph(String text) {
        return new Paragraph(text, language);
    }

    /** Name, business ID and contact details as labelled fields. */
    List<Field> contactFields(String name, Optional<String> businessId, ContactDetails contact) {
        List<Field> fields = new ArrayList<>();
        fields.add(new Field(message("field.name"), name));
        businessId.ifPresent(id -> fields.add(new Field(message("field.businessId"), id)));
        contactDetailFields(fields, contact);
        return fields;
    }

    private void contactDetailFields(List<Field> fields, ContactDetails contact) {
        contact.address().ifPresent(a -> fields.add(new Field(message("field.address"), a.oneLine())));
        contact.visitingAddress()
                .ifPresent(a -> fields.add(new Field(message("field.visitingAddress"), a.oneLine())));
        contact.email().ifPresent(e -> fields.add(new Field(message("field.email"), e)));
        contact.phone().ifPresent(p -> fields.add(new Field(message("field.phone"), p)));
        contact.website().ifPresent(w -> fields.add(new Field(message("field.website"), w)));
    }

    /**
     * An organisation's name, the body it is a unit of, its business ID (as written, when it fails its check: the
     * document shows what the register says, the check reports it) and contact details.
     */
    Fields organisation(Organisation organisation) {
        List<Field> fields = new ArrayList<>();
        fields.add(new Field(message("field.name"), text(organisation.name())));
        organisation.unitOf().ifPresent(body -> fields.add(new Field(message("field.unitOf"), text(body))));
        organisation.businessId().map(Object::toString).or(organisation::invalidBusinessId)
                .ifPresent(id -> fields.add(new Field(message("field.businessId"), id)));
        contactDetailFields(fields, organisation.contact());
        return new Fields(fields);
    }

    /** A contact point's role, name and contact details. */
    Fields contactPoint(ContactPoint point) {
        List<Field> fields = new ArrayList<>();
        point.role().ifPresent(role -> fields.add(new Field(message("field.role"), text(role))));
        fields.add(new Field(message("field.name"), point.name()));
        contactDetailFields(fields, point.contact());
        return new Fields(fields);
    }

    /**
     * {@code Yhdysvallat, Cloud Inc. – komission hyväksymät vakiosopimuslausekkeet (tietosuoja-asetuksen 46 artiklan
     * 2 kohdan c alakohta)}: where to, to whom, and the safeguard in words with its article.
     */
    String transferText(Transfer transfer) {
        StringBuilder text = new StringBuilder(country(transfer.country()));
        transfer.recipient().ifPresent(r -> text.append(", ").append(text(r)));
        transfer.safeguard().ifPresent(s -> text.append(" – ").append(safeguardText(transfer, s)));
        // The adequacy decision's own words already say the recipient is certified; any other ground does not.
        if (transfer.dataPrivacyFramework() && !transfer.safeguard().equals(Optional.of(Safeguard.ADEQUACY_DECISION))) {
            text.append(' ').append(message("transfer.dpf"));
        }
        return text.toString();
    }

    /** The categories a transfer carries, as an item to nest under it; nothing when it names none. */
    List<Item> transferCategories(Transfer transfer) {
        return transfer.categories().isEmpty() ? List.of()
                : List.of(item(message("transfer.categories", categoryNames(transfer.categories()))));
    }

    /**
     * A transfer's safeguard in words with its article. An adequacy decision that covers only part of a country is
     * named for what it covers: for the United States, the EU–US Data Privacy Framework when the register says the
     * recipient is certified, otherwise the decision "which covers the recipient", as the register claims.
     */
    String safeguardText(Transfer transfer, Safeguard safeguard) {
        String key = "safeguard." + safeguard.code();
        String country = transfer.country();
        if (safeguard == Safeguard.ADEQUACY_DECISION
                && TransferCountries.current().adequacy(country).filter(a -> a.isPartial()).isPresent()) {
            if (country.equals("US")) {
                key = transfer.dataPrivacyFramework() ? key + ".US" : key + ".partial";
            } else {
                key = messages.keys().contains(key + "." + country) ? key + "." + country : key + ".partial";
            }
        }
        return safeguard.isInvalidated() ? message(key, safeguard.article()) : message(key, cite(safeguard.article()));
    }

    /** A country's name in the document's language, from the JDK's locale data; the code when it has none. */
    String country(String code) {
        String name = new Locale("", code).getDisplayCountry(language.locale());
        return name.isEmpty() || name.equals(code) ? code : name;
    }

    /** A legal basis in words: {@code sopimus}, {@code avtal}, {@code contract}. */
    String basisName(LegalBasis basis) {
        return text(basis.kind().label());
    }

    /** A legal basis in words with its article: {@code sopimus (tietosuoja-asetuksen 6 artiklan 1 kohdan b alakohta)}. */
    String basisWithArticle(LegalBasis basis) {
        return basisName(basis) + " (" + cite(basis.article()) + ")";
    }

    /**
     * A GDPR provision as the document's language cites it: {@code tietosuoja-asetuksen 6 artiklan 1 kohdan b
     * alakohta}, {@code artikel 6.1 b i dataskyddsförordningen}, {@code Article 6(1)(b) GDPR}. Every citation of every
     * document goes through here; the patterns are the bundle's {@code cite.*} messages.
     *
     * @throws IllegalArgumentException for a provision not written as {@code 6}, {@code 6(1)}, {@code 6(1)(b)},
     *     {@code 21(2)–(3)} or {@code 49(1) second subparagraph}
     */
    String cite(String provision) {
        Matcher m = PROVISION.matcher(provision);
        if (!m.matches()) {
            throw new IllegalArgumentException("not a GDPR provision: " + provision);
        }
        String article = m.group(1);
        String paragraph = m.group(2);
        if (paragraph == null) {
            return message("cite.article", article);
        }
        if (m.group(3) != null) {
            return message("cite.point", article, paragraph, m.group(3));
        }
        if (m.group(4) != null) {
            return message("cite.paragraphs", article, paragraph, m.group(4));
        }
        if (m.group(5) != null) {
            return message("cite.subparagraph", article, paragraph);
        }
        return message("cite.paragraph", article, paragraph);
    }

    /** A date as the document's language writes it: {@code 30.11.2026}, {@code 30 November 2026}. */
    String date(LocalDate date) {
        return date.format(DateTimeFormatter.ofPattern(message("date.pattern"), language.locale()));
    }

    /** Every purpose with its legal basis, in register order. */
    List<Item> purposesWithBasis() {
        return register.purposes().stream().map(this::purposeWithBasis).toList();
    }

    /** A purpose with its legal basis, and the basis's own texts as nested items. */
    Item purposeWithBasis(Purpose purpose) {
        String name = text(purpose.name());
        List<Item> details = new ArrayList<>();
        purpose.description().ifPresent(d -> details.add(item(d)));
        purpose.legalBasis().ifPresent(basis ->
                // The label of the basis's own text is keyed by its name: basis.withdrawal, basis.law, basis.interests.
                basis.kind().detailName().ifPresent(detail -> basis.detail()
                        .ifPresent(t -> details.add(item(message("basis." + detail, text(t)))))));
        purpose.specialCategoryCondition().ifPresent(c ->
                details.add(item(message("purpose.special-category", cite(c.article())))));
        purpose.criminalDataAuthorisation().ifPresent(law ->
                details.add(item(message("purpose.criminal-data", text(law)))));
        purpose.objection().ifPresent(t -> details.add(item(message("purpose.objection", text(t)))));
        String line = purpose.legalBasis()
                .map(basis -> message("purpose.basis", name, basisWithArticle(basis)))
                .orElse(message("purpose.no-basis", name));
        for (LegalBasis alternative : purpose.alternativeLegalBases()) {
            details.add(item(message("purpose.alternative-basis", basisWithArticle(alternative))));
            alternative.kind().detailName().ifPresent(detail -> alternative.detail()
                    .ifPresent(t -> details.add(item(message("basis." + detail, text(t))))));
        }
        return new Item(line, language, details);
    }

    /** {@code 6 vuotta}, {@code 1 år 6 månader}. */
    @SuppressWarnings("JavaPeriodGetDays") // years, months and days are each written out, none is a total
    String period(Period period) {
        List<String> parts = new ArrayList<>();
        if (period.getYears() != 0) {
            parts.add(message("period.years", period.getYears()));
        }
        if (period.getMonths() != 0) {
            parts.add(message("period.months", period.getMonths()));
        }
        if (period.getDays() != 0) {
            parts.add(message("period.days", period.getDays()));
        }
        return String.join(" ", parts);
    }

    /** A retention rule in one line: the categories it covers, the period and the event, or the criteria. */
    String retentionText(RetentionRule rule) {
        String categories = categoryNames(rule.categories());
        Retention retention = rule.retention();
        return switch (retention.kind()) {
            case AFTER_EVENT -> {
                Retention.AfterEvent after = (Retention.AfterEvent) retention;
                yield message("retention.after", categories, period(after.period()), text(after.event()));
            }
            case CRITERIA ->
                    message("retention.criteria", categories, text(((Retention.Criteria) retention).criteria()));
            case FROM_COLLECTION -> message("retention.after", categories,
                    period(((Retention.FromCollection) retention).period()), text(Retention.FromCollection.COLLECTION));
            case TIMED -> {
                Retention.Timed timed = (Retention.Timed) retention;
                yield message("retention.after", categories, duration(timed.duration()),
                        text(timed.event().orElse(Retention.FromCollection.COLLECTION)));
            }
            case UNTIL -> message("retention.criteria", categories, text(((Retention.Until) retention).text()));
        };
    }

    /** {@code 10 minuuttia}, {@code 1 päivä 2 tuntia}: days, hours, minutes and seconds, each written out. */
    String duration(Duration duration) {
        List<String> parts = new ArrayList<>();
        if (duration.toDays() != 0) {
            parts.add(message("period.days", duration.toDays()));
        }
        if (duration.toHoursPart() != 0) {
            parts.add(message("period.hours", duration.toHoursPart()));
        }
        if (duration.toMinutesPart() != 0) {
            parts.add(message("period.minutes", duration.toMinutesPart()));
        }
        if (duration.toSecondsPart() != 0) {
            parts.add(message("period.seconds", duration.toSecondsPart()));
        }
        return String.join(" ", parts);
    }

    /**
     * The cookies and similar technologies, one an item: the name and what it is for, then whose it is, how long it
     * stays, and whether it is strictly necessary or asks for consent.
     */
    List<Item> cookieItems() {
        return register.cookies().stream().map(cookie -> {
            List<Item> details = new ArrayList<>();
            String party = cookie.thirdParty()
                    ? message("cookie.third-party", cookie.provider().map(this::text).orElse(message("not-stated"))
                            + cookie.providerCountry().map(c -> ", " + country(c)).orElse(""))
                    : message("cookie.first-party");
            details.add(item(party));
            details.add(item(message("cookie.lifetime", cookie.lifetime().map(this::lifetime)
                    .orElse(message("not-stated")))));
            details.add(item(message(cookie.strictlyNecessary() ? "cookie.necessary" : "cookie.consent")));
            return new Item(cookie.name() + " – " + text(cookie.description()), language, details);
        }).toList();
    }

    private String lifetime(CookieLifetime lifetime) {
        if (lifetime.isSession()) {
            return message("cookie.session");
        }
        return lifetime.period().map(this::period).orElseGet(() -> duration(lifetime.duration().orElseThrow()));
    }

    /**
     * Whether each category must be provided and what follows if not, for the categories that say so (Art.
     * 13(2)(e) item by item); empty when none does.
     */
    List<Item> provisionItems() {
        return register.dataCategories().stream().filter(c -> c.provision().isPresent()).map(category -> {
            Provision provision = category.provision().orElseThrow();
            String line = message(provision.required() ? "provision.required" : "provision.optional",
                    text(category.name()));
            return item(provision.consequence().map(c -> line + " " + text(c)).orElse(line));
        }).toList();
    }

    /** The names of the subject groups, each an item. */
    List<Item> subjectItems() {
        return register.subjectCategories().stream().map(s -> {
            // Art. 8 and 12(1): a group that includes children says so, and how a guardian's consent is obtained.
            List<Item> details = new ArrayList<>();
            if (s.includesChildren()) {
                details.add(item(message("subject.children")));
            }
            s.guardianConsent().ifPresent(g -> details.add(item(message("subject.guardian-consent", text(g)))));
            return new Item(text(s.name()) + s.description().map(d -> " – " + text(d)).orElse(""), language, details);
        }).toList();
    }

    /**
     * The data categories as a tree: top-level categories, each with its sub-categories nested, in register order,
     * as the register's {@link Register#categoryHierarchy() hierarchy} has them.
     */
    List<Item> categoryTree() {
        CategoryHierarchy hierarchy = register.categoryHierarchy();
        return hierarchy.topLevel().stream().map(category -> categoryItem(category, hierarchy)).toList();
    }

    private Item categoryItem(DataCategory category, CategoryHierarchy hierarchy) {
        LocalizedText.Resolved name = category.name().resolve(language);
        String text = category.description()
                .map(d -> name.text() + " – " + text(d))
                .orElse(name.text());
        // A loop, not a stream: most categories are leaves, and a stream over no children costs more than the item.
        List<DataCategory> own = hierarchy.childrenOf(category.key());
        List<Item> items = new ArrayList<>(own.size());
        for (DataCategory child : own) {
            items.add(categoryItem(child, hierarchy));
        }
        return new Item(text, name.language(), items);
    }
}
