package fi.rekisteri.export.internal.format;

import fi.rekisteri.core.Language;
import fi.rekisteri.core.LocalizedText;
import fi.rekisteri.core.RegisterPath;
import fi.rekisteri.export.FormatError;
import fi.rekisteri.export.internal.format.Node.ArrayNode;
import fi.rekisteri.export.internal.format.Node.Member;
import fi.rekisteri.export.internal.format.Node.ObjectNode;
import fi.rekisteri.export.internal.format.Node.ScalarNode;
import fi.rekisteri.export.internal.format.Node.ScalarType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Reads values out of a {@link Node} tree — objects with their allowed properties, texts, localized texts, flags,
 * keys, codes, lists — and collects an error, with its line, column and path, for every value that does not fit,
 * instead of stopping at the first. The decoders of the register's parts read through one of these.
 */
final class NodeReader {

    private final String source;
    private final List<FormatError> errors = new ArrayList<>();
    /** For each list that lost items it could not read: the file's index of each item kept, by the list's path. */
    private final Map<RegisterPath, List<Integer>> kept = new HashMap<>();
    /**
     * Every item of a list of keys, by the model's path of it (the list's path and the item's index in the model's
     * list): a bad key is reported at its item, not at the part that holds the list.
     */
    private final Map<RegisterPath, KeyItem> keyItems = new HashMap<>();

    NodeReader(String source) {
        this.source = source;
    }

    /** The errors found so far, in the order found. */
    List<FormatError> errors() {
        return errors;
    }

    /** Reads an object whose property names must be among {@code allowed}; an unknown one is an error. */
    Optional<Obj> object(Node node, RegisterPath path, Set<String> allowed) {
        if (!(node instanceof ObjectNode object)) {
            error(node, path, "expected an object, found " + describe(node));
            return Optional.empty();
        }
        object.members().forEach((name, member) -> {
            if (!allowed.contains(name)) {
                error(member.value(), path.property(name), "unknown property '" + name + "'"
                        + Suggestions.didYouMean(name, allowed) + "; expected one of " + String.join(", ", allowed));
            }
        });
        return Optional.of(new Obj(object, path));
    }

    /**
     * A text in one or more languages. A language given as null counts as not given; so a required text whose every
     * language is null is an error at each of them, and an optional one is absent, never an unreported loss.
     */
    Optional<LocalizedText> localized(Obj o, String name, boolean required) {
        Optional<Node> value = required ? o.required(name) : o.get(name);
        return value.flatMap(node -> localized(node, o.path(name), required));
    }

    private Optional<LocalizedText> localized(Node node, RegisterPath path, boolean required) {
        Set<String> languages = new LinkedHashSet<>();
        for (Language language : Language.values()) {
            languages.add(language.tag());
        }
        return object(node, path, languages).flatMap(o -> {
            Map<Language, String> values = new EnumMap<>(Language.class);
            List<String> nulls = new ArrayList<>();
            for (Language language : Language.values()) {
                String tag = language.tag();
                if (o.has(tag) && o.get(tag).isEmpty()) {
                    nulls.add(tag);
                }
                text(o, tag, false).ifPresent(text -> {
                    if (text.isBlank()) {
                        error(o.node(tag), o.path(tag), "the text is blank");
                    } else if (LocalizedText.looksBlank(text)) {
                        // The model's message says which invisible character it found.
                        construct(o.node(tag), o.path(tag), () -> LocalizedText.of(language, text));
                    } else {
                        values.put(language, text);
                    }
                });
            }
            if (values.isEmpty()) {
                if (o.node.members().isEmpty()) {
                    error(node, path, "a text needs at least one of fi, sv, en");
                } else if (required) {
                    nulls.forEach(tag -> error(o.node(tag), o.path(tag), "expected a text, found null"));
                }
                return Optional.empty();
            }
            return Optional.of(new LocalizedText(values));
        });
    }

    /**
     * The key, name and optional description that a keyed part (a category, a purpose) begins with, read in that
     * order; empty, with the errors collected, when the key or the name is missing or not a text.
     */
    Optional<Named> named(Obj o) {
        Optional<String> key = text(o, "key", true);
        Optional<LocalizedText> name = localized(o, "name", true);
        Optional<LocalizedText> description = localized(o, "description", false);
        return key.flatMap(k -> name.map(n -> new Named(k, n, description)));
    }

    Optional<String> text(Obj o, String name, boolean required) {
        Optional<Node> value = required ? o.required(name) : o.get(name);
        return value.flatMap(node -> scalarText(node, o.path(name)));
    }

    /**
     * An optional text made a value by {@code parse}; the parser's {@link IllegalArgumentException} becomes an error
     * at the text.
     */
    <T> Optional<T> parsed(Obj o, String name, Function<String, T> parse) {
        return text(o, name, false).flatMap(text -> construct(o.node(name), o.path(name), () -> parse.apply(text)));
    }

