package fi.rekisteri.export.internal.format;

import fi.rekisteri.core.RegisterPath;
import java.util.List;
import java.util.Map;

/**
 * A parsed YAML/JSON value that remembers where it was written, so that every error can name its line and column.
 * Jackson's own tree forgets locations; this one keeps them.
 */
public sealed interface Node {

    /** Where the value starts. */
    Location location();

    /** What kind of value this is, as an error message names it: {@code an object}, {@code a text}. */
    String kind();

    /**
     * The node a path such as {@code purposes[2].categories[0]} names within this one, or the nearest existing
     * ancestor when the path leads where the document has nothing (a part the model defaulted, an index past the
     * list's end).
     */
    default Node nearest(RegisterPath path) {
        Node current = this;
        for (RegisterPath.Segment segment : path.segments()) {
            Node next = null;
            if (segment instanceof RegisterPath.Property property && current instanceof ObjectNode object) {
                Member member = object.members().get(property.name());
                next = member == null ? null : member.value();
            } else if (segment instanceof RegisterPath.Index index && current instanceof ArrayNode array
                    && index.index() < array.items().size()) {
                next = array.items().get(index.index());
            }
            if (next == null) {
                return current;
            }
            current = next;
        }
        return current;
    }

    /**
     * A 1-based line and column.
     *
     * @param line line number
     * @param column column number
     */
    record Location(int line, int column) {}

    /**
     * A mapping of property names to values, in document order.
     *
     * @param members the properties
     * @param location where the object starts
     */
    record ObjectNode(Map<String, Member> members, Location location) implements Node {
        @Override
        public String kind() {
            return "an object";
        }
    }

    /**
     * One property of an object.
     *
     * @param value the value
     * @param nameLocation where the property's name is written
     */
    record Member(Node value, Location nameLocation) {}

    /**
     * A list.
     *
     * @param items the items, in order
     * @param location where the list starts
     */
    record ArrayNode(List<Node> items, Location location) implements Node {
        @Override
        public String kind() {
            return "a list";
        }
    }

    /**
     * A single value. YAML resolves unquoted scalars to numbers, booleans and null; the type keeps that, and
     * {@code text} keeps the value as written.
     *
     * @param type what the scalar resolved to
     * @param text the value as text
     * @param location where it is written
     */
    record ScalarNode(ScalarType type, String text, Location location) implements Node {
        @Override
        public String kind() {
            return switch (type) {
                case STRING -> "a text";
                case NUMBER -> "a number";
                case BOOLEAN -> "a boolean";
                case NULL -> "null";
            };
        }
    }

    /** The kinds of scalar. */
    enum ScalarType {
        /** A text. */
        STRING,
        /** An integer or decimal number. */
        NUMBER,
        /** true or false. */
        BOOLEAN,
        /** null, {@code ~} or an empty value. */
        NULL
    }
}
