package fi.rekisteri.export.document;

import fi.rekisteri.export.internal.document.Messages;
import fi.rekisteri.core.AutomatedDecisionMaking;
import fi.rekisteri.core.Disclosure;
import fi.rekisteri.core.Language;
import fi.rekisteri.core.LegalBasis;
import fi.rekisteri.core.Purpose;
import fi.rekisteri.core.Register;
import fi.rekisteri.core.RetentionRule;
import fi.rekisteri.core.Source;
import fi.rekisteri.core.Topic;
import fi.rekisteri.core.Transfer;
import fi.rekisteri.core.Transfers;
import fi.rekisteri.core.compliance.DocumentType;
import fi.rekisteri.export.document.Block.BulletList;
import fi.rekisteri.export.document.Block.Item;
import fi.rekisteri.export.document.Block;
import fi.rekisteri.export.document.Outline;
import fi.rekisteri.export.document.Section;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The GDPR privacy notice (tietosuojaseloste): Art. 13 when the data is collected from the data subject, Art. 14
 * when it is not. Sections follow the article's points; the rights listed are those the purposes' legal bases give
 * (portability for consent and contract, objection for public task and legitimate interests, the absolute objection
 * to direct marketing, withdrawal of consent).
 */
final class TietosuojaselosteOutline {

    private final Register register;
    private final DocumentType type;
    private final OutlineParts parts;

    private TietosuojaselosteOutline(Register register, DocumentType type, Language language) {
        if (type != DocumentType.ART_13_NOTICE && type != DocumentType.ART_14_NOTICE) {
            throw new IllegalArgumentException("not a privacy notice: " + type);
        }
        this.register = register;
        this.type = type;
        this.parts = new OutlineParts(register, Messages.of(language));
    }

    /** The outline of the register's Art. 13 or Art. 14 notice in the given language. */
    public static Outline of(Register register, DocumentType type, Language language) {
        return new TietosuojaselosteOutline(register, type, language).outline();
    }

    private Outline outline() {
        List<Section> sections = new ArrayList<>();
        add(sections, "a13.controller", controller());
        add(sections, "a13.dpo", dpo());
        add(sections, "a13.purposes", purposes());
        add(sections, "a13.data", data());
        boolean hasExternal = register.sources().stream().anyMatch(s -> s instanceof Source.External);
        if (type == DocumentType.ART_14_NOTICE || hasExternal) {
            add(sections, "a13.sources", sources());
        }
        add(sections, "a13.recipients", recipients());
        add(sections, "a13.transfers", transfers());
        add(sections, "a13.retention", retention());
        add(sections, "a13.rights", rights());
        if (type == DocumentType.ART_13_NOTICE) {
            add(sections, "a13.provision", register.provisionRequirement().map(parts::paragraphs).orElse(List.of()));
        }
        add(sections, "a13.automated", automated());
        String title = type == DocumentType.ART_13_NOTICE ? "title.art13" : "title.art14";
        return new Outline(type, parts.language(), parts.message(title), parts.text(register.name()),
                register.name().resolve(parts.language()).language(), Preamble.of(register, parts), sections);
    }

    private void add(List<Section> sections, String heading, List<Block> blocks) {
        List<Block> content = blocks.isEmpty() ? List.of(parts.paragraph(parts.message("not-stated"))) : blocks;
        sections.add(new Section(Integer.toString(sections.size() + 1), parts.message(heading), content));
    }

    private List<Block> controller() {
        List<Block> blocks = new ArrayList<>(parts.introduction(Topic.CONTROLLER));
        blocks.add(parts.organisation(register.controller()));
        register.representative().ifPresent(r -> blocks.add(parts.organisation(r)));
        blocks.addAll(parts.introduction(Topic.CONTACT));
        register.contactPoint().ifPresent(c -> blocks.add(parts.contactPoint(c)));
        return blocks;
    }

    private List<Block> dpo() {
        return register.dataProtectionOfficer().<List<Block>>map(d -> List.of(parts.contactPoint(d)))
                .orElse(List.of());
    }

    private List<Block> purposes() {
        List<Block> blocks = new ArrayList<>(parts.introduction(Topic.PURPOSES));
        List<Item> items = register.purposes().stream().map(parts::purposeWithBasis).toList();
        if (!items.isEmpty()) {
            blocks.add(new BulletList(items));
        }
        return blocks;
    }

