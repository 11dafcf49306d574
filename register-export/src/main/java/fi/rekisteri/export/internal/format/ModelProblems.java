package fi.rekisteri.export.internal.format;

import fi.rekisteri.core.Problem;
import fi.rekisteri.core.RegisterPath;
import fi.rekisteri.export.internal.format.Node.ArrayNode;
import fi.rekisteri.export.internal.format.Node.Member;
import fi.rekisteri.export.internal.format.Node.ObjectNode;
import fi.rekisteri.export.internal.format.Node.ScalarNode;
import fi.rekisteri.export.internal.format.Node.ScalarType;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Traces the problems the model finds in a register as a whole (unknown and duplicate keys, a missing parent
 * category) back to the file, and adds a "did you mean" to a reference to a key the file does not declare.
 *
 * <p>The model also checks a register built from only the parts that could be read, so that a file's unknown references
 * are reported in the same pass as its other errors. Such a register lacks the parts that had errors; so then only
 * the problems those parts cannot have caused are reported: a reference to a key that no part of the file declares
 * (another problem, such as a duplicate key, is reported once the file's other errors are fixed).
 */
final class ModelProblems {

    /**
     * The lists whose items' keys other parts name, by the name of the properties that name them: a register's
     * {@code categories} are always data categories' keys, its {@code subjects} subject categories' keys.
     */
    private static final Map<String, String> DECLARING_LIST = Map.of(
            "categories", "dataCategories", "subjects", "subjectCategories", "purposes", "purposes");

    private final NodeReader read;
    private final Node root;

    ModelProblems(NodeReader read, Node root) {
        this.read = read;
        this.root = root;
    }

    /** Reports the problems of a register built from the whole file. */
    void reportAll(List<Problem> problems) {
        for (Problem problem : problems) {
            RegisterPath path = read.filePath(problem.location()).orElse(problem.location());
            Node node = root.nearest(path);
            read.error(node, path, problem.message() + suggestion(path, node));
        }
    }

    /** Reports the problems of a register built from the parts that could be read: its unknown references only. */
    void reportUnknownReferences(List<Problem> problems) {
        Set<String> declared = new LinkedHashSet<>();
        DECLARING_LIST.values().forEach(list -> declared.addAll(keys(list)));
        for (Problem problem : problems) {
            Optional<RegisterPath> path = read.filePath(problem.location());
            if (path.isEmpty() || declaringList(path.get()).isEmpty()) {
                continue;
            }
            Node node = root.nearest(path.get());
            if (node instanceof ScalarNode s && s.type() == ScalarType.STRING && !declared.contains(s.text())) {
                read.error(node, path.get(), problem.message() + suggestion(path.get(), node));
            }
        }
    }

    /** {@code "; did you mean 'ip-address'?"} for a reference to an undeclared key close to a declared one. */
    private String suggestion(RegisterPath path, Node node) {
        Optional<String> list = declaringList(path);
        if (list.isEmpty() || !(node instanceof ScalarNode s && s.type() == ScalarType.STRING)) {
            return "";
        }
        Set<String> keys = keys(list.get());
        return keys.contains(s.text()) ? "" : Suggestions.didYouMean(s.text(), keys);
    }

    /** The list declaring the keys a reference such as {@code purposes[0].categories[1]} names, if it is one. */
    private static Optional<String> declaringList(RegisterPath path) {
        List<RegisterPath.Segment> segments = path.segments();
        int n = segments.size();
        if (n < 3 || !(segments.get(n - 1) instanceof RegisterPath.Index)
                || !(segments.get(n - 2) instanceof RegisterPath.Property property)) {
            return Optional.empty();
        }
        return Optional.ofNullable(DECLARING_LIST.get(property.name()));
    }

    /** The keys the file declares in a top-level list, as written, whether or not their parts could be read. */
    private Set<String> keys(String list) {
        Set<String> keys = new LinkedHashSet<>();
        if (value(root, list) instanceof ArrayNode items) {
            for (Node item : items.items()) {
                if (value(item, "key") instanceof ScalarNode s && s.type() == ScalarType.STRING) {
                    keys.add(s.text());
                }
            }
        }
        return keys;
    }

    private static @Nullable Node value(Node node, String property) {
        Member member = node instanceof ObjectNode object ? object.members().get(property) : null;
        return member == null ? null : member.value();
    }
}
