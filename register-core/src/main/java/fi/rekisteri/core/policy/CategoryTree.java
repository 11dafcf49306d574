package fi.rekisteri.core.policy;

import fi.rekisteri.core.DataCategory;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.IntStream;

/** The category hierarchy by index: each category's parent, and closures of sets of categories over it. */
final class CategoryTree {

    private final int size;
    private final int[] parent;
    /** Indices ordered so that every parent comes before its children. */
    private final int[] topDown;
    private final Map<String, CategoryHandle> byKey;

    CategoryTree(List<DataCategory> categories, Map<String, CategoryHandle> byKey) {
        this.size = categories.size();
        this.byKey = byKey;
        this.parent = new int[size];
        int[] depth = new int[size];
        for (int i = 0; i < size; i++) {
            DataCategory category = categories.get(i);
            // Register.build() has checked that every parent is declared.
            parent[i] = category.parentKey().map(key -> Objects.requireNonNull(byKey.get(key), key).index).orElse(-1);
            depth[i] = (int) category.key().chars().filter(c -> c == '.').count();
        }
        this.topDown = IntStream.range(0, size).boxed()
                .sorted(Comparator.comparingInt(i -> depth[i]))
                .mapToInt(Integer::intValue)
                .toArray();
    }

    int size() {
        return size;
    }

    /** The parent's index, or -1 for a top-level category. */
    int parent(int index) {
        return parent[index];
    }

    /** The index of a declared key, or -1. */
    int indexOf(String key) {
        CategoryHandle handle = byKey.get(key);
        return handle == null ? -1 : handle.index;
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
        int[] chain = new int[size];
        int n = 0;
        for (int i = index; i >= 0; i = parent[i]) {
            chain[n++] = i;
        }
        return Arrays.copyOf(chain, n);
    }
}
