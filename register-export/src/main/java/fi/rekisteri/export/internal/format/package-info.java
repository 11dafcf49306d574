/**
 * The register file format's machinery: a location-keeping parse tree, the decoder into the core model and the
 * encoder back. Not part of the API.
 */
@NullMarked
package fi.rekisteri.export.internal.format;

import org.jspecify.annotations.NullMarked;
