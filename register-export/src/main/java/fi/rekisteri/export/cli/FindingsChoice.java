package fi.rekisteri.export.cli;

import java.util.Arrays;
import java.util.Iterator;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** What {@code render --findings} does with the compliance check's findings. */
enum FindingsChoice {
    /** Lists every finding in a marked box before the first section. */
    BOX,
    /** Writes nothing and exits 1 when any finding is an ERROR; otherwise as {@link #BOX}. */
    REFUSE;

    private String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Reads {@code --findings}. */
    static final class Converter implements ITypeConverter<FindingsChoice> {
        @Override
        public FindingsChoice convert(String value) {
            for (FindingsChoice choice : values()) {
                if (choice.code().equals(value)) {
                    return choice;
                }
            }
            throw new TypeConversionException("unknown --findings '" + value + "'; expected box or refuse");
        }
    }

    /** The codes, for help and shell completion. */
    static final class Candidates implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Arrays.stream(values()).map(FindingsChoice::code).iterator();
        }
    }
}
