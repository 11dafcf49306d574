package fi.rekisteri.core;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Where in a register something is: property names and list indexes from the register down, as the register's
 * accessors and the register file name them. Immutable and thread-safe; equal paths have equal text.
 *
 * <pre>{@code
 * RegisterPath path = RegisterPath.of("purposes").index(3).property("legalBasis");
 * path.toString();                                        // purposes[3].legalBasis
 * RegisterPath.parse("purposes[3].legalBasis").equals(path); // true
 * }</pre>
 *
 * <p>The text writes a property as its name, after a dot unless it comes first, and an index in brackets; the root
 * is the empty text. A name that a reader could not tell apart from the punctuation (empty, or holding {@code .},
 * {@code [} or {@code ]}) is written quoted in brackets, {@code ['a.b']}, with {@code \} escaping {@code '} and
 * {@code \}. So every path has exactly one text, and {@link #parse(String)} reads back what {@link #toString()}
 * wrote.
 */
public final class RegisterPath {

    private static final RegisterPath ROOT = new RegisterPath(null, null, "");

    private final @Nullable RegisterPath parent;
    private final @Nullable Segment last;
    private final int size;
    private final String text;

    private RegisterPath(@Nullable RegisterPath parent, @Nullable Segment last, String text) {
        this.parent = parent;
        this.last = last;
        this.size = parent == null ? 0 : parent.size + 1;
        this.text = text;
    }

    /** One step of a path: a property of an object or an item of a list. */
    public sealed interface Segment permits Property, Index {}

    /**
     * A property, by name.
     *
     * @param name the property's name as the register file spells it; any text, even empty
     */
    public record Property(String name) implements Segment {

        /**
         * Creates the segment.
         *
         * @throws NullPointerException when the name is null
         */
        public Property {
            Objects.requireNonNull(name, "name");
        }
    }

    /**
     * An item of a list, by position.
     *
     * @param index the 0-based position
     */
    public record Index(int index) implements Segment {

        /**
         * Creates the segment.
         *
         * @throws IllegalArgumentException when the index is negative
         */
        public Index {
            if (index < 0) {
                throw new IllegalArgumentException("index " + index + " is negative; list positions start at 0");
            }
        }
    }

    /** The register as a whole; its text is empty. */
    public static RegisterPath root() {
        return ROOT;
    }

    /**
     * The path of nested properties, outermost first: {@code of("security", "manual")} is {@code security.manual}.
     * Each name is one property, even one that holds a dot: {@code of("contact.email")} is {@code ['contact.email']}.
     *
     * @throws NullPointerException when a name is null
     */
    public static RegisterPath of(String first, String... more) {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(more, "more");
        RegisterPath path = ROOT.property(first);
        for (String name : more) {
            path = path.property(name);
        }
        return path;
    }

    /**
     * Reads the text {@link #toString()} writes.
     *
     * @throws IllegalArgumentException naming the text and what is wrong with it, when it is not a path's text
     */
    public static RegisterPath parse(String text) {
        Objects.requireNonNull(text, "text");
        RegisterPath path = ROOT;
        int at = 0;
        while (at < text.length()) {
            char c = text.charAt(at);
            if (c == '[') {
                int start = at + 1;
                if (start < text.length() && text.charAt(start) == '\'') {
                    StringBuilder name = new StringBuilder();
                    at = quoted(text, start + 1, name);
                    path = path.property(name.toString());
                } else {
                    int end = text.indexOf(']', start);
                    if (end < 0) {
                        throw invalid(text, "the '[' at position " + at + " is not closed");
                    }
                    path = path.index(index(text, start, end));
                    at = end + 1;
                }
            } else {
                if (!path.isRoot()) {
                    if (c != '.') {
                        throw invalid(text, "expected '.' or '[' at position " + at);
                    }
                    at++;
                }
                int end = at;
                while (end < text.length() && text.charAt(end) != '.' && text.charAt(end) != '[') {
                    if (text.charAt(end) == ']') {
                        throw invalid(text, "the ']' at position " + end + " closes no '['");
                    }
                    end++;
                }
                if (end == at) {
                    throw invalid(text, "expected a property name at position " + at);
                }
                path = path.property(text.substring(at, end));
                at = end;
            }
        }
        if (!path.text.equals(text)) {
            // Quoting a plain name, or an index with leading zeros, gives a second text for the same path.
            throw invalid(text, "write it as " + path.text);
        }
        return path;
    }

    /** Reads a quoted name from {@code from} to its closing {@code ']}; the position after it. */
    private static int quoted(String text, int from, StringBuilder name) {
        int at = from;
        while (at < text.length()) {
            char c = text.charAt(at);
            if (c == '\\' && at + 1 < text.length()) {
                name.append(text.charAt(at + 1));
                at += 2;
            } else if (c == '\'') {
                if (at + 1 >= text.length() || text.charAt(at + 1) != ']') {
                    throw invalid(text, "expected ']' after the quoted name at position " + (at + 1));
                }
                return at + 2;
            } else {
                name.append(c);
                at++;
            }
        }
        throw invalid(text, "the quoted name at position " + (from - 1) + " is not closed");
    }

    private static int index(String text, int start, int end) {
        String digits = text.substring(start, end);
        if (digits.isEmpty() || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw invalid(text, "'" + digits + "' at position " + start + " is not a list index");
        }
        try {
            return Integer.parseInt(digits);
        } catch (NumberFormatException e) {
            throw invalid(text, "index " + digits + " at position " + start + " is too large");
        }
    }

    private static IllegalArgumentException invalid(String text, String reason) {
        return new IllegalArgumentException("'" + text + "' is not a register path: " + reason);
    }

    /**
     * This path followed by a property.
     *
     * @throws NullPointerException when the name is null
     */
    public RegisterPath property(String name) {
        Property segment = new Property(name);
        String written = isPlain(name) ? (isRoot() ? name : text + "." + name) : text + "['" + escape(name) + "']";
        return then(segment, written);
    }

    /**
     * This path followed by a list index.
     *
     * @throws IllegalArgumentException when the index is negative
     */
    public RegisterPath index(int index) {
        return then(new Index(index), text + "[" + index + "]");
    }

    private RegisterPath then(Segment segment, String written) {
        return new RegisterPath(this, segment, written);
    }

    private static boolean isPlain(String name) {
        if (name.isEmpty()) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == '.' || c == '[' || c == ']') {
                return false;
            }
        }
        return true;
    }

    private static String escape(String name) {
        return name.replace("\\", "\\\\").replace("'", "\\'");
    }

    /** The steps from the register down, outermost first; empty for the root. */
    public List<Segment> segments() {
        // Made on each call from the parents: the check builds a path for every part it looks at and reads the
        // segments of almost none, so a path holds only its parent and last step.
        Segment[] steps = new Segment[size];
        RegisterPath path = this;
        for (int i = size - 1; i >= 0; i--) {
            steps[i] = Objects.requireNonNull(path.last, "only the root has no last step");
            path = Objects.requireNonNull(path.parent, "only the root has no parent");
        }
        return List.of(steps);
    }

    /** Whether this is the register as a whole. */
    public boolean isRoot() {
        return size == 0;
    }

    /** This path without its last step; empty for the root. */
    public Optional<RegisterPath> parent() {
        return Optional.ofNullable(parent);
    }

    @Override
    public boolean equals(@Nullable Object other) {
        // The text is written one way only, so equal texts mean equal segments.
        return other instanceof RegisterPath path && text.equals(path.text);
    }

    @Override
    public int hashCode() {
        return text.hashCode();
    }

    /** The path's text, such as {@code purposes[3].legalBasis}; empty for the root. */
    @Override
    public String toString() {
        return text;
    }
}
