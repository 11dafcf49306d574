package fi.rekisteri.export.document;

import fi.rekisteri.export.internal.document.Messages;
import fi.rekisteri.core.ContactPoint;
import fi.rekisteri.core.Disclosure;
import fi.rekisteri.core.Language;
import fi.rekisteri.core.LocalizedText;
import fi.rekisteri.core.Organisation;
import fi.rekisteri.core.Purpose;
import fi.rekisteri.core.Register;
import fi.rekisteri.core.Source;
import fi.rekisteri.core.Topic;
import fi.rekisteri.core.Transfer;
import fi.rekisteri.core.Transfers;
import fi.rekisteri.core.compliance.DocumentType;
import fi.rekisteri.export.document.Block;
import fi.rekisteri.export.document.Block.BulletList;
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
        sections.add(section(sections, "controller", controller()));
        sections.add(section(sections, "contact", contact()));
        sections.add(section(sections, "name", name()));
        sections.add(section(sections, "purposes", purposes()));
        sections.add(section(sections, "data-content", dataContent()));
        sections.add(section(sections, "sources", sources()));
        sections.add(section(sections, "disclosures", disclosures()));
        sections.add(section(sections, "transfers", transfers()));
        sections.add(section(sections, "security", security()));
        return new Outline(DocumentType.REKISTERISELOSTE, parts.language(), parts.message("title.rekisteriseloste"),
                parts.text(register.name()), register.name().resolve(parts.language()).language(),
                Preamble.of(register, parts), sections);
    }

    private Section section(List<Section> before, String key, List<Block> blocks) {
        List<Block> content = blocks.isEmpty() ? List.of(parts.paragraph(parts.message("not-stated"))) : blocks;
        return new Section(Integer.toString(before.size() + 1), parts.message("section." + key), content);
    }

    private List<Block> controller() {
        List<Block> blocks = new ArrayList<>(parts.introduction(Topic.CONTROLLER));
        blocks.add(organisation(register.controller()));
        register.representative().ifPresent(r -> blocks.add(organisation(r)));
        return blocks;
    }

    private Block organisation(Organisation organisation) {
        return parts.organisation(organisation);
    }

    private List<Block> contact() {
        List<Block> blocks = new ArrayList<>(parts.introduction(Topic.CONTACT));
        register.contactPoint().ifPresent(c -> blocks.add(contactPoint(c)));
        register.dataProtectionOfficer().ifPresent(d -> blocks.add(contactPoint(d)));
        return blocks;
    }

    private Block contactPoint(ContactPoint point) {
        return parts.contactPoint(point);
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

    private List<Block> purposes() {
        List<Block> blocks = new ArrayList<>(parts.introduction(Topic.PURPOSES));
        List<Item> items = new ArrayList<>();
        for (Purpose purpose : register.purposes()) {
            items.add(purpose.description()
                    .map(d -> parts.item(parts.text(purpose.name()) + " – " + parts.text(d)))
                    .orElse(parts.item(purpose.name())));
        }
        if (!items.isEmpty()) {
            blocks.add(new BulletList(items));
        }
        return blocks;
    }

    private List<Block> dataContent() {
        List<Block> blocks = new ArrayList<>(parts.introduction(Topic.DATA_CONTENT));
        List<Item> categories = parts.categoryTree();
        if (!categories.isEmpty()) {
            blocks.add(new BulletList(categories));
        }
        return blocks;
    }

    private List<Block> sources() {
        List<Block> blocks = new ArrayList<>(parts.introduction(Topic.SOURCES));
        List<Item> own = new ArrayList<>();
        List<Item> external = new ArrayList<>();
        for (Source source : register.sources()) {
            if (source instanceof Source.DataSubject s) {
                own.add(parts.item(s.description()));
            } else if (source instanceof Source.Internal s) {
                own.add(parts.item(s.description()));
            } else if (source instanceof Source.External s) {
                StringBuilder text = new StringBuilder(parts.text(s.name()));
                List<String> details = new ArrayList<>();
                s.supplies().ifPresent(t -> details.add(parts.text(t)));
                s.reason().ifPresent(t -> details.add(parts.text(t)));
                if (!details.isEmpty()) {
                    text.append(": ").append(String.join(" ", details));
                }
                external.add(parts.item(text.toString()));
            }
        }
        if (!own.isEmpty()) {
            blocks.add(new BulletList(own));
        }
        if (!external.isEmpty()) {
            blocks.add(parts.paragraph(parts.message("sources.external")));
            blocks.add(new BulletList(external));
        }
        return blocks;
    }

    private List<Block> disclosures() {
        List<Block> blocks = new ArrayList<>(parts.introduction(Topic.DISCLOSURES));
        List<Item> items = new ArrayList<>();
        for (Disclosure disclosure : register.disclosures()) {
            String text = parts.text(disclosure.recipient())
                    + disclosure.basis().map(b -> ": " + parts.text(b)).orElse("");
            items.add(parts.item(text));
        }
        if (!items.isEmpty()) {
            blocks.add(new BulletList(items));
        }
        return blocks;
    }

    private List<Block> transfers() {
        List<Block> blocks = new ArrayList<>(parts.introduction(Topic.TRANSFERS));
        if (register.transfers().isEmpty()) {
            return blocks;
        }
        Transfers transfers = register.transfers().get();
        if (transfers instanceof Transfers.None none) {
            blocks.addAll(none.statement().map(parts::paragraphs)
                    .orElse(List.of(parts.paragraph(parts.message("transfers.none")))));
        } else if (transfers instanceof Transfers.ThirdCountries third) {
            List<Item> items = new ArrayList<>();
            for (Transfer transfer : third.transfers()) {
                items.add(parts.item(parts.transferText(transfer)));
            }
            blocks.add(new BulletList(items));
        }
        return blocks;
    }

    private List<Block> security() {
        List<Block> blocks = new ArrayList<>(parts.introduction(Topic.SECURITY));
        register.security().general().ifPresent(t -> blocks.addAll(parts.paragraphs(t)));
        register.security().electronic().ifPresent(t -> blocks.addAll(parts.paragraphs(t)));
        register.security().manual().ifPresent(t -> blocks.addAll(parts.paragraphs(t)));
        return blocks;
    }
}
