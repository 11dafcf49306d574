package fi.rekisteri.export.document;

import fi.rekisteri.core.Language;
import fi.rekisteri.core.compliance.DocumentType;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A document before it is written: a title and numbered sections of headings, paragraphs, lists and labelled
 * fields, every text already in the document's language. Renderers turn it into text, Markdown, HTML or PDF.
 *
 * @param type the kind of statement
 * @param language the language the document is written in
 * @param title the document's title ({@code Rekisteriseloste})
 * @param subtitle the line under the title, usually the register's name
 * @param subtitleLanguage the language of the subtitle, which differs from the document's after a fallback
 * @param preamble blocks before the first section: the date and version, a findings box
 * @param sections the numbered sections, in order
 */
public record Outline(
        DocumentType type,
        Language language,
        String title,
        String subtitle,
        Language subtitleLanguage,
        List<Block> preamble,
        List<Section> sections) {

    /** Creates an outline. */
    public Outline {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(subtitle, "subtitle");
        Objects.requireNonNull(subtitleLanguage, "subtitleLanguage");
        preamble = List.copyOf(preamble);
        sections = List.copyOf(sections);
    }

    /** This outline with a notice box first, before the rest of the preamble and the sections. */
    public Outline withNotice(Block.Notice notice) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(Objects.requireNonNull(notice, "notice"));
        blocks.addAll(preamble);
        return new Outline(type, language, title, subtitle, subtitleLanguage, blocks, sections);
    }

    /**
     * {@code Outline[art15, fi, 7 sections]}: the kind, language and size, never the texts, which in an access
     * report are the subject's data.
     */
    @Override
    public String toString() {
        return "Outline[" + type.code() + ", " + language.tag() + ", " + sections.size() + " sections]";
    }
}
