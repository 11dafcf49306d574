package fi.rekisteri.core.compliance;

/** How much a finding matters. */
public enum Severity {
    /** The statement does not meet a requirement of law. */
    ERROR,
    /** The statement meets the letter of the law, but is likely to be found wanting. */
    WARNING,
    /** Worth knowing; no requirement is broken. */
    INFO
}