    Optional<String> scalarText(Node node, RegisterPath path) {
        if (node instanceof ScalarNode s && s.type() == ScalarType.STRING) {
            return Optional.of(s.text());
        }
        String hint = node instanceof ScalarNode ? ": put it in quotes" : "";
        error(node, path, "expected a text, found " + describe(node) + hint);
        return Optional.empty();
    }

    /** A boolean property; absent means false. */
    boolean flag(Obj o, String name) {
        return o.get(name).map(node -> {
            if (node instanceof ScalarNode s && s.type() == ScalarType.BOOLEAN) {
                return Boolean.parseBoolean(s.text());
            }
            error(node, o.path(name), "expected true or false, found " + describe(node));
            return false;
        }).orElse(false);
    }

    /** A list of texts, such as keys naming other parts; absent means empty. */
    List<String> keys(Obj o, String name) {
        return o.get(name).map(node -> stringList(node, o.path(name))).orElse(List.of());
    }

    private List<String> stringList(Node node, RegisterPath path) {
        if (!(node instanceof ArrayNode array)) {
            error(node, path, "expected a list, found " + describe(node));
            return List.of();
        }
        List<String> values = new ArrayList<>();
        List<Integer> indexes = new ArrayList<>();
        for (int i = 0; i < array.items().size(); i++) {
            int index = i;
            Node item = array.items().get(i);
            scalarText(item, path.index(i)).ifPresent(value -> {
                values.add(value);
                indexes.add(index);
                // By the model's index, which the model's message names: the items that could not be read are gone.
                keyItems.put(path.index(values.size() - 1), new KeyItem(path.index(index), item));
            });
        }
        keep(path, indexes, array);
        return values;
    }

    /** An optional property naming one of {@code values} by its code. */
    <E> Optional<E> code(Obj o, String name, E[] values, Function<E, String> code) {
        return text(o, name, false).flatMap(text -> code(o.node(name), o.path(name), text, values, code));
    }

    <E> Optional<E> code(Node node, RegisterPath path, String text, E[] values, Function<E, String> code) {
        for (E value : values) {
            if (code.apply(value).equals(text)) {
                return Optional.of(value);
            }
        }
        error(node, path, unknownValue(text, Arrays.stream(values).map(code).toList()));
        return Optional.empty();
    }

    /** A list of codes, each naming one of {@code values}; absent means empty. */
    <E> List<E> codes(Obj o, String name, E[] values, Function<E, String> code) {
        if (!o.has(name)) {
            return List.of();
        }
        Node node = o.node(name);
        RegisterPath path = o.path(name);
        if (!(node instanceof ArrayNode array)) {
            error(node, path, "expected a list, found " + describe(node));
            return List.of();
        }
        List<E> result = new ArrayList<>();
        for (int i = 0; i < array.items().size(); i++) {
            Node item = array.items().get(i);
            RegisterPath itemPath = path.index(i);
            scalarText(item, itemPath).flatMap(text -> code(item, itemPath, text, values, code)).ifPresent(result::add);
        }
        return result;
    }

    /** The variant an object's {@code type} names, one of {@code kinds} by their codes. */
    <K> Optional<K> discriminator(Node node, RegisterPath path, K[] kinds, Function<K, String> code) {
        if (!(node instanceof ObjectNode object)) {
            error(node, path, "expected an object, found " + describe(node));
            return Optional.empty();
        }
        Member type = object.members().get("type");
        if (type == null) {
            error(node, path, "missing required property 'type'; expected one of "
                    + String.join(", ", Arrays.stream(kinds).map(code).toList()));
            return Optional.empty();
        }
        return scalarText(type.value(), path.property("type"))
                .flatMap(text -> code(type.value(), path.property("type"), text, kinds, code));
    }

    /** A list whose items {@code item} reads; an item it cannot read is left out (its errors are collected). */
    <T> List<T> list(Obj o, String name, BiFunction<Node, RegisterPath, Optional<T>> item) {
        if (!o.has(name)) {
            return List.of();
        }
        Node node = o.node(name);
        if (!(node instanceof ArrayNode array)) {
            error(node, o.path(name), "expected a list, found " + describe(node));
            return List.of();
        }
        List<T> result = new ArrayList<>();
        List<Integer> indexes = new ArrayList<>();
        for (int i = 0; i < array.items().size(); i++) {
            int index = i;
            item.apply(array.items().get(i), o.path(name).index(i)).ifPresent(value -> {
                result.add(value);
                indexes.add(index);
            });
        }
        keep(o.path(name), indexes, array);
        return result;
    }

