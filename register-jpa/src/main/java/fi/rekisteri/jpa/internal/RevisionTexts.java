package fi.rekisteri.jpa.internal;

import fi.rekisteri.core.LocalizedText;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The localized texts of one revision, read from its {@link TextRowColumns} by text code, part index and position.
 * The texts are written with {@link #put}.
 */
final class RevisionTexts {

    private record Place(String code, int item, int position) {}

    private final Map<Place, LocalizedText> texts = new HashMap<>();

    RevisionTexts(Set<TextRowColumns> rows) {
        for (TextRowColumns row : rows) {
            TextColumns.read(row.text).ifPresent(text -> texts.put(new Place(row.code, row.item, row.position), text));
        }
    }

    /** Adds a text of a revision's part; an absent text has no row. */
    static void put(RevisionEntity r, String code, int item, int position, Optional<LocalizedText> text) {
        text.ifPresent(t -> r.texts.add(new TextRowColumns(code, item, position, TextColumns.of(t))));
    }

    static void put(RevisionEntity r, String code, int item, Optional<LocalizedText> text) {
        put(r, code, item, 0, text);
    }

    static void put(RevisionEntity r, String code, int item, LocalizedText text) {
        put(r, code, item, 0, Optional.of(text));
    }

    Optional<LocalizedText> get(String code, int item, int position) {
        return Optional.ofNullable(texts.get(new Place(code, item, position)));
    }

    Optional<LocalizedText> get(String code, int item) {
        return get(code, item, 0);
    }

    /** A text the model requires; a revision without it was not written by the store. */
    LocalizedText require(String code, int item) {
        return get(code, item).orElseThrow(() -> new IllegalStateException("stored register has no text "
                + code + " for item " + item + "; the rows were not written by RegisterStore"));
    }
}
