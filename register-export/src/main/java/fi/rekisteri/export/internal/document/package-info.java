/**
 * What the document builders share without depending on them: the message bundles of headings and phrases, the
 * Mustache templates (resources) and the JSON-LD mapping. Not API; the builders and renderers are package-private
 * classes of {@code fi.rekisteri.export.document}, which keeps the packages free of cycles.
 */
@NullMarked
package fi.rekisteri.export.internal.document;

import org.jspecify.annotations.NullMarked;
