package fi.rekisteri.export.document;

import fi.rekisteri.export.internal.document.Messages;
import fi.rekisteri.core.Language;
import fi.rekisteri.core.Register;
import fi.rekisteri.core.compliance.DocumentType;
import fi.rekisteri.export.document.Block;
import fi.rekisteri.export.document.Outline;
import fi.rekisteri.export.document.Section;
import java.util.ArrayList;
import java.util.List;

/** The controller's record of processing activities (seloste käsittelytoimista), GDPR Art. 30(1)(a)–(g). */
final class Art30Outline {

    private final OutlineParts parts;

    private Art30Outline(Register register, Language language) {
        this.parts = new OutlineParts(register, Messages.of(language));
    }

    /** The outline of the register's Art. 30 record in the given language. */
    public static Outline of(Register register, Language language) {
        return new Art30Outline(register, language).outline();
    }

    private Outline outline() {
        List<Section> sections = new ArrayList<>();
        parts.addSection(sections, "a30.controller", controller());
        parts.addSection(sections, "a30.purposes", purposes());
        parts.addSection(sections, "a30.data", parts.subjectsAndCategories());
        parts.addSection(sections, "a30.recipients", recipients());
        parts.addSection(sections, "a30.transfers", parts.transfers(t ->
                OutlineParts.withDetails(parts.item(parts.transferText(t)), parts.transferCategories(t))));
        parts.addSection(sections, "a30.retention", parts.bulletList(parts.retentionItems()));
        parts.addSection(sections, "a30.security", parts.securityParagraphs());
        return parts.outline(DocumentType.ART_30_RECORD, "title.art30", sections);
    }

    /** Art. 30(1)(a): the controller, its representative and the data protection officer; no lead-in texts. */
    private List<Block> controller() {
        List<Block> blocks = new ArrayList<>(parts.controllerAndRepresentative());
        blocks.addAll(parts.labelledDpo());
        return blocks;
    }

    private List<Block> purposes() {
        return parts.bulletList(parts.purposesWithBasis());
    }

    /** Art. 30(1)(d): categories of recipients, including those in third countries, with what each receives. */
    private List<Block> recipients() {
        return parts.bulletList(parts.disclosureItems());
    }
}
