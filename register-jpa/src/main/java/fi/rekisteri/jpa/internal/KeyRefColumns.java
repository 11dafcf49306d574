package fi.rekisteri.jpa.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/**
 * One key in one list of keys of one revision's part: purpose 3's categories, position 0, {@code contact.email}.
 * A row of {@code rk_revision_key_ref}.
 *
 * <p>Every list of keys in the register (a purpose's categories and subjects, a source's categories, …) and every list
 * of stable codes (a purpose's alternative legal bases, the safeguards of transfers that may occur) lives in this one
 * table, so loading them all costs one statement however many parts there are; an embeddable cannot hold a
 * collection of its own.
 */
@Embeddable
public class KeyRefColumns {

    @Column(name = "list_code", length = Columns.CODE, nullable = false)
    String list = "";

    @Column(name = "item_index", nullable = false)
    int item;

    @Column(name = "ref_position", nullable = false)
    int position;

    @Column(name = "ref_key", length = Columns.KEY, nullable = false)
    String key = "";

    /** For the persistence provider. */
    protected KeyRefColumns() {}

    KeyRefColumns(String list, int item, int position, String key) {
        this.list = list;
        this.item = item;
        this.position = position;
        this.key = key;
    }

    // Elements of a Set: equal when every column is.
    @Override
    public boolean equals(Object o) {
        return o instanceof KeyRefColumns k
                && k.list.equals(list) && k.item == item && k.position == position && k.key.equals(key);
    }

    @Override
    public int hashCode() {
        return Objects.hash(list, item, position, key);
    }
}
