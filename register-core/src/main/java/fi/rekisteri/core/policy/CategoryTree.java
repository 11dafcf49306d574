package fi.rekisteri.core.policy;

import fi.rekisteri.core.CategoryHierarchy;
import java.util.Collection;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * The register's {@link CategoryHierarchy} as arrays by index, for the policy's bit sets: each category's parent,
 * and closures of sets of categories over it.
 */
final class CategoryTree {

    private final CategoryHierarchy hierarchy;
    private final int size;
    private final int[] parent;
    /** Indices ordered so that every parent comes before its children. */
    private final int[] topDown;

    CategoryTree(CategoryHierarchy hierarchy) {
        this.hierarchy = hierarchy;
        this.size = hierarchy.size();
        this.parent = new int[size];
        for (int i = 0; i < size; i++) {
            parent[i] = hierarchy.parentIndex(i);
        }
        this.topDown = IntStream.range(0, size).boxed()
                .sorted(Comparator.comparingInt(hierarchy::depth))
                .mapToInt(Integer::intValue)
                .toArray();
    }

    int size() {
        return size;
    }

    /** The index of a declared key, or -1. */
    int indexOf(String key) {
        return hierarchy.indexOf(key);
    }

    /** The named categories and everything under them, as a bit set. */
    long[] closure(Collection<String> keys) {
        long[] bits = Bits.of(size);
        for (String key : keys) {
            Bits.set(bits, indexOf(key));
        }
        for (int i : topDown) {
            if (parent[i] >= 0 && Bits.get(bits, parent[i])) {
                Bits.set(bits, i);
            }
        }
        return bits;
    }

    /** The category and its ancestors, nearest first. */
    int[] selfAndAncestors(int index) {
        int[] chain = new int[hierarchy.depth(index)];
        int n = 0;
        for (int i = index; i >= 0; i = parent[i]) {
            chain[n++] = i;
        }
        return chain;
    }
}
