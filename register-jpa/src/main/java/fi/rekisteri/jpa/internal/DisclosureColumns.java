package fi.rekisteri.jpa.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.jspecify.annotations.Nullable;

/**
 * A regular disclosure of one revision: a row of {@code rk_revision_disclosure}; the role is null when the register
 * leaves it unstated. The recipient and the basis are {@link TextRowColumns}.
 */
@Embeddable
public class DisclosureColumns {

    @Column(name = "disclosure_key", length = Columns.KEY, nullable = false)
    String key = "";

    @Column(name = "recipient_role", length = Columns.CODE)
    @Nullable String role;

    @Column(name = "country", length = 2)
    @Nullable String country;

    /** For the persistence provider. */
    protected DisclosureColumns() {}
}
