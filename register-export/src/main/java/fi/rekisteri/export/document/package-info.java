/**
 * Privacy-statement documents: an {@link fi.rekisteri.export.document.Outline} built from a register for a document
 * type and language ({@link fi.rekisteri.export.document.Documents}), and renderers that write it.
 */
@NullMarked
package fi.rekisteri.export.document;

import org.jspecify.annotations.NullMarked;
