/** How documents are built and written: outline builders, bundles and the text and Markdown renderers. Not API. */
@NullMarked
package fi.rekisteri.export.internal.document;

import org.jspecify.annotations.NullMarked;
