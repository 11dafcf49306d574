/**
 * The register's tables as Jakarta Persistence entities and embeddables, the mapping to and from the core model, and
 * the store's queries. Not exported: applications use {@code fi.rekisteri.jpa}.
 */
@NullMarked
package fi.rekisteri.jpa.internal;

import org.jspecify.annotations.NullMarked;
