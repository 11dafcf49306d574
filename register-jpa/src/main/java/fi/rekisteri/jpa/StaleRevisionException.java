package fi.rekisteri.jpa;

/**
 * A save was based on a revision that is no longer the register's current one: someone else saved in between.
 *
 * <p>Nothing of the failed save is stored. Load the current revision, apply the edit again and save based on it.
 */
public final class StaleRevisionException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String registerKey;
    private final int expectedRevision;
    private final int actualRevision;

    /**
     * A stale save.
     *
     * @param registerKey the register saved
     * @param expectedRevision the revision the save was based on, 0 for a new register
     * @param actualRevision the register's current revision, 0 when it has none
     */
    public StaleRevisionException(String registerKey, int expectedRevision, int actualRevision) {
        super(message(registerKey, expectedRevision, actualRevision));
        this.registerKey = registerKey;
        this.expectedRevision = expectedRevision;
        this.actualRevision = actualRevision;
    }

    private static String message(String registerKey, int expected, int actual) {
        String basedOn = expected == 0 ? "as a new register" : "based on revision " + expected;
        String current = actual == 0 ? "it has no revision" : "its current revision is " + actual;
        return "register '" + registerKey + "' was saved " + basedOn + ", but " + current
                + "; load the current revision and apply the change again";
    }

    /** The key of the register saved. */
    public String registerKey() {
        return registerKey;
    }

    /** The revision the failed save was based on; 0 for a new register. */
    public int expectedRevision() {
        return expectedRevision;
    }

    /** The register's current revision when the save failed; 0 when it has none. */
    public int actualRevision() {
        return actualRevision;
    }
}
