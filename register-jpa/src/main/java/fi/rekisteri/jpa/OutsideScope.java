package fi.rekisteri.jpa;

/**
 * What {@link PersonalDataListener} does with an entity holding personal data that is loaded or written while no
 * {@link fi.rekisteri.core.policy.ProcessingScope} is bound to the thread.
 */
public enum OutsideScope {

    /** Refuse with {@link MissingProcessingScopeException}: the default, so that no access goes unchecked. */
    DENY,

    /**
     * Let it through, unchecked and unrecorded: for code that runs with no subject and no purpose, such as a schema
     * migration or an import, where the application accepts that the processing log does not show the access.
     */
    ALLOW_UNRECORDED
}
