package fi.rekisteri.jpa.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.jspecify.annotations.Nullable;

/**
 * An organisation or contact point of one revision (controller, representative, data protection officer, contact):
 * a row of {@code rk_revision_party} keyed by its role. One table for the four keeps the revision row narrow and
 * costs one statement to load.
 */
@Embeddable
public class PartyColumns {

    @Column(name = "party_name", length = Columns.LINE, nullable = false)
    String name = "";

    @Column(name = "business_id", length = Columns.CODE)
    @Nullable String businessId;

    @Column(name = "street", length = Columns.LINE)
    @Nullable String street;

    @Column(name = "postal_code", length = Columns.CODE)
    @Nullable String postalCode;

    @Column(name = "city", length = Columns.LINE)
    @Nullable String city;

    @Column(name = "country", length = 2)
    @Nullable String country;

    @Column(name = "phone", length = Columns.LINE)
    @Nullable String phone;

    @Column(name = "email", length = Columns.LINE)
    @Nullable String email;

    @Column(name = "website", length = Columns.LINE)
    @Nullable String website;

    /** For the persistence provider. */
    protected PartyColumns() {}
}
