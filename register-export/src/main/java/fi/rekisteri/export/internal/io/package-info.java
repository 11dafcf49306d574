/** File output helpers for the export module: whole-or-nothing writes. Not part of the API. */
@NullMarked
package fi.rekisteri.export.internal.io;

import org.jspecify.annotations.NullMarked;
