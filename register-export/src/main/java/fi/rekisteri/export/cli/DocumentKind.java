package fi.rekisteri.export.cli;

import fi.rekisteri.core.Coded;
import fi.rekisteri.core.Register;
import fi.rekisteri.core.compliance.DocumentType;
import fi.rekisteri.export.document.Documents;
import java.util.Iterator;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** The document types the command line offers, by the names people use for them. */
enum DocumentKind implements Coded {
    /** The classic rekisteriseloste. */
    REKISTERISELOSTE("the classic rekisteriseloste"),
    /** The GDPR privacy notice: Art. 13, or Art. 14 when no data comes from the subject. */
    TIETOSUOJASELOSTE("the privacy notice"),
    /** The Art. 13 notice, whatever the register's sources. */
    ART13("the Art. 13 notice"),
    /** The Art. 14 notice, whatever the register's sources. */
    ART14("the Art. 14 notice"),
    /** The Art. 30 record of processing activities. */
    ART30("the Art. 30 record"),
    /** The short first layer of the privacy notice, checked as the notice it summarises. */
    FIRST_LAYER("the first layer of the privacy notice");

    private final String description;

    DocumentKind(String description) {
        this.description = description;
    }

    /** What the document is, for messages: {@code the Art. 30 record}. */
    String description() {
        return description;
    }

    /** The kind that names exactly this document type. */
    static DocumentKind of(DocumentType type) {
        for (DocumentKind kind : values()) {
            if (kind.code().equals(type.code())) {
                return kind;
            }
        }
        throw new IllegalArgumentException("no --type for document type " + type.code());
    }

    /** The document type for this register. */
    DocumentType type(Register register) {
        return switch (this) {
            case REKISTERISELOSTE -> DocumentType.REKISTERISELOSTE;
            case TIETOSUOJASELOSTE, FIRST_LAYER -> Documents.noticeType(register);
            case ART13 -> DocumentType.ART_13_NOTICE;
            case ART14 -> DocumentType.ART_14_NOTICE;
            case ART30 -> DocumentType.ART_30_RECORD;
        };
    }

    /** Reads {@code --type}, in any case: {@code art13}, {@code TIETOSUOJASELOSTE}. */
    static final class Converter implements ITypeConverter<DocumentKind> {
        @Override
        public DocumentKind convert(String value) {
            try {
                return Coded.ofCode(DocumentKind.class, value.toLowerCase(Locale.ROOT), "--type");
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException("unknown --type '" + value + "'; expected one of "
                        + String.join(", ", Coded.codes(DocumentKind.class)));
            }
        }
    }

    /** The codes, for help and shell completion. */
    static final class Candidates implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Coded.codes(DocumentKind.class).iterator();
        }
    }
}
