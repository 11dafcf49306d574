package fi.rekisteri.export.document;

import fi.rekisteri.core.DocumentMetadata;
import fi.rekisteri.core.Register;
import fi.rekisteri.export.document.Block;
import fi.rekisteri.export.document.Block.Field;
import fi.rekisteri.export.document.Block.Fields;
import java.util.ArrayList;
import java.util.List;

/**
 * The blocks before a document's first section: when it was drawn up, last changed and in force from, its version
 * and where changes are announced.
 */
final class Preamble {

    private Preamble() {}

    static List<Block> of(Register register, OutlineParts parts) {
        List<Field> fields = new ArrayList<>();
        DocumentMetadata metadata = register.metadata();
        metadata.date().ifPresent(date -> fields.add(new Field(parts.message("meta.date"), parts.date(date))));
        metadata.lastChanged()
                .ifPresent(date -> fields.add(new Field(parts.message("meta.lastChanged"), parts.date(date))));
        metadata.inForceFrom()
                .ifPresent(date -> fields.add(new Field(parts.message("meta.inForceFrom"), parts.date(date))));
        metadata.version().ifPresent(v -> fields.add(new Field(parts.message("meta.version"), v)));
        metadata.changeNotice()
                .ifPresent(notice -> fields.add(new Field(parts.message("meta.changes"), parts.text(notice))));
        return fields.isEmpty() ? List.of() : List.of(new Fields(fields));
    }
}
