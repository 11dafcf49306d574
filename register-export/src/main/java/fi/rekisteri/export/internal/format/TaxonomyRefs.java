package fi.rekisteri.export.internal.format;

import fi.rekisteri.core.Language;
import fi.rekisteri.core.LocalizedText;
import fi.rekisteri.core.RegisterPath;
import fi.rekisteri.core.taxonomy.Taxonomy;
import fi.rekisteri.core.taxonomy.TaxonomyEntry;
import fi.rekisteri.core.taxonomy.TaxonomyEntry.Kind;
import fi.rekisteri.export.internal.format.NodeReader.Named;
import fi.rekisteri.export.internal.format.NodeReader.Obj;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Reads the start of a part that may refer to a taxonomy entry, {@code taxonomy: contact.email}, instead of giving its
 * own {@code key} and {@code name}: the part takes the entry's key, label and description, and a {@code name} or
 * {@code description} given beside the reference overrides the languages it gives. The taxonomy is asked for only
 * when a part refers to it, so that a register without references never loads the default one.
 */
final class TaxonomyRefs {

    private final NodeReader read;
    private final Supplier<Taxonomy> taxonomy;

    TaxonomyRefs(NodeReader read, Supplier<Taxonomy> taxonomy) {
        this.read = read;
        this.taxonomy = taxonomy;
    }

    /** A part's key, name and description, and the entry it refers to if it does. */
    record Ref(Named named, Optional<TaxonomyEntry> entry) {}

    /** As {@link NodeReader#named(Obj)}, or from the taxonomy when the part has {@code taxonomy}. */
    Optional<Ref> named(Obj o, Kind kind) {
        if (!o.has("taxonomy")) {
            return read.named(o).map(named -> new Ref(named, Optional.empty()));
        }
        Optional<String> key = read.text(o, "taxonomy", true);
        Optional<LocalizedText> name = read.localized(o, "name", false);
        Optional<LocalizedText> description = read.localized(o, "description", false);
        if (o.has("key")) {
            read.error(o.nameNode("key"), o.path("key"), "give either 'taxonomy' or 'key', not both: a part that"
                    + " refers to the taxonomy has the taxonomy's key");
            return Optional.empty();
        }
        if (key.isEmpty()) {
            return Optional.empty();
        }
        Taxonomy words = taxonomy.get();
        Optional<TaxonomyEntry> entry = words.entry(kind, key.get());
        if (entry.isEmpty()) {
            read.error(o.node("taxonomy"), o.path("taxonomy"), unknown(words, kind, key.get()));
            return Optional.empty();
        }
        TaxonomyEntry found = entry.get();
        return Optional.of(new Ref(new Named(found.key(), overridden(found.label(), name),
                Optional.of(overridden(found.description(), description))), entry));
    }

    /** Where a part's key is written, for errors about it: its {@code key}, or its {@code taxonomy} reference. */
    Node keyNode(Obj o) {
        return o.has("key") || !o.has("taxonomy") ? o.node("key") : o.node("taxonomy");
    }

    /** The path of {@link #keyNode(Obj)}. */
    RegisterPath keyPath(Obj o) {
        return o.path(o.has("key") || !o.has("taxonomy") ? "key" : "taxonomy");
    }

    private static LocalizedText overridden(LocalizedText text, Optional<LocalizedText> override) {
        if (override.isEmpty()) {
            return text;
        }
        Map<Language, String> values = new EnumMap<>(text.values());
        values.putAll(override.get().values());
        return new LocalizedText(values);
    }

    private static String unknown(Taxonomy words, Kind kind, String key) {
        String message = "'" + key + "' is not a " + kind.code() + " of the taxonomy";
        Optional<TaxonomyEntry> other = words.entry(key);
        if (other.isPresent()) {
            return message + "; it is a " + other.get().kind().code();
        }
        return message + Suggestions.didYouMean(key, words.entries(kind).stream().map(TaxonomyEntry::key).toList())
                + "; a word of the register's own takes 'key' and 'name' instead";
    }
}
