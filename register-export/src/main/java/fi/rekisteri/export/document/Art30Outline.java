package fi.rekisteri.export.document;

import fi.rekisteri.export.internal.document.Messages;
import fi.rekisteri.core.Language;
import fi.rekisteri.core.Organisation;
import fi.rekisteri.core.Register;
import fi.rekisteri.core.compliance.DocumentType;
import fi.rekisteri.export.document.Block;
import fi.rekisteri.export.document.Outline;
import fi.rekisteri.export.document.Section;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

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

    /**
     * The outline of one Art. 30 record across the registers of one controller: the controller (with the joint
     * control, from the first register), its representative and data protection officer once, then a section per
     * processing activity (each register's purposes in turn) with what the record's row of that purpose holds
     * ({@link Art30Table}). When registers name different representatives or DPOs (or one names a DPO and another
     * says there is none), each is listed under a label naming the registers that name it; registers that say
     * nothing of one are left out of that comparison.
     */
    static Outline of(List<Register> registers, Language language) {
        Register first = registers.get(0);
        Messages messages = Messages.of(language);
        Art30Outline head = new Art30Outline(first, language);
        List<Section> sections = new ArrayList<>();
        List<Block> controllerSection = new ArrayList<>(head.parts.controllerAndJointControl());
        controllerSection.addAll(each(registers, messages, "label.representative",
                OutlineParts::labelledRepresentative));
        controllerSection.addAll(each(registers, messages, "label.dpo", OutlineParts::labelledDpo));
        head.parts.addSection(sections, "a30.controller", controllerSection);
        for (Register register : registers) {
            OutlineParts parts = new OutlineParts(register, messages);
            List<String> header = Art30Table.plainHeader(parts);
            List<List<String>> rows = Art30Table.plainRows(register, parts);
            for (int r = 0; r < rows.size(); r++) {
                List<Block.Field> fields = new ArrayList<>();
                for (int c = 0; c < header.size(); c++) {
                    String value = rows.get(r).get(c);
                    if (!Art30Table.isControllerColumn(c) && !value.isEmpty()) {
                        fields.add(new Block.Field(header.get(c), value));
                    }
                }
                String heading = parts.text(register.purposes().get(r).name());
                sections.add(new Section(Integer.toString(sections.size() + 1), heading,
                        List.of(new Block.Fields(fields))));
            }
        }
        Organisation controller = first.controller();
        return new Outline(DocumentType.ART_30_RECORD, language, messages.get("title.art30"),
                head.parts.text(controller.name()), controller.name().resolve(language).language(), List.of(),
                sections);
    }

    /**
     * What the registers say of one party, under its label ({@code label}, the first of the blocks {@code part}
     * gives): once when every register that says something says the same, else each statement under
     * {@code LABEL.of}, which names the registers that make it.
     */
    private static List<Block> each(List<Register> registers, Messages messages, String label,
            Function<OutlineParts, List<Block>> part) {
        Map<List<Block>, List<OutlineParts>> statements = new LinkedHashMap<>();
        for (Register register : registers) {
            OutlineParts parts = new OutlineParts(register, messages);
            List<Block> blocks = part.apply(parts);
            if (!blocks.isEmpty()) {
                statements.computeIfAbsent(blocks, b -> new ArrayList<>()).add(parts);
            }
        }
        if (statements.size() <= 1) {
            return statements.keySet().stream().findFirst().orElse(List.of());
        }
        List<Block> blocks = new ArrayList<>();
        statements.forEach((statement, parts) -> {
            OutlineParts firstParts = parts.get(0);
            String names = parts.stream().map(p -> p.text(p.register().name())).collect(Collectors.joining(", "));
            blocks.add(firstParts.paragraph(firstParts.message(label + ".of", names)));
            // The statement's own first block is its label, replaced by the one that names the registers.
            blocks.addAll(statement.subList(1, statement.size()));
        });
        return blocks;
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
