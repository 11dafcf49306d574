package fi.rekisteri.export.cli;

import fi.rekisteri.core.Language;
import fi.rekisteri.core.Register;
import fi.rekisteri.core.compliance.DocumentType;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code --type} and {@code --lang}, mixed into {@code render} and {@code check} so that both have the same choices
 * and the same defaults: the GDPR privacy notice, in Finnish.
 */
final class DocumentChoice {

    /** The document type both commands use when no {@code --type} is given. */
    static final String DEFAULT_TYPE = "tietosuojaseloste";

    @Option(names = "--type", paramLabel = "TYPE", defaultValue = DEFAULT_TYPE,
            converter = DocumentKind.Converter.class, completionCandidates = DocumentKind.Candidates.class,
            description = "Document type: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}, the GDPR privacy"
                    + " notice: art13, or art14 when no data comes from the data subject; --type rekisteriseloste"
                    + " gives the classic statement, first-layer the short first layer of the privacy notice).")
    private DocumentKind type;

    @Option(names = "--lang", paramLabel = "LANG", defaultValue = "fi", converter = LanguageConverter.class,
            description = "Language of the document and of the findings: fi, sv or en (default: ${DEFAULT-VALUE}).")
    private Language language;

    /** The document type {@code --type} names, for this register. */
    DocumentType type(Register register) {
        return type.type(register);
    }

    /** Whether {@code --type} names the Art. 30 record, the one document across several registers. */
    boolean isArt30() {
        return type == DocumentKind.ART30;
    }

    /** The {@code --type} as given on the command line, in lower case: {@code art13}. */
    String code() {
        return type.code();
    }

    /** Whether {@code --type first-layer} asks for the short first layer rather than the notice itself. */
    boolean firstLayer() {
        return type == DocumentKind.FIRST_LAYER;
    }

    /** The language {@code --lang} names. */
    Language language() {
        return language;
    }

    /** Reads {@code --lang}: {@code fi}, {@code sv}, {@code en}, in any case. */
    static final class LanguageConverter implements ITypeConverter<Language> {
        @Override
        public Language convert(String value) {
            try {
                return Language.ofTag(value.toLowerCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException("unknown --lang '" + value + "'; expected one of "
                        + Arrays.stream(Language.values()).map(Language::tag).collect(Collectors.joining(", ")));
            }
        }
    }
}
