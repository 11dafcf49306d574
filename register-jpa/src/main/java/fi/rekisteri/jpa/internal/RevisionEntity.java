package fi.rekisteri.jpa.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ForeignKey;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One saved revision of a register: a full snapshot in {@code rk_register_revision} and its child tables.
 *
 * <p>A revision is written once and never changed, so its collections are never updated in place; they are ordered
 * lists ({@code @OrderColumn}), a map and a set, never bags. Every collection is lazy and loads with one statement of
 * its own, but for the acknowledgements, which the store's queries join to the revision's row (one collection joined
 * multiplies only that row): a register loads in a fixed number of statements, with no cartesian product between
 * collections.
 */
@Entity(name = "RekisteriRevision")
@Table(name = "rk_register_revision",
        uniqueConstraints = @UniqueConstraint(name = "rk_register_revision_no",
                columnNames = {"register_key", "revision_no"}))
public class RevisionEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "revision_id")
    @Nullable Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "register_key", nullable = false,
            foreignKey = @ForeignKey(name = "rk_register_revision_register_fk"))
    @Nullable RegisterEntity register;

    // The same column as the association, readable in queries without a join.
    @Column(name = "register_key", length = Columns.KEY, nullable = false, insertable = false, updatable = false)
    String registerKey = "";

    @Column(name = "revision_no", nullable = false)
    int number;

    @Column(name = "saved_at", nullable = false)
    Instant savedAt = Instant.EPOCH;

    @Column(name = "author", length = Columns.LINE)
    @Nullable String author;

    @Column(name = "change_comment", length = Columns.TEXT)
    @Nullable String comment;


    @Column(name = "document_version", length = Columns.LINE)
    @Nullable String documentVersion;

    @Column(name = "document_date")
    @Nullable LocalDate documentDate;

    @Column(name = "document_last_changed")
    @Nullable LocalDate documentLastChanged;

    @Column(name = "document_in_force_from")
    @Nullable LocalDate documentInForceFrom;

    @Column(name = "document_framework", length = Columns.CODE)
    @Nullable String documentFramework;


    /** Whether the register has joint controllers; their rows are parties, the essence is a text. */
    @Column(name = "joint_control", nullable = false)
    boolean jointControl;


    /** {@code none}, {@code third-countries}, {@code may-occur} or null when the register says nothing of transfers. */
    @Column(name = "transfers_kind", length = Columns.CODE)
    @Nullable String transfersKind;





    /** {@code none}, {@code used} or null when the register says nothing of automated decision-making. */
    @Column(name = "automated_decisions", length = Columns.CODE)
    @Nullable String automatedDecisions;

    /** Whether the register states that it discloses nothing (its statement, if any, is a text). */
    @Column(name = "no_disclosures", nullable = false)
    boolean noDisclosures;

    /** Why no data protection officer is designated, when the register states that none is; otherwise null. */
    @Column(name = "no_dpo_reason", length = Columns.TEXT)
    @Nullable String noDpoReason;



    /** The controller and, where present, representative, data protection officer and contact, by role code. */
    @ElementCollection
    @CollectionTable(name = "rk_revision_party", joinColumns = @JoinColumn(name = "revision_id"),
            foreignKey = @ForeignKey(name = "rk_revision_party_revision_fk"))
    @MapKeyColumn(name = "party_role", length = Columns.CODE)
    Map<String, PartyColumns> parties = new LinkedHashMap<>();

    /** The data subject categories, in order. */
    @ElementCollection
    @CollectionTable(name = "rk_revision_subject", joinColumns = @JoinColumn(name = "revision_id"),
            foreignKey = @ForeignKey(name = "rk_revision_subject_revision_fk"))
    @OrderColumn(name = "item_index")
    List<SubjectCategoryColumns> subjectCategories = new ArrayList<>();

    /** The data categories, in order. */
    @ElementCollection
    @CollectionTable(name = "rk_revision_data_category", joinColumns = @JoinColumn(name = "revision_id"),
            foreignKey = @ForeignKey(name = "rk_revision_data_category_revision_fk"))
    @OrderColumn(name = "item_index")
    List<DataCategoryColumns> dataCategories = new ArrayList<>();

    /** The purposes, in order. */
    @ElementCollection
    @CollectionTable(name = "rk_revision_purpose", joinColumns = @JoinColumn(name = "revision_id"),
            foreignKey = @ForeignKey(name = "rk_revision_purpose_revision_fk"))
    @OrderColumn(name = "item_index")
    List<PurposeColumns> purposes = new ArrayList<>();

    /** The sources, in order. */
    @ElementCollection
    @CollectionTable(name = "rk_revision_source", joinColumns = @JoinColumn(name = "revision_id"),
            foreignKey = @ForeignKey(name = "rk_revision_source_revision_fk"))
    @OrderColumn(name = "item_index")
    List<SourceColumns> sources = new ArrayList<>();

    /** The disclosures, in order. */
    @ElementCollection
    @CollectionTable(name = "rk_revision_disclosure", joinColumns = @JoinColumn(name = "revision_id"),
            foreignKey = @ForeignKey(name = "rk_revision_disclosure_revision_fk"))
    @OrderColumn(name = "item_index")
    List<DisclosureColumns> disclosures = new ArrayList<>();

    /** The transfers outside the EU/EEA, in order. */
    @ElementCollection
    @CollectionTable(name = "rk_revision_transfer", joinColumns = @JoinColumn(name = "revision_id"),
            foreignKey = @ForeignKey(name = "rk_revision_transfer_revision_fk"))
    @OrderColumn(name = "item_index")
    List<TransferColumns> transfers = new ArrayList<>();

    /** The retention rules, in order. */
    @ElementCollection
    @CollectionTable(name = "rk_revision_retention", joinColumns = @JoinColumn(name = "revision_id"),
            foreignKey = @ForeignKey(name = "rk_revision_retention_revision_fk"))
    @OrderColumn(name = "item_index")
    List<RetentionColumns> retention = new ArrayList<>();

    /** The register's own lead-in texts, by topic code. */
    @ElementCollection
    @CollectionTable(name = "rk_revision_introduction", joinColumns = @JoinColumn(name = "revision_id"),
            foreignKey = @ForeignKey(name = "rk_revision_introduction_revision_fk"))
    @MapKeyColumn(name = "topic", length = Columns.CODE)
    Map<String, TextColumns> introductions = new LinkedHashMap<>();

    /** The restrictions of rights the controller states, in order. */
    @ElementCollection
    @CollectionTable(name = "rk_revision_rights_restriction", joinColumns = @JoinColumn(name = "revision_id"),
            foreignKey = @ForeignKey(name = "rk_revision_rights_restriction_revision_fk"))
    @OrderColumn(name = "item_index")
    List<RightsRestrictionColumns> rightsRestrictions = new ArrayList<>();

    /** The cookies and similar technologies, in order. */
    @ElementCollection
    @CollectionTable(name = "rk_revision_cookie", joinColumns = @JoinColumn(name = "revision_id"),
            foreignKey = @ForeignKey(name = "rk_revision_cookie_revision_fk"))
    @OrderColumn(name = "item_index")
    List<CookieColumns> cookies = new ArrayList<>();

    /**
     * The acknowledgements of compliance findings, in order. The store's queries for a whole revision fetch them
     * with the revision's row, so they cost no statement of their own.
     */
    @ElementCollection
    @CollectionTable(name = "rk_revision_acknowledgement", joinColumns = @JoinColumn(name = "revision_id"),
            foreignKey = @ForeignKey(name = "rk_revision_acknowledgement_revision_fk"))
    @OrderColumn(name = "item_index")
    List<AcknowledgementColumns> acknowledgements = new ArrayList<>();

    /** Every localized text of the register and its parts, see {@link TextRowColumns}. */
    @ElementCollection
    @CollectionTable(name = "rk_revision_text", joinColumns = @JoinColumn(name = "revision_id"),
            foreignKey = @ForeignKey(name = "rk_revision_text_revision_fk"))
    Set<TextRowColumns> texts = new HashSet<>();

    /** Every list of keys of every part, see {@link KeyRefColumns}. */
    @ElementCollection
    @CollectionTable(name = "rk_revision_key_ref", joinColumns = @JoinColumn(name = "revision_id"),
            foreignKey = @ForeignKey(name = "rk_revision_key_ref_revision_fk"))
    Set<KeyRefColumns> keyRefs = new HashSet<>();

    /** For the persistence provider. */
    protected RevisionEntity() {}

    /**
     * Loads every collection in the open persistence context, each but the acknowledgements (fetched with the
     * revision's row) with one statement of its own: loading a revision costs its query and thirteen statements
     * more, whatever it holds, and never a cartesian product.
     */
    @SuppressWarnings("ReturnValueIgnored") // size() is called for its effect: it makes the provider load the list
    void loadCollections() {
        parties.size();
        subjectCategories.size();
        dataCategories.size();
        purposes.size();
        sources.size();
        disclosures.size();
        transfers.size();
        retention.size();
        introductions.size();
        rightsRestrictions.size();
        cookies.size();
        acknowledgements.size();
        texts.size();
        keyRefs.size();
    }

    RevisionEntity(RegisterEntity register, int number, Instant savedAt) {
        this.register = register;
        this.registerKey = register.key();
        this.number = number;
        this.savedAt = savedAt;
    }
}
