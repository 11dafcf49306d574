package fi.rekisteri.export.document;

import fi.rekisteri.core.Register;
import fi.rekisteri.export.document.Block;
import fi.rekisteri.export.document.Block.Field;
import fi.rekisteri.export.document.Block.Fields;
import java.util.ArrayList;
import java.util.List;

/** The blocks before a document's first section: when it was drawn up and its version. */
final class Preamble {

    private Preamble() {}

    static List<Block> of(Register register, OutlineParts parts) {
        List<Field> fields = new ArrayList<>();
        register.metadata().date().ifPresent(date -> fields.add(new Field(parts.message("meta.date"),
                parts.date(date))));
        register.metadata().version().ifPresent(v -> fields.add(new Field(parts.message("meta.version"), v)));
        return fields.isEmpty() ? List.of() : List.of(new Fields(fields));
    }
}