    /**
     * Whether the list at {@code list} had items and lost every one to errors already collected: a part that needs
     * a non-empty list then gets no second error for being empty.
     */
    boolean lostEveryItem(RegisterPath list) {
        List<Integer> indexes = kept.get(list);
        return indexes != null && indexes.isEmpty();
    }

    private void keep(RegisterPath list, List<Integer> indexes, ArrayNode array) {
        if (indexes.size() < array.items().size()) {
            kept.put(list, List.copyOf(indexes));
        }
    }

    /**
     * The file's path of what a path into the model read from it names: they differ where a list lost items that
     * could not be read, so that {@code purposes[1]} of the model is {@code purposes[2]} of the file when the file's
     * second purpose had errors. Empty when the path leads past what was kept.
     */
    Optional<RegisterPath> filePath(RegisterPath modelPath) {
        RegisterPath file = RegisterPath.root();
        for (RegisterPath.Segment segment : modelPath.segments()) {
            if (segment instanceof RegisterPath.Index index) {
                List<Integer> indexes = kept.get(file);
                if (indexes == null) {
                    file = file.index(index.index());
                } else if (index.index() < indexes.size()) {
                    file = file.index(indexes.get(index.index()));
                } else {
                    return Optional.empty();
                }
            } else if (segment instanceof RegisterPath.Property property) {
                file = file.property(property.name());
            }
        }
        return Optional.of(file);
    }

    /** Runs a model constructor; its {@link IllegalArgumentException} becomes an error at {@code node}. */
    <T> Optional<T> construct(Node node, RegisterPath path, Supplier<T> constructor) {
        try {
            return Optional.of(constructor.get());
        } catch (IllegalArgumentException e) {
            String message = String.valueOf(e.getMessage());
            Optional<KeyItem> item = keyItem(path, message);
            error(item.map(KeyItem::node).orElse(node), item.map(KeyItem::path).orElse(path), message);
            return Optional.empty();
        }
    }

    /**
     * The list item a model constructor's message is about, when it names one of the part's lists of keys the way
     * the model names a bad key in a list ({@code categories[2] 'Bad key' is not a key…}): the part at {@code path}
     * or its parent holds the list.
     */
    private Optional<KeyItem> keyItem(RegisterPath path, String message) {
        int open = message.indexOf('[');
        int close = message.indexOf("] '");
        if (open <= 0 || close <= open + 1 || message.indexOf(' ') < close) {
            return Optional.empty();
        }
        String list = message.substring(0, open);
        int index;
        try {
            index = Integer.parseInt(message.substring(open + 1, close));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        KeyItem here = keyItems.get(path.property(list).index(index));
        if (here != null) {
            return Optional.of(here);
        }
        return path.parent().map(parent -> keyItems.get(parent.property(list).index(index)));
    }

    void error(Node node, RegisterPath path, String message) {
        errors.add(new FormatError(source, node.location().line(), node.location().column(), path.toString(),
                message));
    }

    static String describe(Node node) {
        if (node instanceof ScalarNode s && s.type() != ScalarType.NULL) {
            return s.kind() + " (" + s.text() + ")";
        }
        return node.kind();
    }

    private static String unknownValue(String value, List<String> expected) {
        return "unknown value '" + value + "'; expected one of " + String.join(", ", expected);
    }

    /** An item of a list of keys: where it is in the file. */
    private record KeyItem(RegisterPath path, Node node) {
    }

    /** The key, name and description of a keyed part, as {@link #named(Obj)} reads them. */
    record Named(String key, LocalizedText name, Optional<LocalizedText> description) {
    }

    /** An object being read, with its path. */
    final class Obj {
        private final ObjectNode node;
        private final RegisterPath path;

        Obj(ObjectNode node, RegisterPath path) {
            this.node = node;
            this.path = path;
        }

        RegisterPath path(String name) {
            return path.property(name);
        }

        boolean has(String name) {
            return node.members().containsKey(name);
        }

        /** An absent property and an explicit {@code null} both mean "not given". */
        Optional<Node> get(String name) {
            Member member = node.members().get(name);
            if (member == null || (member.value() instanceof ScalarNode s && s.type() == ScalarType.NULL)) {
                return Optional.empty();
            }
            return Optional.of(member.value());
        }

        Optional<Node> required(String name) {
            Optional<Node> value = get(name);
            if (value.isEmpty()) {
                error(has(name) ? node(name) : node, path(name), "missing required property '" + name + "'");
            }
            return value;
        }

        Node node(String name) {
            return member(name).value();
        }

        /** A node standing for where the property's name is written, for errors about the property itself. */
        Node nameNode(String name) {
            return new ScalarNode(ScalarType.STRING, name, member(name).nameLocation());
        }

        private Member member(String name) {
            return Objects.requireNonNull(node.members().get(name), name);
        }
    }
}
