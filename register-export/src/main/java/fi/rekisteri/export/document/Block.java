package fi.rekisteri.export.document;

import fi.rekisteri.core.Language;
import java.util.List;
import java.util.Objects;

/**
 * A piece of a section's content. Texts carry the language they are written in, which differs from the document's
 * when a register text has no translation and a fallback was used; HTML marks such passages with their language.
 *
 * <p>A block may hold a data subject's own data (an access report's outline, {@link SubjectReports}), so
 * {@code toString()} gives each text's language and length, never the text.
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

        /** {@code Paragraph[fi, 42 characters]}: never the text. */
        @Override
        public String toString() {
            return "Paragraph[" + language.tag() + ", " + text.length() + " characters]";
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

        /** {@code Item[fi, 42 characters, 2 children]}: never the text. */
        @Override
        public String toString() {
            return "Item[" + language.tag() + ", " + text.length() + " characters, " + children.size() + " children]";
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
     * A clearly marked box that stands apart from the statement's own text: the compliance check's findings on a
     * notice, say. Renderers frame it (text), quote it (Markdown) or draw it as a bordered note (HTML, PDF).
     *
     * @param title what the box is about, in the document's language
     * @param items what it says, at least one
     */
    record Notice(String title, List<Item> items) implements Block {
        /** Creates a notice; it must have an item. */
        public Notice {
            Objects.requireNonNull(title, "title");
            items = List.copyOf(items);
            if (items.isEmpty()) {
                throw new IllegalArgumentException("a notice needs at least one item");
            }
        }

        /** {@code Notice[3 items]}: never the texts. */
        @Override
        public String toString() {
            return "Notice[" + items.size() + " items]";
        }
    }

    /**
     * One labelled value.
     *
     * @param label the label, in the document's language
     * @param value the value as written in the register
     * @param link whether the value is a web address that HTML and PDF make a link of; only an {@code https://} or
     *     {@code http://} address is
     */
    record Field(String label, String value, boolean link) {
        /**
         * Creates a field.
         *
         * @throws IllegalArgumentException when a link's value is not an {@code https://} or {@code http://} address
         */
        public Field {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(value, "value");
            if (link && !isWebAddress(value)) {
                throw new IllegalArgumentException("a link must be an https:// or http:// address: " + value);
            }
        }

        /** Creates a field that is not a link. */
        public Field(String label, String value) {
            this(label, value, false);
        }

        /** Whether a text is an {@code https://} or {@code http://} address, which a field may link to. */
        public static boolean isWebAddress(String value) {
            String lower = value.toLowerCase(java.util.Locale.ROOT);
            return (lower.startsWith("https://") || lower.startsWith("http://")) && value.strip().equals(value)
                    && value.chars().noneMatch(Character::isWhitespace);
        }

        /** {@code Field[Sähköposti, 16 characters]}: the label, never the value. */
        @Override
        public String toString() {
            return "Field[" + label + ", " + value.length() + " characters" + (link ? ", link" : "") + "]";
        }
    }
}
