package fi.rekisteri.core.taxonomy;

import fi.rekisteri.core.DataCategory;
import fi.rekisteri.core.DataSubjectCategory;
import fi.rekisteri.core.LocalizedText;
import fi.rekisteri.core.Purpose;
import fi.rekisteri.core.Register;
import fi.rekisteri.core.RegisterPath;
import fi.rekisteri.core.compliance.Finding;
import fi.rekisteri.core.compliance.Requirement;
import fi.rekisteri.core.compliance.Severity;
import fi.rekisteri.core.taxonomy.TaxonomyEntry.Kind;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * An immutable set of {@linkplain TaxonomyEntry entries} — data categories, purposes and data subject categories —
 * with their hierarchy indexed once, so that {@link #ancestors(String)} and {@link #isWithin(String, String)} cost a
 * map look-up rather than a walk.
 *
 * <p>Keys are unique across the three kinds. A dotted key's parent ({@code contact} for {@code contact.email}) is an
 * entry of the same kind in the same taxonomy.
 */
public final class Taxonomy {

    /**
     * What {@link #unknownKeys(Register)} reports: a register's key that is neither in the taxonomy nor under one of
     * its keys. Its id is {@code taxonomy.unknown-key}; the finding's argument is the key.
     */
    public static final Requirement UNKNOWN_KEY = new Requirement.Custom("taxonomy.unknown-key", LocalizedText.of(
            "Avain {0} ei ole taksonomiassa eikä minkään sen avaimen alla: valitse taksonomian avain, sijoita oma"
                    + " avain sellaisen alle (kuten contact.oma) tai lisää se organisaation taksonomiatiedostoon.",
            "Nyckeln {0} finns inte i taxonomin och ligger inte under någon av dess nycklar: välj en nyckel ur"
                    + " taxonomin, lägg den egna nyckeln under en sådan (som contact.egen) eller lägg till den i"
                    + " organisationens taxonomifil.",
            "The key {0} is neither in the taxonomy nor under one of its keys: pick a taxonomy key, put your own"
                    + " key under one (such as contact.own), or add it to the organisation’s taxonomy file."));

    /** The classpath resource of the default taxonomy, next to this class. */
    static final String DEFAULT_RESOURCE = "default-taxonomy.tsv";

    private final Map<String, Node> nodes;
    private final List<TaxonomyEntry> entries;
    private final Map<String, TaxonomyEntry> byFideslangKey;

    private record Node(TaxonomyEntry entry, List<TaxonomyEntry> ancestors, Set<String> selfAndAncestors,
            List<TaxonomyEntry> children) {}

    private Taxonomy(Collection<TaxonomyEntry> all) {
        Map<String, TaxonomyEntry> byKey = new LinkedHashMap<>();
        for (TaxonomyEntry entry : all) {
            Objects.requireNonNull(entry, "entry");
            if (byKey.putIfAbsent(entry.key(), entry) != null) {
                throw new IllegalArgumentException("taxonomy key '" + entry.key() + "' is defined twice");
            }
        }
        Map<String, List<TaxonomyEntry>> children = new HashMap<>();
        for (TaxonomyEntry entry : byKey.values()) {
            Optional<String> parentKey = entry.parentKey();
            if (parentKey.isPresent()) {
                TaxonomyEntry parent = byKey.get(parentKey.get());
                if (parent == null) {
                    throw new IllegalArgumentException("taxonomy entry '" + entry.key() + "' has no parent: there is no"
                            + " entry '" + parentKey.get() + "'");
                }
                if (parent.kind() != entry.kind()) {
                    throw new IllegalArgumentException("taxonomy entry '" + entry.key() + "' is a " + entry.kind().code()
                            + " but its parent '" + parent.key() + "' is a " + parent.kind().code());
                }
                children.computeIfAbsent(parent.key(), k -> new ArrayList<>()).add(entry);
            }
        }
        Map<String, Node> index = new HashMap<>();
        Map<String, TaxonomyEntry> fideslang = new HashMap<>();
        for (TaxonomyEntry entry : byKey.values()) {
            List<TaxonomyEntry> ancestors = new ArrayList<>();
            Set<String> selfAndAncestors = new HashSet<>();
            selfAndAncestors.add(entry.key());
            for (Optional<String> up = entry.parentKey(); up.isPresent(); ) {
                TaxonomyEntry parent = Objects.requireNonNull(byKey.get(up.get()));
                ancestors.add(parent);
                selfAndAncestors.add(parent.key());
                up = parent.parentKey();
            }
            index.put(entry.key(), new Node(entry, List.copyOf(ancestors), Set.copyOf(selfAndAncestors),
                    List.copyOf(children.getOrDefault(entry.key(), List.of()))));
            for (String key : entry.fideslangKeys()) {
                TaxonomyEntry earlier = fideslang.putIfAbsent(entry.kind().code() + "/" + key, entry);
                if (earlier != null) {
                    throw new IllegalArgumentException("fideslang key '" + key + "' is mapped by both '"
                            + earlier.key() + "' and '" + entry.key() + "'");
                }
            }
        }
        this.nodes = Collections.unmodifiableMap(index);
        this.entries = List.copyOf(byKey.values());
        this.byFideslangKey = Collections.unmodifiableMap(fideslang);
    }

    /**
     * A taxonomy of exactly these entries.
     *
     * @throws NullPointerException if {@code entries} or an entry is null
     * @throws IllegalArgumentException naming the key if a key is defined twice, a dotted key has no parent or its
     *     parent is of another kind, or a fideslang key is mapped twice within one kind
     */
    public static Taxonomy of(Collection<TaxonomyEntry> entries) {
        Objects.requireNonNull(entries, "entries");
        return new Taxonomy(entries);
    }

    /**
     * The taxonomy the library ships: data categories, purposes and data subject categories with fi/sv/en labels,
     * sensitivities, DPV terms, and a mapping of every key of the fideslang default taxonomy.
     */
    public static Taxonomy defaults() {
        return Defaults.TAXONOMY;
    }

    /**
     * This taxonomy with more entries; a new entry's parent may be here or among the new entries.
     *
     * @throws NullPointerException if {@code more} or an entry is null
     * @throws IllegalArgumentException as {@link #of(Collection)}, also when a new key is already here
     */
    public Taxonomy extend(Collection<TaxonomyEntry> more) {
        Objects.requireNonNull(more, "more");
        List<TaxonomyEntry> all = new ArrayList<>(entries.size() + more.size());
        all.addAll(entries);
        all.addAll(more);
        return new Taxonomy(all);
    }

    /**
     * This taxonomy extended with a taxonomy file, such as an organisation's own words. The file is UTF-8 text with
     * tab-separated columns, in the format of the default taxonomy ({@code register-core/README.md} describes it); a
     * row's parent must be here or on an earlier row.
     *
     * @param reader the file's text
     * @param sourceName the file's name, for messages
     * @throws IOException if reading fails
     * @throws TaxonomyFormatException with the line and column of the first fault
     * @throws NullPointerException if an argument is null
     */
    public Taxonomy extend(Reader reader, String sourceName) throws IOException {
        Objects.requireNonNull(reader, "reader");
        Objects.requireNonNull(sourceName, "sourceName");
        return extend(TaxonomyFileReader.read(reader, sourceName, this::entry));
    }

    /** Every entry, parents before their children, in the order they were given. */
    public List<TaxonomyEntry> entries() {
        return entries;
    }

    /**
     * The entries of one kind, in order.
     *
     * @throws NullPointerException if {@code kind} is null
     */
    public List<TaxonomyEntry> entries(Kind kind) {
        Objects.requireNonNull(kind, "kind");
        return entries.stream().filter(entry -> entry.kind() == kind).toList();
    }

    /**
     * The entry of a key, if there is one.
     *
     * @throws NullPointerException if {@code key} is null
     */
    public Optional<TaxonomyEntry> entry(String key) {
        Objects.requireNonNull(key, "key");
        Node node = nodes.get(key);
        return node == null ? Optional.empty() : Optional.of(node.entry());
    }

    /**
     * The entry of a key if it is of the given kind.
     *
     * @throws NullPointerException if an argument is null
     */
    public Optional<TaxonomyEntry> entry(Kind kind, String key) {
        Objects.requireNonNull(kind, "kind");
        return entry(key).filter(entry -> entry.kind() == kind);
    }

    /**
     * The parent entry of a key; empty for a top-level or unknown key.
     *
     * @throws NullPointerException if {@code key} is null
     */
    public Optional<TaxonomyEntry> parent(String key) {
        List<TaxonomyEntry> ancestors = ancestors(key);
        return ancestors.isEmpty() ? Optional.empty() : Optional.of(ancestors.get(0));
    }

    /**
     * The ancestors of a key, nearest first; empty for a top-level or unknown key.
     *
     * @throws NullPointerException if {@code key} is null
     */
    public List<TaxonomyEntry> ancestors(String key) {
        Objects.requireNonNull(key, "key");
        Node node = nodes.get(key);
        return node == null ? List.of() : node.ancestors();
    }

    /**
     * The entries directly under a key, in order; empty for a leaf or unknown key.
     *
     * @throws NullPointerException if {@code key} is null
     */
    public List<TaxonomyEntry> children(String key) {
        Objects.requireNonNull(key, "key");
        Node node = nodes.get(key);
        return node == null ? List.of() : node.children();
    }

    /**
     * Whether {@code key} is {@code ancestorKey} or lies under it, as a rule on {@code user.contact} matches
     * {@code user.contact.email}. False when {@code key} is not in this taxonomy.
     *
     * @throws NullPointerException if an argument is null
     */
    public boolean isWithin(String key, String ancestorKey) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(ancestorKey, "ancestorKey");
        Node node = nodes.get(key);
        return node != null && node.selfAndAncestors().contains(ancestorKey);
    }

    /**
     * The entry that stands for a key of the fideslang default taxonomy, such as {@code user.contact.email}.
     *
     * @throws NullPointerException if an argument is null
     */
    public Optional<TaxonomyEntry> forFideslang(Kind kind, String fideslangKey) {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(fideslangKey, "fideslangKey");
        return Optional.ofNullable(byFideslangKey.get(kind.code() + "/" + fideslangKey));
    }

    /**
     * A register's data category for a taxonomy key, with the taxonomy's label, description and sensitivities, about
     * every subject group; {@link DataCategory#aboutSubjects(String...)} narrows it.
     *
     * @throws NullPointerException if {@code key} is null
     * @throws IllegalArgumentException naming the key if it is not a data category of this taxonomy
     */
    public DataCategory dataCategory(String key) {
        TaxonomyEntry entry = require(Kind.DATA_CATEGORY, key);
        return new DataCategory(entry.key(), entry.label(), Optional.of(entry.description()), entry.sensitivities(),
                List.of());
    }

    /**
     * A register's data subject category for a taxonomy key, with the taxonomy's label and description.
     *
     * @throws NullPointerException if {@code key} is null
     * @throws IllegalArgumentException naming the key if it is not a subject category of this taxonomy
     */
    public DataSubjectCategory subjectCategory(String key) {
        TaxonomyEntry entry = require(Kind.SUBJECT_CATEGORY, key);
        return new DataSubjectCategory(entry.key(), entry.label(), Optional.of(entry.description()));
    }

    private TaxonomyEntry require(Kind kind, String key) {
        Objects.requireNonNull(key, "key");
        return entry(kind, key).orElseThrow(() -> new IllegalArgumentException("'" + key + "' is not a "
                + kind.code() + " of the taxonomy" + entry(key).map(e -> "; it is a " + e.kind().code()).orElse("")));
    }

    /**
     * The findings for every key of a register's subject categories, data categories and purposes that is neither
     * an entry of that kind nor lies under one: {@code contact.loyalty-card} extends the taxonomy under
     * {@code contact}, while a top-level {@code loyalty-card} is a word the organisation does not share. Each is a
     * {@link Severity#WARNING} of {@link #UNKNOWN_KEY} at the part's {@code key}, in the register's order.
     *
     * @throws NullPointerException if {@code register} is null
     */
    public List<Finding> unknownKeys(Register register) {
        Objects.requireNonNull(register, "register");
        List<Finding> findings = new ArrayList<>();
        List<DataSubjectCategory> subjects = register.subjectCategories();
        for (int i = 0; i < subjects.size(); i++) {
            unknownKey(Kind.SUBJECT_CATEGORY, subjects.get(i).key(), "subjectCategories", i, findings);
        }
        List<DataCategory> categories = register.dataCategories();
        for (int i = 0; i < categories.size(); i++) {
            unknownKey(Kind.DATA_CATEGORY, categories.get(i).key(), "dataCategories", i, findings);
        }
        List<Purpose> purposes = register.purposes();
        for (int i = 0; i < purposes.size(); i++) {
            unknownKey(Kind.PURPOSE, purposes.get(i).key(), "purposes", i, findings);
        }
        return List.copyOf(findings);
    }

    /**
     * Whether {@code key} is an entry of the kind or lies under one: the key itself or one of its dotted prefixes is
     * an entry ({@code contact.loyalty-card} lies under {@code contact}), so an organisation's own key extends the
     * taxonomy under its parent.
     *
     * @throws NullPointerException if an argument is null
     */
    public boolean covers(Kind kind, String key) {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(key, "key");
        for (String prefix = key; ; prefix = prefix.substring(0, prefix.lastIndexOf('.'))) {
            if (entry(kind, prefix).isPresent()) {
                return true;
            }
            if (prefix.lastIndexOf('.') <= 0) {
                return false;
            }
        }
    }

    private void unknownKey(Kind kind, String key, String list, int index, List<Finding> findings) {
        if (covers(kind, key)) {
            return;
        }
        findings.add(new Finding(UNKNOWN_KEY, Severity.WARNING, RegisterPath.of(list).index(index).property("key"),
                List.of(LocalizedText.of(key, key, key))));
    }

    /** The number of entries. */
    public int size() {
        return entries.size();
    }

    @Override
    public String toString() {
        return "Taxonomy[" + entries.size() + " entries]";
    }

    /** Loaded on first use, so a program that never asks for the default taxonomy never reads it. */
    private static final class Defaults {
        static final Taxonomy TAXONOMY = load();

        private static Taxonomy load() {
            try (InputStream in = Taxonomy.class.getResourceAsStream(DEFAULT_RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("the default taxonomy " + DEFAULT_RESOURCE + " is missing");
                }
                Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
                return of(TaxonomyFileReader.read(reader, DEFAULT_RESOURCE, key -> Optional.empty()));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the default taxonomy " + DEFAULT_RESOURCE, e);
            }
        }
    }
}
