/**
 * Implementation details of the compliance check, not exported by the module: message bundles and a walk over
 * every text of a register.
 */
@NullMarked
package fi.rekisteri.core.compliance.internal;

import org.jspecify.annotations.NullMarked;
