package fi.rekisteri.export.cli;

import fi.rekisteri.core.Coded;
import java.util.Iterator;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** What {@code render --findings} does with the compliance check's findings. */
enum FindingsChoice implements Coded {
    /** Lists every finding in a marked box before the first section. */
    BOX,
    /** Writes nothing and exits 1 when any finding is an ERROR; otherwise as {@link #BOX}. */
    REFUSE;

    /** Reads {@code --findings}. */
    static final class Converter implements ITypeConverter<FindingsChoice> {
        @Override
        public FindingsChoice convert(String value) {
            try {
                return Coded.ofCode(FindingsChoice.class, value.toLowerCase(Locale.ROOT), "--findings");
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException("unknown --findings '" + value + "'; expected box or refuse");
            }
        }
    }

    /** The codes, for help and shell completion. */
    static final class Candidates implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Coded.codes(FindingsChoice.class).iterator();
        }
    }
}
