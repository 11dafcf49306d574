/**
 * Keeps registers and every revision of them in a database through Jakarta Persistence: {@link
 * fi.rekisteri.jpa.RegisterStore}, with optimistic locking, on any provider and database (tested with Hibernate ORM
 * on H2 and PostgreSQL). Add {@link fi.rekisteri.jpa.RekisteriPersistence#managedClassNames()} to your persistence
 * unit.
 */
@NullMarked
package fi.rekisteri.jpa;

import org.jspecify.annotations.NullMarked;
