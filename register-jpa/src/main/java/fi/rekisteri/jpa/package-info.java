/**
 * Keeps registers and every revision of them in a database through Jakarta Persistence: {@link
 * fi.rekisteri.jpa.RegisterStore}, with optimistic locking, on any provider and database (tested with Hibernate ORM
 * on H2 and PostgreSQL); the durable, append-only processing log {@link fi.rekisteri.jpa.JpaProcessingLog}; and
 * {@link fi.rekisteri.jpa.SubjectStateStore}, what each data subject has said, as the
 * {@link fi.rekisteri.core.policy.SubjectState} a purpose policy checks. Add
 * {@link fi.rekisteri.jpa.RekisteriPersistence#managedClassNames()} to your persistence unit.
 */
@NullMarked
package fi.rekisteri.jpa;

import org.jspecify.annotations.NullMarked;
