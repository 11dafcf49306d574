package fi.rekisteri.jpa;

import fi.rekisteri.jpa.internal.AcknowledgementColumns;
import fi.rekisteri.jpa.internal.CookieColumns;
import fi.rekisteri.jpa.internal.DataCategoryColumns;
import fi.rekisteri.jpa.internal.DisclosureColumns;
import fi.rekisteri.jpa.internal.KeyRefColumns;
import fi.rekisteri.jpa.internal.LegalHoldEntity;
import fi.rekisteri.jpa.internal.PartyColumns;
import fi.rekisteri.jpa.internal.ProcessingEntryEntity;
import fi.rekisteri.jpa.internal.PublicationEntity;
import fi.rekisteri.jpa.internal.PurposeColumns;
import fi.rekisteri.jpa.internal.RegisterEntity;
import fi.rekisteri.jpa.internal.RetentionColumns;
import fi.rekisteri.jpa.internal.RightsRestrictionColumns;
import fi.rekisteri.jpa.internal.RevisionEntity;
import fi.rekisteri.jpa.internal.SourceColumns;
import fi.rekisteri.jpa.internal.SubjectCategoryColumns;
import fi.rekisteri.jpa.internal.SubjectEventEntity;
import fi.rekisteri.jpa.internal.SubjectRequestEntity;
import fi.rekisteri.jpa.internal.TextColumns;
import fi.rekisteri.jpa.internal.TextRowColumns;
import fi.rekisteri.jpa.internal.TransferColumns;
import java.util.List;

/**
 * What an application adds to its own persistence unit to keep registers, the processing log and subjects' state
 * in its database.
 *
 * <p>In {@code persistence.xml}, list each of {@link #managedClassNames()} in a {@code <class>} element. With
 * Jakarta Persistence 3.2's {@code PersistenceConfiguration}, whose {@code managedClass} takes one class at a time,
 * add each of {@link #managedClasses()}:
 *
 * <pre>{@code
 * RekisteriPersistence.managedClasses().forEach(configuration::managedClass);
 * }</pre>
 *
 * <p>The tables are {@code rk_register} and {@code rk_register_revision} with its {@code rk_revision_*} children
 * (among them {@code rk_revision_publication}, the published revisions), the processing log
 * {@code rk_processing_entry}, the subjects' events {@code rk_subject_event}, the legal holds {@code rk_legal_hold}
 * and the subjects' requests {@code rk_subject_request}, with their sequences;
 * SQL to create them is in the jar at {@link #POSTGRESQL_SCRIPT} and {@link #H2_SCRIPT}.
 */
public final class RekisteriPersistence {

    /** Class-path resource of the reviewed PostgreSQL schema, a starting point for an app's migrations. */
    public static final String POSTGRESQL_SCRIPT = "fi/rekisteri/jpa/schema/postgresql.sql";

    /** Class-path resource of the H2 schema, a starting point for an app's migrations. */
    public static final String H2_SCRIPT = "fi/rekisteri/jpa/schema/h2.sql";

    private static final List<Class<?>> MANAGED = List.of(
            RegisterEntity.class,
            RevisionEntity.class,
            TextColumns.class,
            TextRowColumns.class,
            PartyColumns.class,
            SubjectCategoryColumns.class,
            DataCategoryColumns.class,
            PurposeColumns.class,
            SourceColumns.class,
            DisclosureColumns.class,
            TransferColumns.class,
            RetentionColumns.class,
            RightsRestrictionColumns.class,
            CookieColumns.class,
            AcknowledgementColumns.class,
            KeyRefColumns.class,
            // Published revisions (the notice history).
            PublicationEntity.class,
            ProcessingEntryEntity.class,
            SubjectEventEntity.class,
            LegalHoldEntity.class,
            SubjectRequestEntity.class);

    private RekisteriPersistence() {}

    /** The entity and embeddable classes Rekisteri maps, each for {@code PersistenceConfiguration.managedClass}. */
    public static List<Class<?>> managedClasses() {
        return MANAGED;
    }

    /** The fully qualified names of {@link #managedClasses()}, for {@code <class>} elements of persistence.xml. */
    public static List<String> managedClassNames() {
        return MANAGED.stream().map(Class::getName).toList();
    }
}
