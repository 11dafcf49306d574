package fi.rekisteri.core.policy;

import java.util.Collection;
import java.util.stream.Collectors;

/** A handle was asked for a key the register does not declare. */
public final class UnknownKeyException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;
    private static final int KEYS_SHOWN = 10;

    private final String kind;
    private final String key;

    UnknownKeyException(String kind, String key, String register, Collection<String> known) {
        super(kind + " '" + key + "' is not declared in register '" + register + "'; declared: " + sample(known));
        this.kind = kind;
        this.key = key;
    }

    private static String sample(Collection<String> known) {
        if (known.isEmpty()) {
            return "none";
        }
        String shown = known.stream().limit(KEYS_SHOWN).collect(Collectors.joining(", "));
        return known.size() > KEYS_SHOWN ? shown + " and " + (known.size() - KEYS_SHOWN) + " more" : shown;
    }

    /** What was looked up: {@code purpose}, {@code data category}, {@code subject category} or {@code recipient}. */
    public String kind() {
        return kind;
    }

    /** The key that is not declared. */
    public String key() {
        return key;
    }
}
