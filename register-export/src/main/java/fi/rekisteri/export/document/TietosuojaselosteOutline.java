package fi.rekisteri.export.document;

import fi.rekisteri.export.internal.document.Messages;
import fi.rekisteri.core.AutomatedDecisionMaking;
import fi.rekisteri.core.Language;
import fi.rekisteri.core.LegalBasis;
import fi.rekisteri.core.Purpose;
import fi.rekisteri.core.Register;
import fi.rekisteri.core.Source;
import fi.rekisteri.core.Topic;
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
        parts.addSection(sections, "a13.controller", controller());
        parts.addSection(sections, "a13.dpo", dpo());
        parts.addSection(sections, "a13.purposes", purposes());
        parts.addSection(sections, "a13.data", data());
        // Art. 14 asks for the sources; an Art. 13 notice lists those the register states, even the subject alone.
        if (type == DocumentType.ART_14_NOTICE || !register.sources().isEmpty()) {
            parts.addSection(sections, "a13.sources", sources());
        }
        parts.addSection(sections, "a13.recipients", recipients());
        parts.addSection(sections, "a13.transfers", transfers());
        parts.addSection(sections, "a13.retention", retention());
        // Only a service that uses cookies has the section: a register of paper files has nothing to say of them.
        if (!register.cookies().isEmpty()) {
            parts.addSection(sections, "a13.cookies", parts.bulletList(parts.cookieItems()));
        }
        parts.addSection(sections, "a13.security", parts.introduced(Topic.SECURITY, parts.securityParagraphs()));
        parts.addSection(sections, "a13.rights", rights());
        if (type == DocumentType.ART_13_NOTICE) {
            List<Block> provision = new ArrayList<>(
                    register.provisionRequirement().map(parts::paragraphs).orElse(List.of()));
            provision.addAll(parts.bulletList(parts.provisionItems()));
            parts.addSection(sections, "a13.provision", provision);
        }
        parts.addSection(sections, "a13.automated", automated());
        // The full notice opens with a pointer to its short first layer (WP260 rev.01 layered approach).
        List<Block> lead = register.metadata().firstLayerUrl()
                .<List<Block>>map(url -> List.of(parts.webAddress("notice.first-layer", url))).orElse(List.of());
        return parts.outline(type, type == DocumentType.ART_13_NOTICE ? "title.art13" : "title.art14", lead,
                sections);
    }

    /** The controller and its representative, then the contact point; the DPO has a section of its own. */
    private List<Block> controller() {
        List<Block> blocks = new ArrayList<>(parts.introduction(Topic.CONTROLLER));
        blocks.addAll(parts.controllerAndRepresentative());
        blocks.addAll(parts.introduction(Topic.CONTACT));
        blocks.addAll(parts.labelledContactPoints());
        return blocks;
    }

    private List<Block> dpo() {
        return register.dataProtectionOfficer().<List<Block>>map(d -> List.of(parts.contactPoint(d)))
                .orElseGet(parts::noDpo);
    }

    private List<Block> purposes() {
        return parts.introduced(Topic.PURPOSES, parts.bulletList(parts.purposesWithBasis()));
    }

    private List<Block> data() {
        return parts.introduced(Topic.DATA_CONTENT, parts.subjectsAndCategories());
    }

    /** All sources in one list; Art. 14(2)(f) asks whether an external one is publicly accessible. */
    private List<Block> sources() {
        List<Item> items = new ArrayList<>();
        for (Source source : register.sources()) {
            if (source instanceof Source.External s) {
                items.add(parts.externalSourceItem(s, true));
            } else {
                parts.ownSourceItem(source).ifPresent(items::add);
            }
        }
        return parts.introduced(Topic.SOURCES, parts.bulletList(items));
    }

    private List<Block> recipients() {
        return parts.introduced(Topic.DISCLOSURES, parts.bulletList(parts.disclosureItems()));
    }

    /** Each transfer with, nested, where a copy of its safeguards can be had (Art. 13(1)(f), 14(1)(f)). */
    private List<Block> transfers() {
        return parts.introduced(Topic.TRANSFERS, parts.transfers(transfer -> {
            List<Item> details = new ArrayList<>(parts.transferCategories(transfer));
            transfer.safeguardCopy().ifPresent(c -> details.add(parts.item(parts.message("transfer.copy", parts.text(c)))));
            return new Item(parts.transferText(transfer), parts.language(), details);
        }));
    }

    private List<Block> retention() {
        return parts.introduced(Topic.RETENTION, parts.bulletList(parts.retentionItems()));
    }

    private List<Block> rights() {
        List<Item> items = new ArrayList<>();
        items.add(right("right.access", "15"));
        items.add(right("right.rectification", "16"));
        items.add(right("right.erasure", "17"));
        items.add(right("right.restriction", "18"));
        purposesWhere(p -> basis(p, TietosuojaselosteOutline::givesPortability))
                .ifPresent(list -> items.add(right("right.portability", "20", list)));
        purposesWhere(p -> basis(p, TietosuojaselosteOutline::givesObjection))
                .ifPresent(list -> items.add(right("right.objection", "21(1)", list)));
        purposesWhere(Purpose::directMarketing)
                .ifPresent(list -> items.add(right("right.direct-marketing", "21(2)–(3)", list)));
        purposesWhere(p -> basis(p, kind -> kind == LegalBasis.Kind.CONSENT))
                .ifPresent(list -> items.add(right("right.withdrawal", "7(3)", list)));
        // The controller's own restrictions follow the rights the library states, which stay as they are.
        items.addAll(parts.rightsRestrictionItems());
        items.add(right("right.complaint", "77"));
        return parts.introduced(Topic.RIGHTS, List.of(new BulletList(items)));
    }

    /** A right with its article, then the purposes it concerns when it concerns only some. */
    private Item right(String key, String provision, String... purposes) {
        String text = parts.message(key, parts.cite(provision));
        return parts.item(purposes.length == 0 ? text : text + ": " + String.join(", ", purposes));
    }

    private static boolean basis(Purpose purpose, Predicate<LegalBasis.Kind> test) {
        return purpose.legalBasis().filter(b -> test.test(b.kind())).isPresent();
    }

    /** Art. 20(1)(a): portability where processing rests on consent or a contract. */
    private static boolean givesPortability(LegalBasis.Kind kind) {
        return switch (kind) {
            case CONSENT, CONTRACT -> true;
            case LEGAL_OBLIGATION, VITAL_INTERESTS, PUBLIC_TASK, LEGITIMATE_INTERESTS -> false;
        };
    }

    /** Art. 21(1): the right to object where processing rests on a public task or legitimate interests. */
    private static boolean givesObjection(LegalBasis.Kind kind) {
        return switch (kind) {
            case PUBLIC_TASK, LEGITIMATE_INTERESTS -> true;
            case CONSENT, CONTRACT, LEGAL_OBLIGATION, VITAL_INTERESTS -> false;
        };
    }

    /** The names of the purposes that match, joined; empty when none does. */
    private Optional<String> purposesWhere(Predicate<Purpose> test) {
        String names = register.purposes().stream().filter(test).map(p -> parts.text(p.name()))
                .collect(Collectors.joining(", "));
        return names.isEmpty() ? Optional.empty() : Optional.of(names);
    }

    private List<Block> automated() {
        return register.automatedDecisionMaking().map(statement -> switch (statement.kind()) {
            case NONE -> List.<Block>of(parts.paragraph(parts.message("automated.none")));
            case USED -> parts.paragraphs(((AutomatedDecisionMaking.Used) statement).description());
        }).orElse(List.of());
    }
}
