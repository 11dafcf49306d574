package fi.rekisteri.core.rules;

import fi.rekisteri.core.CategoryHierarchy;
import fi.rekisteri.core.DataCategory;
import fi.rekisteri.core.Register;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Which keys lie within which: what lets a rule on {@code health} match a register's {@code health.diagnoses}. The
 * {@linkplain #of(Register) default} reads the register's own category hierarchy and the dotted-key convention; a
 * shared taxonomy can supply its own.
 */
@FunctionalInterface
public interface Ancestry {

    /** The kinds of key a rule matches with ancestry. */
    enum Dimension {
        /** Data category keys. */
        DATA_CATEGORY,
        /** Purpose (data use) keys. */
        PURPOSE,
        /** Data subject category keys. */
        SUBJECT
    }

    /**
     * The key itself, then every key it lies within, nearest first: {@code [a.b.c, a.b, a]}. Each key once.
     *
     * @throws NullPointerException if an argument is null
     */
    List<String> lineage(Dimension dimension, String key);

    /** Whether {@code key} is {@code ancestorKey} or lies anywhere within it. */
    default boolean isWithin(Dimension dimension, String key, String ancestorKey) {
        Objects.requireNonNull(dimension, "dimension");
        Objects.requireNonNull(key, "key");
        return lineage(dimension, key).contains(Objects.requireNonNull(ancestorKey, "ancestorKey"));
    }

    /**
     * The ancestry one register gives: for a data category its parents in {@link Register#categoryHierarchy()},
     * then the dotted prefixes of its key; for purposes and subjects the dotted prefixes ({@code marketing.email}
     * lies within {@code marketing}).
     *
     * @throws NullPointerException if {@code register} is null
     */
    static Ancestry of(Register register) {
        CategoryHierarchy hierarchy = Objects.requireNonNull(register, "register").categoryHierarchy();
        return (dimension, key) -> {
            Objects.requireNonNull(dimension, "dimension");
            List<String> lineage = new ArrayList<>();
            lineage.add(Objects.requireNonNull(key, "key"));
            if (dimension == Dimension.DATA_CATEGORY) {
                for (DataCategory ancestor : hierarchy.ancestorsOf(key)) {
                    lineage.add(ancestor.key());
                }
            }
            for (int dot = key.lastIndexOf('.'); dot > 0; dot = key.lastIndexOf('.', dot - 1)) {
                String prefix = key.substring(0, dot);
                if (!lineage.contains(prefix)) {
                    lineage.add(prefix);
                }
            }
            return List.copyOf(lineage);
        };
    }
}
