package fi.rekisteri.export.cli;

import fi.rekisteri.core.Register;
import fi.rekisteri.core.compliance.DocumentType;
import fi.rekisteri.export.document.Documents;
import java.util.Arrays;
import java.util.Iterator;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** The document types the command line offers, by the names people use for them. */
enum DocumentKind {
    /** The classic rekisteriseloste. */
    REKISTERISELOSTE("rekisteriseloste", "the classic rekisteriseloste"),
    /** The GDPR privacy notice: Art. 13, or Art. 14 when no data comes from the subject. */
    TIETOSUOJASELOSTE("tietosuojaseloste", "the privacy notice"),
    /** The Art. 13 notice, whatever the register's sources. */
    ART13("art13", "the Art. 13 notice"),
    /** The Art. 14 notice, whatever the register's sources. */
    ART14("art14", "the Art. 14 notice"),
    /** The Art. 30 record of processing activities. */
    ART30("art30", "the Art. 30 record");

    private final String code;
    private final String description;

    DocumentKind(String code, String description) {
        this.code = code;
        this.description = description;
    }

    /** The code of {@code --type}. */
    String code() {
        return code;
    }

    /** What the document is, for messages: {@code the Art. 30 record}. */
    String description() {
        return description;
    }

    /** The kind that names exactly this document type. */
    static DocumentKind of(DocumentType type) {
        for (DocumentKind kind : values()) {
            if (kind.code.equals(type.code())) {
                return kind;
            }
        }
        throw new IllegalArgumentException("no --type for document type " + type.code());
    }

    /** The document type for this register. */
    DocumentType type(Register register) {
        return switch (this) {
            case REKISTERISELOSTE -> DocumentType.REKISTERISELOSTE;
            case TIETOSUOJASELOSTE -> Documents.noticeType(register);
            case ART13 -> DocumentType.ART_13_NOTICE;
            case ART14 -> DocumentType.ART_14_NOTICE;
            case ART30 -> DocumentType.ART_30_RECORD;
        };
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
