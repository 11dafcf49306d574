package fi.rekisteri.jpa.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.jspecify.annotations.Nullable;

/**
 * A transfer outside the EU/EEA of one revision: a row of {@code rk_revision_transfer}. The recipient and where to
 * get a copy of the safeguard are {@link TextRowColumns}.
 */
@Embeddable
public class TransferColumns {

    @Column(name = "country", length = 2, nullable = false)
    String country = "";

    @Column(name = "safeguard", length = Columns.CODE)
    @Nullable String safeguard;

    @Column(name = "data_privacy_framework", nullable = false)
    boolean dataPrivacyFramework;

    /** For the persistence provider. */
    protected TransferColumns() {}
}
