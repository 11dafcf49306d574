/**
 * Implementation details the model's packages share, not exported by the module: the rule for keys, which the
 * register model and the taxonomies both enforce, and the length of a period in days, by which the diff and the
 * organisation rules compare retention.
 */
@NullMarked
package fi.rekisteri.core.internal;

import org.jspecify.annotations.NullMarked;
