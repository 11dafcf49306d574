package fi.rekisteri.jpa.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * An acknowledgement of a compliance finding in one revision: a row of {@code rk_revision_acknowledgement}. The path
 * is the finding's path as {@code RegisterPath.toString()} writes it, null for a finding about the register as a
 * whole (whose path text is empty, which some databases cannot tell from null).
 */
@Embeddable
public class AcknowledgementColumns {

    @Column(name = "rule_id", length = Columns.KEY, nullable = false)
    String ruleId = "";

    @Column(name = "finding_path", length = Columns.LINE)
    @Nullable String path;

    @Column(name = "reason", length = Columns.TEXT, nullable = false)
    String reason = "";

    @Column(name = "acknowledged_by", length = Columns.LINE, nullable = false)
    String by = "";

    @Column(name = "acknowledged_on", nullable = false)
    LocalDate on = LocalDate.EPOCH;

    /** For the persistence provider. */
    protected AcknowledgementColumns() {}

    AcknowledgementColumns(String ruleId, @Nullable String path, String reason, String by, LocalDate on) {
        this.ruleId = ruleId;
        this.path = path;
        this.reason = reason;
        this.by = by;
        this.on = on;
    }
}
