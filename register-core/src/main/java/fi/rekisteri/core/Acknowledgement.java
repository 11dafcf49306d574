package fi.rekisteri.core;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A team's decision that a WARNING or INFO finding of the compliance check is settled as it stands: the finding of
 * a rule at a path, why it is accepted, who accepted it and when.
 *
 * <p>An acknowledged finding leaves the documents' findings box and is listed apart by the check. An acknowledgement
 * does not settle an ERROR finding (severity depends on the document type, so the same acknowledgement may settle a
 * warning of one type and not the error of another); the check reports such an acknowledgement, and one whose
 * finding no longer occurs.
 *
 * @param ruleId the rule's stable id, such as {@code dpo.missing}
 * @param path where the finding is, as the check names it; the {@linkplain RegisterPath#root() root} for a finding
 *     about the register as a whole
 * @param reason why the finding is accepted, for the team's own record
 * @param by who accepted it (a name or a role); never printed in a document
 * @param on the day it was accepted
 */
public record Acknowledgement(String ruleId, RegisterPath path, String reason, String by, LocalDate on) {

    /**
     * Creates an acknowledgement.
     *
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the rule id, the reason or who is blank
     */
    public Acknowledgement {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(on, "on");
        if (ruleId.isBlank()) {
            throw new IllegalArgumentException("acknowledgement rule id is blank");
        }
        if (reason.isBlank()) {
            throw new IllegalArgumentException("acknowledgement of '" + ruleId + "' has a blank reason");
        }
        if (by.isBlank()) {
            throw new IllegalArgumentException("acknowledgement of '" + ruleId + "' does not say who made it");
        }
    }

    /**
     * An acknowledgement of a finding about the register as a whole.
     *
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the rule id, the reason or who is blank
     */
    public static Acknowledgement of(String ruleId, String reason, String by, LocalDate on) {
        return new Acknowledgement(ruleId, RegisterPath.root(), reason, by, on);
    }

    /**
     * An acknowledgement of the finding at a path.
     *
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the path is not a path's text, or the rule id, reason or who is blank
     */
    public static Acknowledgement of(String ruleId, String path, String reason, String by, LocalDate on) {
        return new Acknowledgement(ruleId, RegisterPath.parse(Objects.requireNonNull(path, "path")), reason, by, on);
    }

    /**
     * Whether this acknowledges the finding of the rule id at the path.
     *
     * @throws NullPointerException if an argument is null
     */
    public boolean matches(String findingRuleId, RegisterPath findingPath) {
        Objects.requireNonNull(findingRuleId, "findingRuleId");
        Objects.requireNonNull(findingPath, "findingPath");
        return ruleId.equals(findingRuleId) && path.equals(findingPath);
    }

    /** {@code Acknowledgement[dpo.missing at dataProtectionOfficer, 2026-11-30]}: without who and why. */
    @Override
    public String toString() {
        return "Acknowledgement[" + ruleId + " at " + (path.isRoot() ? "(register)" : path) + ", " + on + "]";
    }
}
