package fi.rekisteri.export.document;

import fi.rekisteri.core.LegalBasis;
import fi.rekisteri.core.Purpose;
import fi.rekisteri.core.Register;
import fi.rekisteri.core.compliance.DocumentType;
import fi.rekisteri.export.document.Block.BulletList;
import fi.rekisteri.export.document.Block.Item;
import fi.rekisteri.export.internal.document.Messages;
import fi.rekisteri.core.Language;
import java.util.ArrayList;
import java.util.List;

/**
 * The short first layer of the privacy notice (the layered approach of the WP29 transparency guidelines, WP260
 * rev.01, endorsed by the EDPB): who the controller is, each purpose on one line, the rights in one short list and
 * how to use them, the supervisory authority, and where the full notice is. Its type is the notice it summarises
 * ({@link Documents#noticeType}), which is what it is checked against: the first layer is published with the full
 * notice, never instead of it, so the full notice's findings are its findings.
 */
final class FirstLayerOutline {

    private final Register register;
    private final OutlineParts parts;

    private FirstLayerOutline(Register register, Language language) {
        this.register = register;
        this.parts = new OutlineParts(register, Messages.of(language));
    }

    /** The first layer of the register's privacy notice in the given language. */
    static Outline of(Register register, Language language) {
        return new FirstLayerOutline(register, language).outline();
    }

    private Outline outline() {
        List<Section> sections = new ArrayList<>();
        parts.addSection(sections, "first.controller", controller());
        parts.addSection(sections, "first.purposes", parts.bulletList(purposes()));
        parts.addSection(sections, "first.rights", rights());
        parts.addSection(sections, "first.full", fullNotice());
        return parts.outline(Documents.noticeType(register), "title.first-layer", sections);
    }

    /** The controller's name and contact details, the contact point and the DPO: whom to ask. */
    private List<Block> controller() {
        List<Block> blocks = new ArrayList<>();
        blocks.add(parts.organisation(register.controller()));
        blocks.addAll(parts.labelledContactPoints());
        blocks.addAll(parts.labelledDpo());
        return blocks;
    }

    /** Each purpose on one line, its legal basis in words without the article. */
    private List<Item> purposes() {
        return register.purposes().stream().map(purpose -> {
            String name = parts.text(purpose.name());
            return parts.item(purpose.legalBasis()
                    .map(basis -> parts.message("purpose.basis", name, parts.basisName(basis)))
                    .orElseGet(() -> parts.message("purpose.no-basis", name)));
        }).toList();
    }

    /** The rights by name, those that depend on a legal basis only where a purpose has it, then how to use them. */
    private List<Block> rights() {
        List<Item> items = new ArrayList<>();
        for (String right : List.of("access", "rectification", "erasure", "restriction")) {
            items.add(parts.item(capitalised(parts.message("right.name." + right))));
        }
        if (any(LegalBasis.Kind.CONSENT, LegalBasis.Kind.CONTRACT)) {
            items.add(parts.item(capitalised(parts.message("right.name.portability"))));
        }
        if (any(LegalBasis.Kind.PUBLIC_TASK, LegalBasis.Kind.LEGITIMATE_INTERESTS)
                || register.purposes().stream().anyMatch(Purpose::directMarketing)) {
            items.add(parts.item(capitalised(parts.message("right.name.objection"))));
        }
        if (any(LegalBasis.Kind.CONSENT)) {
            items.add(parts.item(parts.message("first.withdrawal")));
        }
        items.add(parts.item(parts.message("first.complaint")));
        List<Block> blocks = new ArrayList<>();
        blocks.add(new BulletList(items));
        blocks.add(parts.paragraph(parts.message("first.how")));
        return blocks;
    }

    /** The bundle's names of rights are written to stand inside a sentence; a list item starts with a capital. */
    private String capitalised(String text) {
        return text.substring(0, 1).toUpperCase(parts.language().locale()) + text.substring(1);
    }

    private boolean any(LegalBasis.Kind... kinds) {
        List<LegalBasis.Kind> wanted = List.of(kinds);
        return register.purposes().stream()
                .anyMatch(p -> p.legalBasis().filter(b -> wanted.contains(b.kind())).isPresent());
    }

    /** Where the full notice is: its web address when the register gives one, else that it is published apart. */
    private List<Block> fullNotice() {
        return register.metadata().noticeUrl()
                .<List<Block>>map(url -> List.of(parts.paragraph(parts.message("first.full.text")),
                        parts.webAddress("first.full.label", url)))
                .orElseGet(() -> List.of(parts.paragraph(parts.message("first.full.none"))));
    }
}
