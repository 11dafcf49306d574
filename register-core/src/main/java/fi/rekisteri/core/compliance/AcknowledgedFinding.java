package fi.rekisteri.core.compliance;

import fi.rekisteri.core.Acknowledgement;
import java.util.Objects;

/**
 * A WARNING or INFO finding that the register acknowledges, with the acknowledgement that settles it.
 *
 * @param finding the finding as the check made it
 * @param acknowledgement the register's acknowledgement of it
 */
public record AcknowledgedFinding(Finding finding, Acknowledgement acknowledgement) {

    /**
     * Pairs a finding with its acknowledgement.
     *
     * @throws NullPointerException if an argument is null
     */
    public AcknowledgedFinding {
        Objects.requireNonNull(finding, "finding");
        Objects.requireNonNull(acknowledgement, "acknowledgement");
    }
}
