package fi.rekisteri.export.document;

import fi.rekisteri.export.internal.document.Messages;
import fi.rekisteri.core.ContactDetails;
import fi.rekisteri.core.Source;
import fi.rekisteri.core.Transfers;
import fi.rekisteri.core.compliance.DocumentType;
import fi.rekisteri.export.document.Block.BulletList;
import fi.rekisteri.core.ContactPoint;
import fi.rekisteri.core.LegalBasis;
import fi.rekisteri.core.Organisation;
import fi.rekisteri.core.Purpose;
import fi.rekisteri.core.Retention;
import fi.rekisteri.core.RetentionRule;
import fi.rekisteri.core.Transfer;
import fi.rekisteri.export.document.Block.Fields;
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
        register.representative().ifPresent(r -> blocks.add(organisation(r)));
        return blocks;
    }

    /** Every contact point for register matters, each with its role where it has one. */
    List<Block> contactPoints() {
        return register.contactPoints().stream().<Block>map(this::contactPoint).toList();
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

    /** The subject groups and the data category tree, each under its label. */
    List<Block> subjectsAndCategories() {
        List<Block> blocks = new ArrayList<>(labelledList("data.subjects", subjectItems()));
        blocks.addAll(labelledList("data.categories", categoryTree()));
        return blocks;
    }

    /** The source's description, for a source that is the data subject or the controller itself. */
    Optional<Item> ownSourceItem(Source source) {
        return switch (source.kind()) {
            case DATA_SUBJECT -> Optional.of(item(((Source.DataSubject) source).description()));
            case INTERNAL -> Optional.of(item(((Source.Internal) source).description()));
            case EXTERNAL -> Optional.empty();
        };
    }

    /** An external source as {@code name: supplies reason}; the name alone when it states neither. */
    String externalSourceText(Source.External source) {
        List<String> details = new ArrayList<>();
        source.supplies().ifPresent(t -> details.add(text(t)));
        source.reason().ifPresent(t -> details.add(text(t)));
        String name = text(source.name());
        return details.isEmpty() ? name : name + ": " + String.join(" ", details);
    }

    /** The disclosures, each as {@code recipient: basis}, or the recipient alone when no basis is stated. */
    List<Item> disclosureItems() {
        return register.disclosures().stream()
                .map(d -> item(text(d.recipient()) + d.basis().map(b -> ": " + text(b)).orElse("")))
                .toList();
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
        }).orElse(List.of());
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

    /** {@code Yhdysvallat, Cloud Inc. (tietosuoja-asetuksen 46(2)(c) artikla)}. */
    String transferText(Transfer transfer) {
        StringBuilder text = new StringBuilder(country(transfer.country()));
        transfer.recipient().ifPresent(r -> text.append(", ").append(text(r)));
        transfer.safeguard().ifPresent(s -> text.append(" (").append(message("gdpr.article", s.article()))
                .append(')'));
        return text.toString();
    }

    /** A country's name in the document's language, from the JDK's locale data; the code when it has none. */
    String country(String code) {
        String name = new Locale("", code).getDisplayCountry(language.locale());
        return name.isEmpty() || name.equals(code) ? code : name;
    }

    /** A legal basis in words with its article: {@code sopimus}, {@code tietosuoja-asetuksen 6(1)(b) artikla}. */
    String basisName(LegalBasis basis) {
        return text(basis.kind().label());
    }

    /** Every purpose with its legal basis, in register order. */
    List<Item> purposesWithBasis() {
        return register.purposes().stream().map(this::purposeWithBasis).toList();
    }

    /** A purpose with its legal basis, and the basis's own texts as nested items. */
    Item purposeWithBasis(Purpose purpose) {
        String name = text(purpose.name());
        if (purpose.legalBasis().isEmpty()) {
            return new Item(message("purpose.no-basis", name), language, List.of());
        }
        LegalBasis basis = purpose.legalBasis().get();
        List<Item> details = new ArrayList<>();
        purpose.description().ifPresent(d -> details.add(item(d)));
        // The label of the basis's own text is keyed by its name: basis.withdrawal, basis.law, basis.interests.
        basis.kind().detailName().ifPresent(detail -> basis.detail()
                .ifPresent(t -> details.add(item(message("basis." + detail, text(t))))));
        purpose.objection().ifPresent(t -> details.add(item(message("purpose.objection", text(t)))));
        String line = message("purpose.basis", name, basisName(basis), message("gdpr.article", basis.article()));
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
        String categories = rule.categories().stream()
                .map(key -> register.dataCategory(key).map(c -> text(c.name())).orElse(key))
                .collect(Collectors.joining(", "));
        Retention retention = rule.retention();
        return switch (retention.kind()) {
            case AFTER_EVENT -> {
                Retention.AfterEvent after = (Retention.AfterEvent) retention;
                yield message("retention.after", categories, period(after.period()), text(after.event()));
            }
            case CRITERIA ->
                    message("retention.criteria", categories, text(((Retention.Criteria) retention).criteria()));
        };
    }

    /** The names of the subject groups, each an item. */
    List<Item> subjectItems() {
        return register.subjectCategories().stream().map(s -> item(s.name())).toList();
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
