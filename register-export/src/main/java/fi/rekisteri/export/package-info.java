/**
 * Reading and writing registers as files: the YAML/JSON register format ({@link fi.rekisteri.export.RegisterReader},
 * {@link fi.rekisteri.export.RegisterWriter}) with its errors and limits.
 */
@NullMarked
package fi.rekisteri.export;

import org.jspecify.annotations.NullMarked;
