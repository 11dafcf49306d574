package fi.rekisteri.core.compliance;

import fi.rekisteri.core.Language;
import fi.rekisteri.core.LocalizedText;
import fi.rekisteri.core.RegisterPath;
import java.util.List;
import java.util.Objects;

/**
 * One thing a register lacks or gets wrong for a document type.
 *
 * <p>Arguments are texts taken from the register (a purpose's name, a country code) or from the library (what
 * replaced a repealed law); they are never personal data beyond what the register's own texts contain.
 *
 * @param rule the rule that was broken: a compliance {@link Rule}, or an organisation's own
 *     {@link Requirement.Custom}
 * @param severity how much it matters in the document type checked
 * @param location where in the register, as its accessors name it ({@code purposes[2].legalBasis},
 *     {@code security.electronic}); the {@linkplain RegisterPath#root() root} for the register as a whole
 * @param arguments the values the message mentions, in the order of its placeholders
 */
public record Finding(Requirement rule, Severity severity, RegisterPath location, List<LocalizedText> arguments) {

    /** Creates a finding. */
    public Finding {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(location, "location");
        arguments = List.copyOf(Objects.requireNonNull(arguments, "arguments"));
    }

    /**
     * Creates a finding at a path given as text.
     *
     * @throws IllegalArgumentException when the path is not a {@linkplain RegisterPath#parse(String) path's text}
     */
    public Finding(Requirement rule, Severity severity, String path, List<LocalizedText> arguments) {
        this(rule, severity, RegisterPath.parse(Objects.requireNonNull(path, "path")), arguments);
    }

    /** Where in the register, as text: {@code purposes[2].legalBasis}; empty for the register as a whole. */
    public String path() {
        return location.toString();
    }

    /** The rule's stable id. */
    public String ruleId() {
        return rule.id();
    }

    /** The message in the given language, each argument resolved in that language (with its usual fallback). */
    public String message(Language language) {
        Objects.requireNonNull(language, "language");
        Object[] resolved = arguments.stream().map(argument -> argument.text(language)).toArray();
        return rule.message(language, resolved);
    }

    /** {@code ERROR purpose.legal-basis at purposes[2].legalBasis}: ids and paths only, never register texts. */
    @Override
    public String toString() {
        return severity + " " + rule.id() + " at " + (location.isRoot() ? "(register)" : location);
    }
}
