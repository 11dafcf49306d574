package fi.rekisteri.jpa.internal;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import org.jspecify.annotations.Nullable;

/**
 * A regular source of one revision: a row of {@code rk_revision_source}, its variant by its {@code Source.Kind}
 * code. The text is the description of a data-subject or internal source and the name of an external one.
 */
@Embeddable
public class SourceColumns {

    @Column(name = "source_kind", length = Columns.CODE, nullable = false)
    String kind = "";

    @Embedded
    @AttributeOverride(name = "fi", column = @Column(name = "text_fi", length = Columns.TEXT))
    @AttributeOverride(name = "sv", column = @Column(name = "text_sv", length = Columns.TEXT))
    @AttributeOverride(name = "en", column = @Column(name = "text_en", length = Columns.TEXT))
    @Nullable TextColumns text;

    @Column(name = "business_id", length = Columns.CODE)
    @Nullable String businessId;

    @Embedded
    @AttributeOverride(name = "fi", column = @Column(name = "supplies_fi", length = Columns.TEXT))
    @AttributeOverride(name = "sv", column = @Column(name = "supplies_sv", length = Columns.TEXT))
    @AttributeOverride(name = "en", column = @Column(name = "supplies_en", length = Columns.TEXT))
    @Nullable TextColumns supplies;

    @Embedded
    @AttributeOverride(name = "fi", column = @Column(name = "reason_fi", length = Columns.TEXT))
    @AttributeOverride(name = "sv", column = @Column(name = "reason_sv", length = Columns.TEXT))
    @AttributeOverride(name = "en", column = @Column(name = "reason_en", length = Columns.TEXT))
    @Nullable TextColumns reason;

    @Column(name = "publicly_accessible", nullable = false)
    boolean publiclyAccessible;

    /** For the persistence provider. */
    protected SourceColumns() {}
}