    private List<Block> data() {
        List<Block> blocks = new ArrayList<>(parts.introduction(Topic.DATA_CONTENT));
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

    private List<Block> sources() {
        List<Block> blocks = new ArrayList<>(parts.introduction(Topic.SOURCES));
        List<Item> items = new ArrayList<>();
        for (Source source : register.sources()) {
            if (source instanceof Source.DataSubject s) {
                items.add(parts.item(s.description()));
            } else if (source instanceof Source.Internal s) {
                items.add(parts.item(s.description()));
            } else if (source instanceof Source.External s) {
                List<String> text = new ArrayList<>();
                text.add(parts.text(s.name()) + (s.supplies().isPresent() || s.reason().isPresent() ? ":" : ""));
                s.supplies().ifPresent(t -> text.add(parts.text(t)));
                s.reason().ifPresent(t -> text.add(parts.text(t)));
                if (s.publiclyAccessible()) {
                    text.add(parts.message("source.public"));
                }
                items.add(parts.item(String.join(" ", text)));
            }
        }
        if (!items.isEmpty()) {
            blocks.add(new BulletList(items));
        }
        return blocks;
    }

    private List<Block> recipients() {
        List<Block> blocks = new ArrayList<>(parts.introduction(Topic.DISCLOSURES));
        List<Item> items = new ArrayList<>();
        for (Disclosure disclosure : register.disclosures()) {
            items.add(parts.item(parts.text(disclosure.recipient())
                    + disclosure.basis().map(b -> ": " + parts.text(b)).orElse("")));
        }
        if (!items.isEmpty()) {
            blocks.add(new BulletList(items));
        }
        return blocks;
    }

    private List<Block> transfers() {
        List<Block> blocks = new ArrayList<>(parts.introduction(Topic.TRANSFERS));
        register.transfers().ifPresent(transfers -> {
            if (transfers instanceof Transfers.None none) {
                blocks.addAll(none.statement().map(parts::paragraphs)
                        .orElse(List.of(parts.paragraph(parts.message("transfers.none")))));
            } else if (transfers instanceof Transfers.ThirdCountries third) {
                List<Item> items = new ArrayList<>();
                for (Transfer transfer : third.transfers()) {
                    List<Item> copy = transfer.safeguardCopy()
                            .map(c -> List.of(parts.item(parts.message("transfer.copy", parts.text(c)))))
                            .orElse(List.of());
                    items.add(new Item(parts.transferText(transfer), parts.language(), copy));
                }
                blocks.add(new BulletList(items));
            }
        });
        return blocks;
    }

    private List<Block> retention() {
        List<Block> blocks = new ArrayList<>(parts.introduction(Topic.RETENTION));
        List<Item> items = new ArrayList<>();
        for (RetentionRule rule : register.retention()) {
            items.add(parts.item(parts.retentionText(rule)));
        }
        if (!items.isEmpty()) {
            blocks.add(new BulletList(items));
        }
        return blocks;
    }

    private List<Block> rights() {
        List<Block> blocks = new ArrayList<>(parts.introduction(Topic.RIGHTS));
        List<Item> items = new ArrayList<>();
        items.add(parts.item(parts.message("right.access")));
        items.add(parts.item(parts.message("right.rectification")));
        items.add(parts.item(parts.message("right.erasure")));
        items.add(parts.item(parts.message("right.restriction")));
        purposesWhere(p -> basis(p, LegalBasis.Consent.class) || basis(p, LegalBasis.Contract.class))
                .ifPresent(list -> items.add(parts.item(parts.message("right.portability", list))));
        purposesWhere(p -> basis(p, LegalBasis.PublicTask.class) || basis(p, LegalBasis.LegitimateInterests.class))
                .ifPresent(list -> items.add(parts.item(parts.message("right.objection", list))));
        purposesWhere(Purpose::directMarketing)
                .ifPresent(list -> items.add(parts.item(parts.message("right.direct-marketing", list))));
        purposesWhere(p -> basis(p, LegalBasis.Consent.class))
                .ifPresent(list -> items.add(parts.item(parts.message("right.withdrawal", list))));
        items.add(parts.item(parts.message("right.complaint")));
        blocks.add(new BulletList(items));
        return blocks;
    }

    private static boolean basis(Purpose purpose, Class<? extends LegalBasis> kind) {
        return purpose.legalBasis().filter(kind::isInstance).isPresent();
    }

    /** The names of the purposes that match, joined; empty when none does. */
    private Optional<String> purposesWhere(Predicate<Purpose> test) {
        String names = register.purposes().stream().filter(test).map(p -> parts.text(p.name()))
                .collect(Collectors.joining(", "));
        return names.isEmpty() ? Optional.empty() : Optional.of(names);
    }

    private List<Block> automated() {
        List<Block> blocks = new ArrayList<>();
        register.automatedDecisionMaking().ifPresent(statement -> {
            if (statement instanceof AutomatedDecisionMaking.Used used) {
                blocks.addAll(parts.paragraphs(used.description()));
            } else {
                blocks.add(parts.paragraph(parts.message("automated.none")));
            }
        });
        return blocks;
    }
}
