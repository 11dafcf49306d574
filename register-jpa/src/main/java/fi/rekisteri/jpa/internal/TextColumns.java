package fi.rekisteri.jpa.internal;

import fi.rekisteri.core.Language;
import fi.rekisteri.core.LocalizedText;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A {@link LocalizedText} as three nullable columns, one per language: {@code text_fi}, {@code text_sv},
 * {@code text_en}.
 *
 * <p>The one place a localized text is mapped. Every text of a revision is a row of {@code rk_revision_text}
 * ({@link TextRowColumns}), so the columns never need renaming per use; the introductions, a map by topic, are a
 * table of their own with the same three columns.
 */
@Embeddable
public class TextColumns {

    @Column(name = "text_fi", length = Columns.TEXT)
    @Nullable String fi;

    @Column(name = "text_sv", length = Columns.TEXT)
    @Nullable String sv;

    @Column(name = "text_en", length = Columns.TEXT)
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

    /** The text; empty when the columns are all null (the provider then gives no embeddable at all). */
    static Optional<LocalizedText> read(@Nullable TextColumns columns) {
        return columns == null ? Optional.empty() : read(columns.fi, columns.sv, columns.en);
    }

    /** The text of three nullable per-language values, as a party's line-long names are kept; empty if all null. */
    static Optional<LocalizedText> read(@Nullable String fi, @Nullable String sv, @Nullable String en) {
        Map<Language, String> values = new EnumMap<>(Language.class);
        if (fi != null) {
            values.put(Language.FI, fi);
        }
        if (sv != null) {
            values.put(Language.SV, sv);
        }
        if (en != null) {
            values.put(Language.EN, en);
        }
        return values.isEmpty() ? Optional.empty() : Optional.of(new LocalizedText(values));
    }

    // Part of a set's element (TextRowColumns): equal when every column is.
    @Override
    public boolean equals(Object o) {
        return o instanceof TextColumns t && Objects.equals(t.fi, fi) && Objects.equals(t.sv, sv)
                && Objects.equals(t.en, en);
    }

    @Override
    public int hashCode() {
        return Objects.hash(fi, sv, en);
    }
}
