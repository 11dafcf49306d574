package fi.rekisteri.export.internal.document;

import fi.rekisteri.core.ContactDetails;
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
import java.util.regex.Pattern;

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
        for (String part : BLANK_LINES.split(resolved.text().strip())) {
            blocks.add(new Paragraph(part.strip(), resolved.language()));
        }
        return blocks;
    }

    /** The register's lead-in for a topic, as paragraphs; nothing when it has none. */
    List<Block> introduction(Topic topic) {
        return register.introduction(topic).map(this::paragraphs).orElse(List.of());
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
        contact.address().ifPresent(a -> fields.add(new Field(message("field.address"), a.oneLine())));
        contact.email().ifPresent(e -> fields.add(new Field(message("field.email"), e)));
        contact.phone().ifPresent(p -> fields.add(new Field(message("field.phone"), p)));
        contact.website().ifPresent(w -> fields.add(new Field(message("field.website"), w)));
        return fields;
    }

    /** The data categories as a tree: top-level categories, each with its sub-categories nested. */
    List<Item> categoryTree() {
        List<Item> roots = new ArrayList<>();
        for (DataCategory category : register.dataCategories()) {
            boolean hasDeclaredParent = category.parentKey().flatMap(register::dataCategory).isPresent();
            if (!hasDeclaredParent) {
                roots.add(categoryItem(category));
            }
        }
        return roots;
    }

    private Item categoryItem(DataCategory category) {
        LocalizedText.Resolved name = category.name().resolve(language);
        String text = category.description()
                .map(d -> name.text() + " – " + text(d))
                .orElse(name.text());
        List<Item> children = register.childrenOf(category.key()).stream().map(this::categoryItem).toList();
        return new Item(text, name.language(), children);
    }
}
