/** The reader of taxonomy files; not part of the API. */
@NullMarked
package fi.rekisteri.core.taxonomy.internal;

import org.jspecify.annotations.NullMarked;
