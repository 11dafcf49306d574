/**
 * The register's, the processing log's and the subjects' events' tables as Jakarta Persistence entities and
 * embeddables, the mapping to and from the core model, and the stores' queries. Not exported: applications use {@code fi.rekisteri.jpa}.
 */
@NullMarked
package fi.rekisteri.jpa.internal;

import org.jspecify.annotations.NullMarked;
