package fi.rekisteri.export.document;

import fi.rekisteri.export.internal.document.Messages;
import fi.rekisteri.core.Language;
import fi.rekisteri.core.LocalizedText;
import fi.rekisteri.core.Purpose;
import fi.rekisteri.core.Register;
import fi.rekisteri.core.Source;
import fi.rekisteri.core.Topic;
import fi.rekisteri.core.compliance.DocumentType;
import fi.rekisteri.export.document.Block;
import fi.rekisteri.export.document.Block.Item;
import fi.rekisteri.export.document.Outline;
import fi.rekisteri.export.document.Section;
import java.util.ArrayList;
import java.util.List;

/**
 * The classic rekisteriseloste (Henkilötietolaki 523/1999 §10) in its customary nine sections: controller, contact
 * person, name, purposes, data content, sources, disclosures, transfers outside the EU/EEA, security.
 */
final class RekisteriselosteOutline {

    private final Register register;
    private final OutlineParts parts;

    private RekisteriselosteOutline(Register register, Language language) {
        this.register = register;
        this.parts = new OutlineParts(register, Messages.of(language));
    }

    /** The outline of the register's rekisteriseloste in the given language. */
    public static Outline of(Register register, Language language) {
        return new RekisteriselosteOutline(register, language).outline();
    }

    private Outline outline() {
        List<Section> sections = new ArrayList<>();
        section(sections, "controller", controller());
        section(sections, "contact", contact());
        section(sections, "name", name());
        section(sections, "purposes", purposes());
        section(sections, "data-content", dataContent());
        section(sections, "sources", sources());
        section(sections, "disclosures", disclosures());
        section(sections, "transfers", transfers());
        section(sections, "security", security());
        return parts.outline(DocumentType.REKISTERISELOSTE, "title.rekisteriseloste", sections);
    }

    private void section(List<Section> sections, String key, List<Block> blocks) {
        parts.addSection(sections, "section." + key, blocks);
    }

    private List<Block> controller() {
        return parts.introduced(Topic.CONTROLLER, parts.controllerAndRepresentative());
    }

    private List<Block> contact() {
        List<Block> blocks = new ArrayList<>(parts.introduction(Topic.CONTACT));
        blocks.addAll(parts.contactPoints());
        blocks.addAll(parts.labelledDpo());
        return blocks;
    }

    private List<Block> name() {
        List<Block> blocks = new ArrayList<>(parts.introduction(Topic.NAME));
        LocalizedText.Resolved name = register.name().resolve(parts.language());
        blocks.add(new Block.Paragraph(endsSentence(name.text()) ? name.text()
                : parts.message("name.sentence", name.text()), name.language()));
        return blocks;
    }

    private static boolean endsSentence(String text) {
        return text.endsWith(".") || text.endsWith("!") || text.endsWith("?");
    }

    /** Each purpose with its description; the classic statement names no legal bases. */
    private List<Block> purposes() {
        List<Item> items = new ArrayList<>();
        for (Purpose purpose : register.purposes()) {
            items.add(purpose.description()
                    .map(d -> parts.item(parts.text(purpose.name()) + " – " + parts.text(d)))
                    .orElse(parts.item(purpose.name())));
        }
        return parts.introduced(Topic.PURPOSES, parts.bulletList(items));
    }

    /** §10 asks for the groups of data subjects and the data about them; retention follows, as customary. */
    private List<Block> dataContent() {
        List<Block> blocks = parts.introduced(Topic.DATA_CONTENT, parts.subjectsAndCategories());
        blocks.addAll(parts.labelledList("data.retention", parts.retentionItems()));
        return blocks;
    }

    /** The subject's own and internal sources first, then the external ones under their own lead-in. */
    private List<Block> sources() {
        List<Item> own = new ArrayList<>();
        List<Item> external = new ArrayList<>();
        for (Source source : register.sources()) {
            if (source instanceof Source.External s) {
                external.add(parts.externalSourceItem(s, false));
            } else {
                parts.ownSourceItem(source).ifPresent(own::add);
            }
        }
        List<Block> blocks = parts.introduced(Topic.SOURCES, parts.bulletList(own));
        blocks.addAll(parts.labelledList("sources.external", external));
        return blocks;
    }

    private List<Block> disclosures() {
        return parts.introduced(Topic.DISCLOSURES, parts.bulletList(parts.disclosureItems()));
    }

    private List<Block> transfers() {
        return parts.introduced(Topic.TRANSFERS, parts.transfers(t ->
                OutlineParts.withDetails(parts.item(parts.transferText(t)), parts.transferCategories(t))));
    }

    private List<Block> security() {
        return parts.introduced(Topic.SECURITY, parts.securityParagraphs());
    }
}
