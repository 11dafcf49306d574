/**
 * Keeps registers, their revisions, the processing log and data subjects' consents in a database through Jakarta
 * Persistence. Work in progress: the mapping arrives with the register-jpa issue.
 */
@NullMarked
package fi.rekisteri.jpa;

import org.jspecify.annotations.NullMarked;
