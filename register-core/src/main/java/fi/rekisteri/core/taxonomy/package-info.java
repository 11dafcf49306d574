/**
 * The taxonomy: shared, localised words for data categories, purposes and data subject categories, keyed by stable
 * dotted keys ({@code contact.email}) and mapped to DPV terms and to the keys of the fideslang default taxonomy.
 *
 * <p>{@link fi.rekisteri.core.taxonomy.Taxonomy#defaults()} is the taxonomy the library ships; an organisation
 * {@linkplain fi.rekisteri.core.taxonomy.Taxonomy#extend(java.io.Reader, String) extends} it with a file of its own,
 * and a register refers to its keys instead of writing every label.
 */
@NullMarked
package fi.rekisteri.core.taxonomy;

import org.jspecify.annotations.NullMarked;
