package fi.rekisteri.core;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The hierarchy of a register's data categories, indexed once when the register is built: each category's parent,
 * children, ancestors, descendants and depth. {@code contact.email} lies under {@code contact}; {@code contact} is
 * at depth 1, {@code contact.email} at depth 2.
 *
 * <pre>{@code
 * CategoryHierarchy hierarchy = register.categoryHierarchy();
 * hierarchy.childrenOf("contact");                   // [contact.email, contact.phone], in register order
 * hierarchy.isWithin("contact.email", "contact");    // true
 * hierarchy.coveredBy(purpose.categories());          // what the purpose may use
 * }</pre>
 *
 * <p>Every list is in the register's order ({@link Register#dataCategories()}) except {@link #ancestorsOf}, which
 * goes from the parent upwards. A key the register does not declare has no parent, children, ancestors or
 * descendants, and lies within nothing. A query costs in proportion to its answer (sorted into register order),
 * plus the depth of each key it is given; none scans all categories.
 *
 * <p>A category is also known by its index, its position in {@link Register#dataCategories()} from 0: {@link
 * #indexOf}, {@link #parentIndex} and {@link #depth(int)} let code that keeps arrays by category walk the hierarchy
 * without allocating.
 *
 * <p>The hierarchy is at most {@value #MAX_DEPTH} levels deep: {@link DataCategory} refuses a deeper key. An instance
 * is immutable and may be shared by any number of threads.
 */
public final class CategoryHierarchy {

    /**
     * The deepest a category may lie: {@value} levels, so {@code a.b.c} (depth 3) is allowed and a key of 33
     * dotted segments is not.
     */
    public static final int MAX_DEPTH = 32;

    private final List<DataCategory> categories;
    private final Map<String, Integer> indexByKey;
    private final int[] parent;
    private final int[] depth;
    private final int[][] children;
    private final List<List<DataCategory>> childLists;
    private final List<DataCategory> topLevel;
    /** The indices depth first, each category before what lies under it: a subtree is one run of this array. */
    private final int[] preorder;
    /** By index: where the category's run starts in {@link #preorder}. */
    private final int[] preorderStart;
    /** By index: the category and everything under it, counted. */
    private final int[] subtreeSize;

    /**
     * Indexes the categories. A category whose parent is not among them counts as top-level, and of two with the same
     * key the first is found by key: {@link Register.Builder#build()} refuses both cases, but indexes before it
     * checks.
     */
    CategoryHierarchy(List<DataCategory> categories) {
        this.categories = List.copyOf(categories);
        int n = this.categories.size();
        Map<String, Integer> byKey = new HashMap<>();
        for (int i = 0; i < n; i++) {
            byKey.putIfAbsent(this.categories.get(i).key(), i);
        }
        this.indexByKey = byKey;
        this.parent = new int[n];
        int[] childCount = new int[n];
        for (int i = 0; i < n; i++) {
            Integer p = this.categories.get(i).parentKey().map(byKey::get).orElse(null);
            parent[i] = p == null ? -1 : p;
            if (p != null) {
                childCount[p]++;
            }
        }
        this.depth = depths(parent);
        this.children = new int[n][];
        for (int i = 0; i < n; i++) {
            children[i] = new int[childCount[i]];
        }
        int[] filled = new int[n];
        List<DataCategory> roots = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int p = parent[i];
            if (p < 0) {
                roots.add(this.categories.get(i));
            } else {
                children[p][filled[p]++] = i;
            }
        }
        this.topLevel = List.copyOf(roots);
        List<List<DataCategory>> lists = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            lists.add(children[i].length == 0 ? List.of() : categoriesAt(children[i]));
        }
        this.childLists = lists;
        this.preorder = new int[n];
        this.preorderStart = new int[n];
        this.subtreeSize = new int[n];
        int[] stack = new int[n];
        int top = 0;
        for (int i = n - 1; i >= 0; i--) {
            if (parent[i] < 0) {
                stack[top++] = i;
            }
        }
        int next = 0;
        while (top > 0) {
            int i = stack[--top];
            preorderStart[i] = next;
            preorder[next++] = i;
            for (int c = children[i].length - 1; c >= 0; c--) {
                stack[top++] = children[i][c];
            }
        }
        // Backwards, every category comes after everything under it.
        for (int k = next - 1; k >= 0; k--) {
            int i = preorder[k];
            subtreeSize[i]++;
            if (parent[i] >= 0) {
                subtreeSize[parent[i]] += subtreeSize[i];
            }
        }
    }

    /** Depths from the parents, each computed once: a walk up stops at the first category whose depth is known. */
    private static int[] depths(int[] parent) {
        int[] depth = new int[parent.length];
        // Keys of at most MAX_DEPTH segments, and a parent's key is shorter than its child's: no chain is longer.
        int[] chain = new int[MAX_DEPTH];
        for (int i = 0; i < parent.length; i++) {
            int n = 0;
            int j = i;
            while (j >= 0 && depth[j] == 0) {
                chain[n++] = j;
                j = parent[j];
            }
            int known = j < 0 ? 0 : depth[j];
            while (n > 0) {
                depth[chain[--n]] = ++known;
            }
        }
        return depth;
    }

    /** How many categories the register has. */
    public int size() {
        return categories.size();
    }

    /** The categories, in the register's order: index {@code i} is {@code categories().get(i)}. */
    public List<DataCategory> categories() {
        return categories;
    }

    /** Whether the register declares a category of this key. */
    public boolean contains(String key) {
        return indexByKey.containsKey(Objects.requireNonNull(key, "key"));
    }

    /** The index of a category (its position in the register, from 0), or -1 when the register does not declare it. */
    public int indexOf(String key) {
        Integer index = indexByKey.get(Objects.requireNonNull(key, "key"));
        return index == null ? -1 : index;
    }

    /**
     * The index of a category's parent, or -1 for a top-level category.
     *
     * @throws IndexOutOfBoundsException if {@code index} is not a category's index
     */
    public int parentIndex(int index) {
        return parent[Objects.checkIndex(index, parent.length)];
    }

    /**
     * How deep a category lies: 1 for a top-level category, 2 for its children, at most {@value #MAX_DEPTH}.
     *
     * @throws IndexOutOfBoundsException if {@code index} is not a category's index
     */
    public int depth(int index) {
        return depth[Objects.checkIndex(index, depth.length)];
    }

    /** The top-level categories, in the register's order. */
    public List<DataCategory> topLevel() {
        return topLevel;
    }

    /** The parent of a category; empty for a top-level category or a key the register does not declare. */
    public Optional<DataCategory> parentOf(String key) {
        int index = indexOf(key);
        return index < 0 || parent[index] < 0 ? Optional.empty() : Optional.of(categories.get(parent[index]));
    }

    /** The direct sub-categories of a category, in the register's order. */
    public List<DataCategory> childrenOf(String key) {
        int index = indexOf(key);
        return index < 0 ? List.of() : childLists.get(index);
    }

    /** The ancestors of a category, nearest first: the parent, its parent, up to the top-level category. */
    public List<DataCategory> ancestorsOf(String key) {
        int index = indexOf(key);
        if (index < 0) {
            return List.of();
        }
        List<DataCategory> ancestors = new ArrayList<>(depth[index]);
        for (int i = parent[index]; i >= 0; i = parent[i]) {
            ancestors.add(categories.get(i));
        }
        return List.copyOf(ancestors);
    }

    /** Everything under a category, at any depth, in the register's order; the category itself is not included. */
    public List<DataCategory> descendantsOf(String key) {
        int index = indexOf(key);
        if (index < 0) {
            return List.of();
        }
        int[] found = Arrays.copyOfRange(preorder, preorderStart[index] + 1, preorderStart[index] + subtreeSize[index]);
        Arrays.sort(found);
        return categoriesAt(found);
    }

    /** Whether {@code key} is {@code ancestorKey} itself or lies anywhere under it; false for undeclared keys. */
    public boolean isWithin(String key, String ancestorKey) {
        Objects.requireNonNull(key, "key");
        int ancestor = indexOf(Objects.requireNonNull(ancestorKey, "ancestorKey"));
        if (ancestor < 0) {
            return false;
        }
        for (int i = indexOf(key); i >= 0; i = parent[i]) {
            if (i == ancestor) {
                return true;
            }
        }
        return false;
    }

    /**
     * The categories named and everything under them, each once, in the register's order: what a purpose (or a
     * disclosure, a retention rule) that names these keys covers. Undeclared keys cover nothing.
     */
    public List<DataCategory> coveredBy(Collection<String> keys) {
        Set<Integer> named = new HashSet<>();
        for (String key : Objects.requireNonNull(keys, "keys")) {
            int index = indexOf(key);
            if (index >= 0) {
                named.add(index);
            }
        }
        // A key under another named key is covered through that one; skipping it keeps every category once.
        List<Integer> highest = named.stream().filter(index -> !hasAncestorIn(index, named)).toList();
        int count = 0;
        for (int index : highest) {
            count += subtreeSize[index];
        }
        int[] found = new int[count];
        int filled = 0;
        for (int index : highest) {
            System.arraycopy(preorder, preorderStart[index], found, filled, subtreeSize[index]);
            filled += subtreeSize[index];
        }
        Arrays.sort(found);
        return categoriesAt(found);
    }

    private boolean hasAncestorIn(int index, Set<Integer> indices) {
        for (int i = parent[index]; i >= 0; i = parent[i]) {
            if (indices.contains(i)) {
                return true;
            }
        }
        return false;
    }

    private List<DataCategory> categoriesAt(int[] indices) {
        DataCategory[] selected = new DataCategory[indices.length];
        for (int i = 0; i < indices.length; i++) {
            selected[i] = categories.get(indices[i]);
        }
        return List.of(selected);
    }

    /** {@code CategoryHierarchy[n categories, depth d]}. */
    @Override
    public String toString() {
        return "CategoryHierarchy[" + categories.size() + " categories, depth "
                + Arrays.stream(depth).max().orElse(0) + "]";
    }
}
