package fi.rekisteri.jpa.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One localized text of one revision: purpose 3's name, the register's security statement. A row of
 * {@code rk_revision_text}, named by its text code ({@code purpose.name}), the index of its part in the part's list
 * (0 for the register's own texts) and its position within the part (0 but for a part's list of texts, such as the
 * details of a purpose's alternative bases).
 *
 * <p>Every text of a revision lives in this one table, as the key lists live in {@code rk_revision_key_ref}: loading
 * them all costs one statement, and a localized text is mapped once, by {@link TextColumns}, rather than as three
 * renamed columns in every table that has one.
 */
@Embeddable
public class TextRowColumns {

    @Column(name = "text_code", length = Columns.CODE, nullable = false)
    String code = "";

    @Column(name = "item_index", nullable = false)
    int item;

    @Column(name = "text_position", nullable = false)
    int position;

    @Embedded
    @Nullable TextColumns text;

    /** For the persistence provider. */
    protected TextRowColumns() {}

    TextRowColumns(String code, int item, int position, TextColumns text) {
        this.code = code;
        this.item = item;
        this.position = position;
        this.text = text;
    }

    // Elements of a Set: equal when every column is.
    @Override
    public boolean equals(Object o) {
        return o instanceof TextRowColumns t && t.code.equals(code) && t.item == item && t.position == position
                && Objects.equals(t.text, text);
    }

    @Override
    public int hashCode() {
        return Objects.hash(code, item, position, text);
    }
}
