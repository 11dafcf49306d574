package fi.rekisteri.jpa.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.jspecify.annotations.Nullable;

/**
 * An organisation or contact point of one revision (controller, joint controller, representative, data protection
 * officer, contact point): a row of {@code rk_revision_party} keyed by its role ({@code contact-point.1},
 * {@code joint-controller.1} for the later ones of a list). One table for all keeps the revision row narrow and costs
 * one statement to load. An organisation's name is in {@code party_name} (Finnish) and {@code party_name_sv/_en}; a
 * contact point's in {@code party_name}. The business ID is stored as written, a valid one or one failing its check.
 */
@Embeddable
public class PartyColumns {

    @Column(name = "party_name", length = Columns.LINE)
    @Nullable String name;

    @Column(name = "party_name_sv", length = Columns.LINE)
    @Nullable String nameSv;

    @Column(name = "party_name_en", length = Columns.LINE)
    @Nullable String nameEn;

    @Column(name = "party_kind", length = Columns.CODE)
    @Nullable String kind;

    @Column(name = "unit_of_fi", length = Columns.LINE)
    @Nullable String unitOfFi;

    @Column(name = "unit_of_sv", length = Columns.LINE)
    @Nullable String unitOfSv;

    @Column(name = "unit_of_en", length = Columns.LINE)
    @Nullable String unitOfEn;

    @Column(name = "role_fi", length = Columns.LINE)
    @Nullable String roleFi;

    @Column(name = "role_sv", length = Columns.LINE)
    @Nullable String roleSv;

    @Column(name = "role_en", length = Columns.LINE)
    @Nullable String roleEn;

    @Column(name = "business_id", length = Columns.CODE)
    @Nullable String businessId;

    @Column(name = "street", length = Columns.LINE)
    @Nullable String street;

    @Column(name = "po_box", length = Columns.LINE)
    @Nullable String poBox;

    @Column(name = "postal_code", length = Columns.CODE)
    @Nullable String postalCode;

    @Column(name = "city", length = Columns.LINE)
    @Nullable String city;

    @Column(name = "country", length = 2)
    @Nullable String country;

    @Column(name = "visit_street", length = Columns.LINE)
    @Nullable String visitStreet;

    @Column(name = "visit_po_box", length = Columns.LINE)
    @Nullable String visitPoBox;

    @Column(name = "visit_postal_code", length = Columns.CODE)
    @Nullable String visitPostalCode;

    @Column(name = "visit_city", length = Columns.LINE)
    @Nullable String visitCity;

    @Column(name = "visit_country", length = 2)
    @Nullable String visitCountry;

    @Column(name = "phone", length = Columns.LINE)
    @Nullable String phone;

    @Column(name = "email", length = Columns.LINE)
    @Nullable String email;

    @Column(name = "website", length = Columns.LINE)
    @Nullable String website;

    /** For the persistence provider. */
    protected PartyColumns() {}
}
