package fi.rekisteri.jpa.internal;

import fi.rekisteri.core.Language;
import fi.rekisteri.core.LocalizedText;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A {@link LocalizedText} as three nullable columns, one per language.
 *
 * <p>Three columns rather than a table of (language, text) rows: a register has dozens of texts, and a table per
 * text would cost a statement per text to load; the model has exactly three languages. Every use renames the
 * columns with {@code @AttributeOverride}s ({@code name_fi}, {@code name_sv}, {@code name_en}).
 */
@Embeddable
public class TextColumns {

    @Column(length = Columns.TEXT)
    @Nullable String fi;

    @Column(length = Columns.TEXT)
    @Nullable String sv;

    @Column(length = Columns.TEXT)
    @Nullable String en;

    /** For the persistence provider. */
    protected TextColumns() {}

    static TextColumns of(LocalizedText text) {
        TextColumns columns = new TextColumns();
        columns.fi = text.in(Language.FI).orElse(null);
        columns.sv = text.in(Language.SV).orElse(null);
        columns.en = text.in(Language.EN).orElse(null);
        return columns;
    }

    static @Nullable TextColumns of(Optional<LocalizedText> text) {
        return text.map(TextColumns::of).orElse(null);
    }

    /** The text; empty when the columns are all null (the provider then gives no embeddable at all). */
    static Optional<LocalizedText> read(@Nullable TextColumns columns) {
        if (columns == null) {
            return Optional.empty();
        }
        Map<Language, String> values = new EnumMap<>(Language.class);
        if (columns.fi != null) {
            values.put(Language.FI, columns.fi);
        }
        if (columns.sv != null) {
            values.put(Language.SV, columns.sv);
        }
        if (columns.en != null) {
            values.put(Language.EN, columns.en);
        }
        return values.isEmpty() ? Optional.empty() : Optional.of(new LocalizedText(values));
    }

    static LocalizedText require(@Nullable TextColumns columns, String what) {
        return read(columns).orElseThrow(() -> new IllegalStateException(
                "stored register has no text for " + what + "; the row was not written by RegisterStore"));
    }
}
