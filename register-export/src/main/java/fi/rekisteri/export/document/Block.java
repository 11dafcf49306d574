package fi.rekisteri.export.document;

import fi.rekisteri.core.Language;
import java.util.List;
import java.util.Objects;

/**
 * A piece of a section's content. Texts carry the language they are written in, which differs from the document's
 * when a register text has no translation and a fallback was used; HTML marks such passages with their language.
 */
public sealed interface Block {

    /**
     * A paragraph.
     *
     * @param text the text, on one or more lines
     * @param language the language of the text
     */
    record Paragraph(String text, Language language) implements Block {
        /** Creates a paragraph. */
        public Paragraph {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(language, "language");
        }
    }

    /**
     * A bulleted list.
     *
     * @param items the items, at least one
     */
    record BulletList(List<Item> items) implements Block {
        /** Creates a list; it must have an item. */
        public BulletList {
            items = List.copyOf(items);
            if (items.isEmpty()) {
                throw new IllegalArgumentException("a list needs at least one item");
            }
        }
    }

    /**
     * A list item, possibly with a nested list.
     *
     * @param text the item's text
     * @param language the language of the text
     * @param children nested items, such as sub-categories
     */
    record Item(String text, Language language, List<Item> children) {
        /** Creates an item. */
        public Item {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(language, "language");
            children = List.copyOf(children);
        }
    }

    /**
     * Labelled values, one a line: {@code Nimi: Kotisivutaivas Oy}.
     *
     * @param fields the fields, at least one
     */
    record Fields(List<Field> fields) implements Block {
        /** Creates the block; it must have a field. */
        public Fields {
            fields = List.copyOf(fields);
            if (fields.isEmpty()) {
                throw new IllegalArgumentException("a fields block needs at least one field");
            }
        }
    }

    /**
     * One labelled value.
     *
     * @param label the label, in the document's language
     * @param value the value as written in the register
     */
    record Field(String label, String value) {
        /** Creates a field. */
        public Field {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(value, "value");
        }
    }
}
