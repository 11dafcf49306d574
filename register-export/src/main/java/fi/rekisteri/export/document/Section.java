package fi.rekisteri.export.document;

import java.util.List;
import java.util.Objects;

/**
 * A numbered section of a document.
 *
 * @param number the section's number as printed ({@code 1}, {@code 2}, …)
 * @param heading the heading, in the document's language
 * @param blocks the content, in order
 */
public record Section(String number, String heading, List<Block> blocks) {

    /** Creates a section. */
    public Section {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(heading, "heading");
        blocks = List.copyOf(blocks);
    }

    /** {@code Section[3, 4 blocks]}: the number and the size; a section may hold a data subject's data. */
    @Override
    public String toString() {
        return "Section[" + number + ", " + blocks.size() + " blocks]";
    }
}
