package fi.rekisteri.export.cli;

import fi.rekisteri.core.compliance.DocumentType;
import java.util.Arrays;
import java.util.Iterator;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** The document types the command line offers, by the names people use for them. */
enum DocumentKind {
    /** The classic rekisteriseloste. */
    REKISTERISELOSTE("rekisteriseloste", DocumentType.REKISTERISELOSTE);

    private final String code;
    private final DocumentType type;

    DocumentKind(String code, DocumentType type) {
        this.code = code;
        this.type = type;
    }

    DocumentType type() {
        return type;
    }

    /** Reads {@code --type}. */
    static final class Converter implements ITypeConverter<DocumentKind> {
        @Override
        public DocumentKind convert(String value) {
            for (DocumentKind kind : values()) {
                if (kind.code.equals(value)) {
                    return kind;
                }
            }
            throw new TypeConversionException("unknown document type '" + value + "'; expected one of "
                    + String.join(", ", new Candidates()));
        }
    }

    /** The codes, for help and shell completion. */
    static final class Candidates implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Arrays.stream(values()).map(kind -> kind.code).iterator();
        }
    }
}
