package fi.rekisteri.jpa.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.jspecify.annotations.Nullable;

/**
 * A cookie or similar technology of one revision: a row of {@code rk_revision_cookie}. The lifetime is
 * {@code session} or an ISO 8601 period or duration, null when the register does not say. Its description and
 * provider are {@link TextRowColumns}, its purposes {@link KeyRefColumns}.
 */
@Embeddable
public class CookieColumns {

    @Column(name = "cookie_key", length = Columns.KEY, nullable = false)
    String key = "";

    @Column(name = "cookie_name", length = Columns.LINE, nullable = false)
    String name = "";

    @Column(name = "strictly_necessary", nullable = false)
    boolean strictlyNecessary;

    @Column(name = "lifetime", length = Columns.CODE)
    @Nullable String lifetime;

    @Column(name = "third_party", nullable = false)
    boolean thirdParty;

    @Column(name = "provider_country", length = 2)
    @Nullable String providerCountry;

    /** For the persistence provider. */
    protected CookieColumns() {}
}
