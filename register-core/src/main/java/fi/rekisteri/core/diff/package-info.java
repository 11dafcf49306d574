/**
 * What changed between two versions of a register: {@link fi.rekisteri.core.diff.RegisterDiff#between} lists the
 * added, removed and changed parts in the register's order, each with its section, path and values, and flags the
 * changes the controller must tell the data subjects of before the changed processing starts.
 */
@NullMarked
package fi.rekisteri.core.diff;

import org.jspecify.annotations.NullMarked;
