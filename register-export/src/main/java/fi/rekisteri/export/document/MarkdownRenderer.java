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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * CommonMark: the title as the level-1 heading, sections as numbered level-2 headings, labelled fields as a list with
 * bold labels. Register texts are escaped so that they print as written and never become markup or raw HTML.
 */
final class MarkdownRenderer extends CharacterRenderer {

    /** The renderer; it holds no state. */
    public static final MarkdownRenderer INSTANCE = new MarkdownRenderer();

    /** Characters that start inline markup, links, HTML or entities anywhere in a line. */
    private static final Pattern INLINE = Pattern.compile("([\\\\`*_\\[\\]<>|~&!#])");
    /** What starts a block at the beginning of a line: list markers, ordered-list numbers, headings, quotes. */
    private static final Pattern LINE_START = Pattern.compile("(?m)^(\\s*)([-+=>]|\\d+(?=[.)]))");

    private MarkdownRenderer() {}

    @Override
    void write(Outline outline, Appendable md) throws IOException {
        md.append("# ").append(escape(outline.title())).append('\n');
        md.append('\n').append("**").append(escape(outline.subtitle())).append("**\n");
        for (Block block : outline.preamble()) {
            md.append('\n');
            block(md, block);
        }
        for (Section section : outline.sections()) {
            md.append("\n## ").append(section.number()).append(". ").append(escape(section.heading())).append('\n');
            for (Block block : section.blocks()) {
                md.append('\n');
                block(md, block);
            }
        }
    }

    private static void block(Appendable md, Block block) throws IOException {
        if (block instanceof Paragraph p) {
            // A line break inside a register's paragraph stays a line break.
            md.append(escape(p.text()).replace("\n", "\\\n")).append('\n');
        } else if (block instanceof BulletList list) {
            items(md, list.items(), "");
        } else if (block instanceof Fields fields) {
            for (Field field : fields.fields()) {
                md.append("- **").append(escape(field.label())).append(":** ").append(value(field)).append('\n');
            }
        } else if (block instanceof Notice notice) {
            md.append("> **").append(escape(notice.title())).append("**\n>\n");
            StringBuilder items = new StringBuilder();
            items(items, notice.items(), "");
            for (String line : (Iterable<String>) items.toString().lines()::iterator) {
                md.append("> ").append(line).append('\n');
            }
        }
    }

    /**
     * A web link as a CommonMark autolink, {@code <https://…>}, which takes no escapes; any other value escaped. A
     * link's address has no white space ({@link Field#isWebAddress}); one with {@code <} or {@code >} stays text.
     */
    private static String value(Field field) {
        String value = field.value();
        return field.link() && value.indexOf('<') < 0 && value.indexOf('>') < 0 ? "<" + value + ">" : escape(value);
    }

    private static void items(Appendable md, List<Item> items, String indent) throws IOException {
        for (Item item : items) {
            md.append(indent).append("- ").append(escape(item.text()).replace("\n", " ")).append('\n');
            items(md, item.children(), indent + "  ");
        }
    }

    /** The text with every character that CommonMark could read as markup backslash-escaped. */
    static String escape(String text) {
        String inline = INLINE.matcher(text).replaceAll("\\\\$1");
        return LINE_START.matcher(inline).replaceAll(m -> Matcher.quoteReplacement(m.group(1)
                + (m.group(2).chars().allMatch(Character::isDigit) ? m.group(2) + "\\" : "\\" + m.group(2))));
    }
}
