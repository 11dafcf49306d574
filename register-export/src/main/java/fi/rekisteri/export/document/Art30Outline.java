package fi.rekisteri.export.document;

import fi.rekisteri.export.internal.document.Messages;
import fi.rekisteri.core.Disclosure;
import fi.rekisteri.core.Language;
import fi.rekisteri.core.Register;
import fi.rekisteri.core.RetentionRule;
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

/** The controller's record of processing activities (seloste käsittelytoimista), GDPR Art. 30(1)(a)–(g). */
final class Art30Outline {

    private final Register register;
    private final OutlineParts parts;

    private Art30Outline(Register register, Language language) {
        this.register = register;
        this.parts = new OutlineParts(register, Messages.of(language));
    }

    /** The outline of the register's Art. 30 record in the given language. */
    public static Outline of(Register register, Language language) {
        return new Art30Outline(register, language).outline();
    }

    private Outline outline() {
        List<Section> sections = new ArrayList<>();
        add(sections, "a30.controller", controller());
        add(sections, "a30.purposes", purposes());
        add(sections, "a30.data", data());
        add(sections, "a30.recipients", recipients());
        add(sections, "a30.transfers", transfers());
        add(sections, "a30.retention", retention());
        add(sections, "a30.security", security());
        return new Outline(DocumentType.ART_30_RECORD, parts.language(), parts.message("title.art30"),
                parts.text(register.name()), register.name().resolve(parts.language()).language(),
                Preamble.of(register, parts), sections);
    }

    private void add(List<Section> sections, String heading, List<Block> blocks) {
        List<Block> content = blocks.isEmpty() ? List.of(parts.paragraph(parts.message("not-stated"))) : blocks;
        sections.add(new Section(Integer.toString(sections.size() + 1), parts.message(heading), content));
    }

    private List<Block> controller() {
        List<Block> blocks = new ArrayList<>();
        blocks.add(parts.organisation(register.controller()));
        register.representative().ifPresent(r -> blocks.add(parts.organisation(r)));
        register.dataProtectionOfficer().ifPresent(d -> blocks.add(parts.contactPoint(d)));
        return blocks;
    }

    private List<Block> purposes() {
        List<Item> items = register.purposes().stream().map(parts::purposeWithBasis).toList();
        return items.isEmpty() ? List.of() : List.of(new BulletList(items));
    }

    private List<Block> data() {
        List<Block> blocks = new ArrayList<>();
        List<Item> subjects = parts.subjectItems();
        if (!subjects.isEmpty()) {
            blocks.add(parts.paragraph(parts.message("data.subjects")));
            blocks.add(new BulletList(subjects));
        }
        List<Item> categories = parts.categoryTree();
        if (!categories.isEmpty()) {
            blocks.add(parts.paragraph(parts.message("data.categories")));
            blocks.add(new BulletList(categories));
        }
        return blocks;
    }

    private List<Block> recipients() {
        List<Item> items = new ArrayList<>();
        for (Disclosure disclosure : register.disclosures()) {
            String country = disclosure.country().map(c -> " (" + parts.country(c) + ")").orElse("");
            items.add(parts.item(parts.text(disclosure.recipient()) + country));
        }
        return items.isEmpty() ? List.of() : List.of(new BulletList(items));
    }

    private List<Block> transfers() {
        List<Block> blocks = new ArrayList<>();
        register.transfers().ifPresent(transfers -> {
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
        });
        return blocks;
    }

    private List<Block> retention() {
        List<Item> items = new ArrayList<>();
        for (RetentionRule rule : register.retention()) {
            items.add(parts.item(parts.retentionText(rule)));
        }
        return items.isEmpty() ? List.of() : List.of(new BulletList(items));
    }

    private List<Block> security() {
        List<Block> blocks = new ArrayList<>();
        register.security().general().ifPresent(t -> blocks.addAll(parts.paragraphs(t)));
        register.security().electronic().ifPresent(t -> blocks.addAll(parts.paragraphs(t)));
        register.security().manual().ifPresent(t -> blocks.addAll(parts.paragraphs(t)));
        return blocks;
    }
}
