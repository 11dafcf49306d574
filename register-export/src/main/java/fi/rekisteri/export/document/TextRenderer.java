package fi.rekisteri.export.document;

import fi.rekisteri.export.document.Block;
import fi.rekisteri.export.document.Block.BulletList;
import fi.rekisteri.export.document.Block.Field;
import fi.rekisteri.export.document.Block.Fields;
import fi.rekisteri.export.document.Block.Item;
import fi.rekisteri.export.document.Block.Notice;
import fi.rekisteri.export.document.Block.Paragraph;
import fi.rekisteri.export.document.Outline;
import fi.rekisteri.export.document.Section;
import java.io.IOException;
import java.util.List;

/**
 * Plain UTF-8 text laid out as a Finnish statement is typed: the title, then each section as a numbered heading, a
 * blank line, and its content; lists with {@code - } bullets, nested lists indented by two spaces.
 */
final class TextRenderer extends CharacterRenderer {

    /** The renderer; it holds no state. */
    public static final TextRenderer INSTANCE = new TextRenderer();

    private TextRenderer() {}

    @Override
    void write(Outline outline, Appendable text) throws IOException {
        text.append(outline.title()).append('\n');
        text.append(outline.subtitle()).append('\n');
        for (Block block : outline.preamble()) {
            text.append('\n');
            block(text, block);
        }
        for (Section section : outline.sections()) {
            text.append('\n').append(section.number()).append(". ").append(section.heading()).append('\n');
            for (Block block : section.blocks()) {
                text.append('\n');
                block(text, block);
            }
        }
    }

    private static void block(Appendable text, Block block) throws IOException {
        if (block instanceof Paragraph p) {
            text.append(p.text()).append('\n');
        } else if (block instanceof BulletList list) {
            items(text, list.items(), "");
        } else if (block instanceof Fields fields) {
            for (Field field : fields.fields()) {
                text.append(field.label()).append(": ").append(field.value()).append('\n');
            }
        } else if (block instanceof Notice notice) {
            // A frame of asterisks: unmistakable in plain text, and it survives e-mail and printing.
            String rule = "*".repeat(Math.min(72, notice.title().length() + 8));
            text.append(rule).append('\n').append("*** ").append(notice.title()).append('\n');
            StringBuilder items = new StringBuilder();
            items(items, notice.items(), "");
            for (String line : (Iterable<String>) items.toString().lines()::iterator) {
                text.append("* ").append(line).append('\n');
            }
            text.append(rule).append('\n');
        }
    }

    private static void items(Appendable text, List<Item> items, String indent) throws IOException {
        for (Item item : items) {
            text.append(indent).append("- ").append(item.text()).append('\n');
            items(text, item.children(), indent + "  ");
        }
    }
}
