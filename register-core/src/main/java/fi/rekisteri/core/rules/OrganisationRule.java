package fi.rekisteri.core.rules;

import fi.rekisteri.core.LocalizedText;
import fi.rekisteri.core.compliance.Requirement;
import fi.rekisteri.core.compliance.Severity;
import java.util.Objects;

/**
 * One rule an organisation sets for its registers.
 *
 * @param requirement its id and its message in fi, sv and en, which every finding of the rule carries
 * @param severity how much a breach matters; {@link Severity#ERROR} fails {@code rekisteri check --rules}
 * @param check what it requires
 */
public record OrganisationRule(Requirement.Custom requirement, Severity severity, Check check) {

    /** Creates the rule. */
    public OrganisationRule {
        Objects.requireNonNull(requirement, "requirement");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(check, "check");
    }

    /**
     * A rule of an id and a message.
     *
     * @throws IllegalArgumentException if the id is not a key or is a compliance rule's id
     */
    public static OrganisationRule of(String id, Severity severity, LocalizedText message, Check check) {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(check, "check");
        return new OrganisationRule(new Requirement.Custom(id, message), severity, check);
    }

    /** The rule's id. */
    public String id() {
        return requirement.id();
    }
}
